/**
 * Media for the sip.js back end (the SipMediaPort of core/backends/sip): the microphone sip.js
 * sends (the chosen input device, through its session description handler factory), each
 * call's media (call-media.ts), the three-way mix (conference.ts), tones (call-tones.ts) and
 * the devices.
 */
import { Web, type UserAgentOptions } from 'sip.js';
import type { SipMediaPort } from '../../backends/sip/media-port.js';
import type { BackendEvent } from '../../store/actions.js';
import { acquireAudioContext, type AudioContextLease } from '../audio/audio-context.js';
import { DeviceManager } from '../devices/device-manager.js';
import { attachCallMedia } from './call-media.js';
import { createCallTones } from './call-tones.js';
import { startSipConference } from './conference.js';

export interface SipMediaBundle {
  readonly port: SipMediaPort;
  readonly sessionDescriptionHandlerFactory: UserAgentOptions['sessionDescriptionHandlerFactory'];
}

export interface SipMediaOptions {
  /** Quality sampling period in ms. */
  readonly qualityInterval: number;
}

export function createSipMedia(
  emit: (event: BackendEvent) => void,
  options: SipMediaOptions,
): SipMediaBundle {
  const devices = new DeviceManager({ emit });
  let lease: AudioContextLease | null = null;
  const context = () => (lease ??= acquireAudioContext()).context;
  const tones = createCallTones(context, devices);
  const callDeps = { devices, emit, qualityInterval: options.qualityInterval };

  // sip.js asks for the microphone through this factory: the chosen input, with processing.
  const sessionDescriptionHandlerFactory = Web.defaultSessionDescriptionHandlerFactory(() =>
    devices.getMicrophone(),
  );

  const port: SipMediaPort = {
    devices,
    start: () => devices.start(),
    attach: (callId, source, attachOptions) =>
      attachCallMedia(callDeps, callId, source, attachOptions),
    conference: (a, b) => startSipConference(context(), devices, a, b),
    ringback: (on) => tones.ringback(on),
    ringtone: (on) => tones.ringtone(on),
    destroy() {
      tones.close();
      devices.destroy();
      lease?.release();
      lease = null;
    },
  };
  return { port, sessionDescriptionHandlerFactory };
}
