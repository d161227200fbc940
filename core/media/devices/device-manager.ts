/**
 * Local audio devices for any back end whose media runs in the page (the demo's loopback
 * calls, sip.js): the device lists, the microphone permission, the chosen microphone, speaker
 * and ringer, and the autoplay state. It implements the back end's {@link DeviceBackend} and
 * reports every change as a `devices/changed` event.
 *
 * - Lists follow `devicechange` live. A chosen device that disappears falls back to the system
 *   default and an `invalid-device` error says so.
 * - A microphone switch reaches every registered {@link InputSlot} (RTCRtpSenders, loopback
 *   pairs, the conference mixer) with `replaceTrack`: no renegotiation, the old track stops.
 * - Speaker and ringer use `setSinkId` on the registered {@link AudioOutput}s.
 */
import type { DeviceBackend } from '../../backends/backend.js';
import { CallCenterError } from '../../model/errors.js';
import type { BackendEvent } from '../../store/actions.js';
import type { DevicesState, MicrophonePermission } from '../../store/state.js';
import {
  audioContextBlocked,
  onAudioContextBlocked,
  resumeAudioContext,
} from '../audio/audio-context.js';
import { sinkSelectionSupported, type AudioOutput } from '../audio/audio-output.js';
import { sameDevices, toAudioDevices } from './device-list.js';
import type { InputSlot } from './input-slot.js';
import { permissionFromError, watchMicrophonePermission } from './microphone-permission.js';

/** The parts of `navigator.mediaDevices` the manager uses; tests pass a fake. */
export type MediaDevicesLike = Pick<
  MediaDevices,
  'enumerateDevices' | 'getUserMedia' | 'addEventListener' | 'removeEventListener'
>;

/** Which chosen device an output follows. */
export type OutputRole = 'speaker' | 'ringer';

export interface DeviceManagerOptions {
  /** Receives `devices/changed` and `error/raised` events. */
  readonly emit: (event: BackendEvent) => void;
  /** Default `navigator.mediaDevices`; null or missing means no local media at all. */
  readonly mediaDevices?: MediaDevicesLike | null;
  /** Default `navigator.permissions`. */
  readonly permissions?: Permissions | null;
  /** Processing asked of the microphone; echo cancellation, noise suppression and AGC by default. */
  readonly audioConstraints?: MediaTrackConstraints;
}

const DEFAULT_AUDIO: MediaTrackConstraints = {
  echoCancellation: true,
  noiseSuppression: true,
  autoGainControl: true,
};

const ROLE_FIELD = { speaker: 'output', ringer: 'ringer' } as const;

export class DeviceManager implements DeviceBackend {
  private current: DevicesState;
  private readonly emit: (event: BackendEvent) => void;
  private readonly media: MediaDevicesLike | null;
  private readonly slots = new Set<InputSlot>();
  private readonly outputs = new Map<AudioOutput, { role: OutputRole; unsubscribe: () => void }>();
  private readonly cleanups: (() => void)[] = [];
  // Device operations run one at a time: two quick switches must not interleave their tracks.
  private queue: Promise<unknown> = Promise.resolve();
  private started = false;
  private destroyed = false;

  constructor(private readonly options: DeviceManagerOptions) {
    this.emit = options.emit;
    this.media =
      options.mediaDevices !== undefined
        ? options.mediaDevices
        : (globalThis.navigator?.mediaDevices ?? null);
    this.current = {
      inputs: [],
      outputs: [],
      input: null,
      output: null,
      ringer: null,
      permission: this.media ? 'unknown' : 'unavailable',
      audioBlocked: false,
      outputSelectable: sinkSelectionSupported(),
    };
  }

  /** The devices state as last emitted. */
  get state(): DevicesState {
    return this.current;
  }

  /**
   * Reads the permission and the lists, starts following device and permission changes and
   * emits the whole state once. Idempotent.
   */
  async start(): Promise<void> {
    if (this.started || this.destroyed) return;
    this.started = true;
    this.emit({ type: 'devices/changed', patch: this.current });
    this.cleanups.push(onAudioContextBlocked(() => this.updateBlocked()));
    if (!this.media) return;
    const onDeviceChange = () => void this.run(() => this.reconcile());
    this.media.addEventListener('devicechange', onDeviceChange);
    this.cleanups.push(() => this.media?.removeEventListener('devicechange', onDeviceChange));
    const unwatch = await watchMicrophonePermission(
      this.options.permissions !== undefined
        ? this.options.permissions
        : globalThis.navigator?.permissions,
      (state) => this.onPermission(state),
    );
    if (this.destroyed) unwatch();
    else this.cleanups.push(unwatch);
    await this.refresh();
  }

  /** Re-reads the device lists (labels and ids need microphone permission). */
  refresh(): Promise<void> {
    return this.run(() => this.reconcile());
  }

