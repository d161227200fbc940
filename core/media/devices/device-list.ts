/** Maps the browser's device list onto the store's {@link AudioDevice}s. Pure. */
import type { AudioDevice } from '../../store/state.js';

export interface AudioDeviceLists {
  readonly inputs: readonly AudioDevice[];
  readonly outputs: readonly AudioDevice[];
  /** The browser listed at least one microphone, even without an id (no permission yet). */
  readonly hasMicrophone: boolean;
}

/**
 * Audio inputs and outputs in the browser's order. Entries without an id (listed before
 * microphone permission) cannot be chosen and are left out. Labels are empty until permission
 * is granted; components show a localized fallback then.
 */
export function toAudioDevices(infos: readonly MediaDeviceInfo[]): AudioDeviceLists {
  const inputs: AudioDevice[] = [];
  const outputs: AudioDevice[] = [];
  let hasMicrophone = false;
  for (const info of infos) {
    if (info.kind === 'audioinput') hasMicrophone = true;
    if (info.kind === 'videoinput' || info.deviceId === '') continue;
    const device: AudioDevice = { id: info.deviceId, label: info.label, kind: info.kind };
    (info.kind === 'audioinput' ? inputs : outputs).push(device);
  }
  return { inputs, outputs, hasMicrophone };
}

/** Shallow equality of two device lists (same ids, labels and order). */
export function sameDevices(a: readonly AudioDevice[], b: readonly AudioDevice[]): boolean {
  return a.length === b.length && a.every((d, i) => d.id === b[i]!.id && d.label === b[i]!.label);
}
