/**
 * One SIP call's media in the page: the remote audio on the chosen speaker, the microphone
 * following the chosen input (replaceTrack on the call's sender), quality samples, and a word
 * when ICE gives up for good.
 */
import type {
  AttachOptions,
  CallMediaSource,
  SipCallMedia,
} from '../../backends/sip/media-port.js';
import type { BackendEvent } from '../../store/actions.js';
import { AudioOutput } from '../audio/audio-output.js';
import type { DeviceManager } from '../devices/device-manager.js';
import type { InputSlot } from '../devices/input-slot.js';
import { startStatsSampler } from '../quality/stats-sampler.js';

export interface CallMediaDeps {
  readonly devices: DeviceManager;
  readonly emit: (event: BackendEvent) => void;
  /** Quality sampling period in ms. */
  readonly qualityInterval: number;
}

export function attachCallMedia(
  deps: CallMediaDeps,
  callId: string,
  source: CallMediaSource,
  options: AttachOptions = {},
): SipCallMedia {
  const pc = source.peerConnection!;
  const output = new AudioOutput();
  const undo: (() => void)[] = [deps.devices.addOutput(output, 'speaker')];
  void output.play(source.remoteMediaStream);

  const sender = pc.getSenders().find((s) => s.track?.kind === 'audio' || s.track === null);
  const slot: InputSlot | null = sender
    ? {
        get track() {
          return sender.track;
        },
        replaceTrack: (track) => sender.replaceTrack(track),
      }
    : null;
  let removeSlot = slot ? deps.devices.addInput(slot) : null;

  // ICE gave up for good: the far end is gone even if no BYE could reach us.
  const onState = () => {
    if (pc.connectionState === 'failed') options.onFailed?.();
  };
  pc.addEventListener('connectionstatechange', onState);
  undo.push(() => pc.removeEventListener('connectionstatechange', onState));

  const sampler = startStatsSampler(pc, {
    callId,
    onSample: deps.emit,
    intervalMs: deps.qualityInterval,
  });

  return {
    source,
    setMixed(mixed) {
      // The conference plays both parties and feeds the sender: stand aside meanwhile.
      output.element.muted = mixed;
      if (mixed) {
        removeSlot?.();
        removeSlot = null;
      } else if (slot && !removeSlot) {
        removeSlot = deps.devices.addInput(slot);
      }
    },
    close() {
      sampler.stop();
      removeSlot?.();
      removeSlot = null;
      for (const u of undo.splice(0)) u();
      output.destroy();
      // A microphone switched in by replaceTrack is not in sip.js's own stream: stop it here.
      sender?.track?.stop();
    },
  };
}