  /**
   * A new stream from the chosen microphone; the caller owns (and stops) its tracks. A chosen
   * microphone that is gone falls back to the default. Rejects with `microphone-denied` or
   * `microphone-unavailable`.
   */
  getMicrophone(): Promise<MediaStream> {
    return this.run(() => this.openMicrophone());
  }

  /** Sends the microphone switches to `slot` from now on; returns the unregister function. */
  addInput(slot: InputSlot): () => void {
    this.slots.add(slot);
    return () => this.slots.delete(slot);
  }

  /**
   * Routes `output` to the chosen speaker or ringer, now and on every change, and follows its
   * autoplay state; returns the unregister function.
   */
  addOutput(output: AudioOutput, role: OutputRole): () => void {
    const subscription = output.blocked$.subscribe(() => this.updateBlocked());
    this.outputs.set(output, { role, unsubscribe: () => subscription.unsubscribe() });
    const chosen = this.current[ROLE_FIELD[role]];
    if (chosen !== null && this.current.outputSelectable)
      void output.setSink(chosen).catch(() => undefined);
    return () => {
      this.outputs.get(output)?.unsubscribe();
      this.outputs.delete(output);
      this.updateBlocked();
    };
  }

  /** Switches the microphone of every live call to `deviceId` (null: system default). */
  selectInput(deviceId: string | null): Promise<void> {
    return this.run(async () => {
      this.checkKnown(deviceId, 'input');
      await this.switchInput(deviceId);
      this.patch({ input: deviceId });
    });
  }

  /** Routes call audio to `deviceId` (null: system default). */
  selectOutput(deviceId: string | null): Promise<void> {
    return this.run(() => this.selectSink('speaker', deviceId));
  }

  /** Routes the ringtone to `deviceId` (null: system default). */
  selectRinger(deviceId: string | null): Promise<void> {
    return this.run(() => this.selectSink('ringer', deviceId));
  }

  /**
   * Call from a user gesture: resumes the shared AudioContext and retries blocked outputs.
   * Rejects with `audio-blocked` if the browser still refuses.
   */
  async enableAudio(): Promise<void> {
    await resumeAudioContext();
    await Promise.all([...this.outputs.keys()].filter((o) => o.blocked).map((o) => o.retry()));
    this.updateBlocked();
    if (this.current.audioBlocked) {
      throw new CallCenterError(
        'audio-blocked',
        'The browser does not allow sound yet; click the page first.',
      );
    }
  }

  /** Stops listening; registered slots and outputs stay their owners' to close. Idempotent. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    for (const { unsubscribe } of this.outputs.values()) unsubscribe();
    this.outputs.clear();
    this.slots.clear();
  }

  // -------------------------------------------------------------------------------------------

  private run<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.queue.then(() => {
      if (this.destroyed)
        throw new CallCenterError('destroyed', 'The audio devices were released.');
      return operation();
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  private patch(patch: Partial<DevicesState>): void {
    const changed: Partial<Record<keyof DevicesState, unknown>> = {};
    let any = false;
    for (const key of Object.keys(patch) as (keyof DevicesState)[]) {
      if (!Object.is(this.current[key], patch[key])) {
        changed[key] = patch[key];
        any = true;
      }
    }
    if (!any || this.destroyed) return;
    this.current = { ...this.current, ...(changed as Partial<DevicesState>) };
    if (this.started)
      this.emit({ type: 'devices/changed', patch: changed as Partial<DevicesState> });
  }

  private raise(message: string): void {
    if (this.destroyed) return;
    this.emit({
      type: 'error/raised',
      error: new CallCenterError('invalid-device', message).toInfo(),
    });
  }

  private onPermission(state: MicrophonePermission): void {
    const wasGranted = this.current.permission === 'granted';
    // The Permissions API says 'prompt' for a machine with no microphone at all; keep
    // 'unavailable' learnt from the device list or getUserMedia until a microphone appears.
    if (!(state === 'prompt' && this.current.permission === 'unavailable'))
      this.patch({ permission: state });
    if (state === 'granted' && !wasGranted && this.started)
      void this.refresh().catch(() => undefined);
  }

  private updateBlocked(): void {
    const blocked = audioContextBlocked() || [...this.outputs.keys()].some((o) => o.blocked);
    this.patch({ audioBlocked: blocked });
  }

  private checkKnown(deviceId: string | null, kind: 'input' | 'output'): void {
    const list = kind === 'input' ? this.current.inputs : this.current.outputs;
    if (deviceId !== null && list.length > 0 && !list.some((d) => d.id === deviceId)) {
      throw new CallCenterError(
        'invalid-device',
        `There is no ${kind === 'input' ? 'microphone' : 'speaker'} with that id.`,
      );
    }
  }

  /** Reads the lists; a chosen device that has gone falls back to the default. */
  private async reconcile(): Promise<void> {
    if (!this.media) return;
    let infos: MediaDeviceInfo[];
    try {
      infos = await this.media.enumerateDevices();
    } catch {
      return; // keep the last known lists
    }
    const lists = toAudioDevices(infos);
    this.patch({
      inputs: sameDevices(lists.inputs, this.current.inputs) ? this.current.inputs : lists.inputs,
      outputs: sameDevices(lists.outputs, this.current.outputs)
        ? this.current.outputs
        : lists.outputs,
    });
    if (!lists.hasMicrophone) this.patch({ permission: 'unavailable' });
    else if (this.current.permission === 'unavailable') this.patch({ permission: 'unknown' });
    // Without permission the lists carry no ids, so a missing id proves nothing.
    if (this.current.permission !== 'granted') return;
    const { input, output, ringer } = this.current;
    if (input !== null && !lists.inputs.some((d) => d.id === input)) {
      this.patch({ input: null });
      this.raise('The chosen microphone was disconnected; using the system default.');
      await this.switchInput(null).catch(() => undefined);
    }
    for (const role of ['speaker', 'ringer'] as const) {
      const chosen = role === 'speaker' ? output : ringer;
      if (chosen !== null && !lists.outputs.some((d) => d.id === chosen)) {
        this.patch({ [ROLE_FIELD[role]]: null });
        this.raise(`The chosen ${role} was disconnected; using the system default.`);
        await this.applySink(role, null).catch(() => undefined);
      }
    }
  }

