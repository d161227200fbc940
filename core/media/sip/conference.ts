/**
 * The SIP back end's three-way call, mixed in the page (core/media/mixing): each party hears
 * the agent and the other party, the agent hears both. The mixer starts asynchronously; mute
 * and close work before it has.
 */
import type { CallMediaSource, ConferenceMix } from '../../backends/sip/media-port.js';
import { AudioOutput } from '../audio/audio-output.js';
import type { DeviceManager } from '../devices/device-manager.js';
import {
  senderLeg,
  startConferenceMixer,
  type ConferenceMixer,
} from '../mixing/conference-mixer.js';

const audioSender = (source: CallMediaSource): RTCRtpSender => {
  const sender = source.peerConnection?.getSenders().find((s) => s.track?.kind === 'audio');
  if (!sender) throw new Error('A conference leg has no audio sender.');
  return sender;
};

export function startSipConference(
  context: AudioContext,
  devices: DeviceManager,
  a: CallMediaSource,
  b: CallMediaSource,
): ConferenceMix {
  let mixer: ConferenceMixer | null = null;
  let output: AudioOutput | null = null;
  let undo: (() => void)[] = [];
  let closed = false;
  let muted = false;
  const [senderA, senderB] = [audioSender(a), audioSender(b)];
  void startConferenceMixer({
    context,
    microphone: senderA.track,
    legs: [senderLeg(senderA, a.remoteMediaStream), senderLeg(senderB, b.remoteMediaStream)],
  }).then(
    (started) => {
      if (closed) {
        void started.stop();
        return;
      }
      mixer = started;
      started.setMuted(muted);
      output = new AudioOutput();
      void output.play(started.agentMix);
      undo = [devices.addInput(started.microphone), devices.addOutput(output, 'speaker')];
    },
    () => undefined,
  );
  return {
    setMuted(value) {
      muted = value;
      mixer?.setMuted(value);
    },
    close() {
      closed = true;
      void mixer?.stop();
      mixer = null;
      for (const u of undo.splice(0)) u();
      output?.destroy();
      output = null;
    },
  };
}
