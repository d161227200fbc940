/**
 * Media for the sip.js back end: the microphone sip.js sends (the chosen input device), each
 * call's remote audio on the chosen speaker, quality sampling, tones, the browser-side
 * three-way mix and live device switching (replaceTrack on each call's sender).
 */
import { Web } from 'sip.js';
import type { UserAgentOptions } from 'sip.js';
import type {
  AttachOptions,
  CallMediaSource,
  SipCallMedia,
  SipMediaPort,
} from '../../backends/sip/media-port.js';
import type { BackendEvent } from '../../store/actions.js';
import { acquireAudioContext, type AudioContextLease } from '../audio/audio-context.js';
import { AudioOutput } from '../audio/audio-output.js';
import { RINGBACK_TONES, RINGTONE, TonePlayer } from '../audio/tones.js';
import { DeviceManager } from '../devices/device-manager.js';
import type { InputSlot } from '../devices/input-slot.js';
import {
  senderLeg,
  startConferenceMixer,
  type ConferenceMixer,
} from '../mixing/conference-mixer.js';
import { startStatsSampler } from '../quality/stats-sampler.js';

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
  void devices.start().catch(() => undefined);
  let lease: AudioContextLease | null = null;
  const context = () => (lease ??= acquireAudioContext()).context;
  let tones: { ringtone: TonePlayer; ringback: TonePlayer; close(): void } | null = null;
  const tonePlayers = () => {
    if (!tones) {
      const ringer = new AudioOutput();
      const speaker = new AudioOutput();
      const undo = [devices.addOutput(ringer, 'ringer'), devices.addOutput(speaker, 'speaker')];
      const ringtone = new TonePlayer(context(), ringer);
      const ringback = new TonePlayer(context(), speaker);
      tones = {
        ringtone,
        ringback,
        close() {
          ringtone.destroy();
          ringback.destroy();
          for (const u of undo) u();
          ringer.destroy();
          speaker.destroy();
        },
      };
    }
    return tones;
  };

  // sip.js asks for the microphone through this factory: the chosen input, with processing.
  const sessionDescriptionHandlerFactory = Web.defaultSessionDescriptionHandlerFactory(() =>
    devices.getMicrophone(),
  );

  const port: SipMediaPort = {
    devices,
    attach(
      callId: string,
      source: CallMediaSource,
      attachOptions: AttachOptions = {},
    ): SipCallMedia {
      const pc = source.peerConnection!;
      const output = new AudioOutput();
      const undo: (() => void)[] = [devices.addOutput(output, 'speaker')];
      void output.play(source.remoteMediaStream);
      const sender = pc.getSenders().find((s) => s.track?.kind === 'audio' || s.track === null);
      if (sender) {
        const slot: InputSlot = {
          get track() {
            return sender.track;
          },
          replaceTrack: (track) => sender.replaceTrack(track),
        };
        undo.push(devices.addInput(slot));
      }
      // ICE gave up for good: the far end is gone even if no BYE could reach us.
      const onState = () => {
        if (pc.connectionState === 'failed') attachOptions.onFailed?.();
      };
      pc.addEventListener('connectionstatechange', onState);
      undo.push(() => pc.removeEventListener('connectionstatechange', onState));
      const sampler = startStatsSampler(pc, {
        callId,
        onSample: emit,
        intervalMs: options.qualityInterval,
      });
      return {
        source,
        setPlayback(on) {
          output.element.muted = !on;
        },
        close() {
          sampler.stop();
          for (const u of undo.splice(0)) u();
          output.destroy();
          // A microphone switched in by replaceTrack is not in sip.js's own stream: stop it here.
          sender?.track?.stop();
        },
      };
    },
    conference(a, b) {
      let mixer: ConferenceMixer | null = null;
      let output: AudioOutput | null = null;
      let undo: (() => void)[] = [];
      let closed = false;
      let muted = false;
      const senderOf = (source: CallMediaSource) =>
        source.peerConnection!.getSenders().find((s) => s.track?.kind === 'audio')!;
      void startConferenceMixer({
        context: context(),
        microphone: senderOf(a).track,
        legs: [
          senderLeg(senderOf(a), a.remoteMediaStream),
          senderLeg(senderOf(b), b.remoteMediaStream),
        ],
      }).then((started) => {
        if (closed) {
          void started.stop();
          return;
        }
        mixer = started;
        started.setMuted(muted);
        output = new AudioOutput();
        void output.play(started.agentMix);
        undo = [devices.addInput(started.microphone), devices.addOutput(output, 'speaker')];
      });
      return {
        setMuted(value) {
          muted = value;
          mixer?.setMuted(value);
        },
        close() {
          closed = true;
          void mixer?.stop();
          for (const u of undo.splice(0)) u();
          output?.destroy();
        },
      };
    },
    ringback(on) {
      const { ringback } = tonePlayers();
      if (on && !ringback.playing) void ringback.start(RINGBACK_TONES.cn);
      if (!on) ringback.stop();
    },
    ringtone(on) {
      const { ringtone } = tonePlayers();
      if (on && !ringtone.playing) void ringtone.start(RINGTONE);
      if (!on) ringtone.stop();
    },
    destroy() {
      tones?.close();
      tones = null;
      devices.destroy();
      lease?.release();
      lease = null;
    },
  };
  return { port, sessionDescriptionHandlerFactory };
}