  private constraints(deviceId: string | null): MediaStreamConstraints {
    const audio = { ...DEFAULT_AUDIO, ...this.options.audioConstraints };
    return {
      audio: deviceId === null ? audio : { ...audio, deviceId: { exact: deviceId } },
      video: false,
    };
  }

  /** getUserMedia for `deviceId`, keeping permission in step with the outcome. */
  private async capture(deviceId: string | null): Promise<MediaStream> {
    if (!this.media)
      throw new CallCenterError('microphone-unavailable', 'This browser has no media devices.');
    try {
      const stream = await this.media.getUserMedia(this.constraints(deviceId));
      const firstGrant = this.current.permission !== 'granted';
      this.patch({ permission: 'granted' });
      if (firstGrant) await this.reconcile(); // ids and labels appear with the permission
      return stream;
    } catch (error) {
      const name = (error as { name?: unknown } | null)?.name;
      if (deviceId !== null && (name === 'OverconstrainedError' || name === 'NotFoundError')) {
        throw new CallCenterError('invalid-device', 'The chosen microphone is not available.', {
          cause: error,
        });
      }
      const permission = permissionFromError(error);
      if (permission) this.patch({ permission });
      if (permission === 'denied') {
        throw new CallCenterError('microphone-denied', 'Microphone access was denied.', {
          cause: error,
        });
      }
      throw new CallCenterError('microphone-unavailable', 'The microphone could not be opened.', {
        cause: error,
      });
    }
  }

  private async openMicrophone(): Promise<MediaStream> {
    const chosen = this.current.input;
    try {
      return await this.capture(chosen);
    } catch (error) {
      if (chosen === null || (error as CallCenterError).code !== 'invalid-device') throw error;
      this.patch({ input: null });
      this.raise('The chosen microphone is not available; using the system default.');
      return this.capture(null);
    }
  }

  /** One capture for all live slots (clones for the second and later), then swap and stop. */
  private async switchInput(deviceId: string | null): Promise<void> {
    const live = [...this.slots].filter((slot) => slot.track !== null);
    if (live.length === 0) return;
    const stream = await this.capture(deviceId);
    const first = stream.getAudioTracks()[0];
    if (!first)
      throw new CallCenterError('microphone-unavailable', 'The microphone gave no audio.');
    await Promise.all(
      live.map(async (slot, index) => {
        const old = slot.track;
        const next = index === 0 ? first : first.clone();
        next.enabled = old?.enabled ?? true; // a muted call stays muted on the new device
        try {
          await slot.replaceTrack(next);
          if (old && old !== next) old.stop();
        } catch {
          next.stop(); // this slot keeps its old track; the others switched
        }
      }),
    );
  }

  private async selectSink(role: OutputRole, deviceId: string | null): Promise<void> {
    if (!this.current.outputSelectable) {
      throw new CallCenterError(
        'not-supported',
        'This browser cannot choose the audio output device.',
      );
    }
    this.checkKnown(deviceId, 'output');
    await this.applySink(role, deviceId);
    this.patch({ [ROLE_FIELD[role]]: deviceId });
  }

  private async applySink(role: OutputRole, deviceId: string | null): Promise<void> {
    const targets = [...this.outputs]
      .filter(([, entry]) => entry.role === role)
      .map(([output]) => output);
    await Promise.all(targets.map((output) => output.setSink(deviceId)));
  }
}
