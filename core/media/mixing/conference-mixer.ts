/**
 * A three-way (or larger) conference mixed in the browser with WebAudio, for back ends whose
 * server does not mix: the agent is the bridge.
 *
 * With parties A and B: the agent hears A + B; A receives the agent's microphone + B; B receives
 * the agent's microphone + A. Each party's outgoing track is swapped for its own mix with
 * `replaceTrack`, so nothing is renegotiated and the calls stay as they were.
 */
import type { InputSlot } from '../devices/input-slot.js';
import { tapRemoteAudio } from '../audio/remote-audio-tap.js';

/** One party of the conference: what it sends us, and how to change what we send it. */
export interface ConferenceLeg {
  /** The party's audio as received. */
  readonly remoteStream: MediaStream;
  /** Sends `track` to the party instead of the microphone; null returns to the microphone. */
  sendInstead(track: MediaStreamTrack | null): Promise<void>;
}

/**
 * A leg over a plain RTCRtpSender (sip.js sessions): the sender's track at the first swap is
 * what `sendInstead(null)` puts back.
 */
export function senderLeg(sender: RTCRtpSender, remoteStream: MediaStream): ConferenceLeg {
  let original: MediaStreamTrack | null | undefined;
  return {
    remoteStream,
    async sendInstead(track) {
      if (original === undefined) original = sender.track;
      await sender.replaceTrack(track ?? original);
      if (track === null) original = undefined;
    },
  };
}

export interface ConferenceMixerOptions {
  /** The shared context (see audio-context.ts); it must be running for audio to flow. */
  readonly context: AudioContext;
  /** The agent's microphone; the mixer works on its own clone, so the original stays usable. */
  readonly microphone: MediaStreamTrack | null;
  /** Two or more parties. */
  readonly legs: readonly ConferenceLeg[];
  /** Start with the agent muted in the conference. */
  readonly muted?: boolean;
}

export interface ConferenceMixer {
  /** Every party mixed: what the agent hears. Play it instead of the separate remote streams. */
  readonly agentMix: MediaStream;
  /** The microphone feeding the mixes, for the device manager while the conference lasts. */
  readonly microphone: InputSlot;
  readonly muted: boolean;
  /** Silences the agent in every mix; the parties still hear each other. */
  setMuted(muted: boolean): void;
  /** Puts every leg back on the microphone and releases all nodes and tracks. Idempotent. */
  stop(): Promise<void>;
}

class WebAudioConferenceMixer implements ConferenceMixer {
  readonly agentMix: MediaStream;
  readonly microphone: InputSlot;
  muted: boolean;
  private readonly micGain: GainNode;
  private micSource: MediaStreamAudioSourceNode | null = null;
  private micTrack: MediaStreamTrack | null = null;
  private readonly outputs: MediaStreamAudioDestinationNode[];
  private readonly agentOut: MediaStreamAudioDestinationNode;
  private readonly sources: MediaStreamAudioSourceNode[];
  private readonly untaps: (() => void)[];
  private stopped = false;

  constructor(
    private readonly context: AudioContext,
    private readonly legs: readonly ConferenceLeg[],
    muted: boolean,
  ) {
    this.muted = muted;
    this.micGain = context.createGain();
    this.micGain.gain.value = muted ? 0 : 1;
    this.agentOut = context.createMediaStreamDestination();
    this.agentMix = this.agentOut.stream;
    this.outputs = legs.map(() => context.createMediaStreamDestination());
    // Remote WebRTC audio only reaches WebAudio while it is played out somewhere.
    this.untaps = legs.map((leg) => tapRemoteAudio(leg.remoteStream));
    this.sources = legs.map((leg) => context.createMediaStreamSource(leg.remoteStream));
    this.sources.forEach((source, from) => {
      source.connect(this.agentOut);
      this.outputs.forEach((output, to) => {
        if (to !== from) source.connect(output); // nobody hears themselves
      });
    });
    for (const output of this.outputs) this.micGain.connect(output);
    const currentMic = () => this.micTrack;
    this.microphone = {
      get track() {
        return currentMic();
      },
      replaceTrack: async (track) => this.useMicrophone(track),
    };
  }

  async start(microphone: MediaStreamTrack | null): Promise<void> {
    this.useMicrophone(microphone?.clone() ?? null);
    await Promise.all(
      this.legs.map((leg, i) => leg.sendInstead(this.outputs[i]!.stream.getAudioTracks()[0]!)),
    );
  }

  private useMicrophone(track: MediaStreamTrack | null): void {
    this.micSource?.disconnect();
    this.micSource = null;
    this.micTrack = track;
    if (!track || this.stopped) return;
    // Mute is a gain of 0 here, so the track itself stays enabled and keeps its source alive.
    track.enabled = true;
    this.micSource = this.context.createMediaStreamSource(new MediaStream([track]));
    this.micSource.connect(this.micGain);
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    this.micGain.gain.setTargetAtTime(muted ? 0 : 1, this.context.currentTime, 0.01);
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    // Back to the microphone first, so no party gets a gap longer than the swap itself.
    await Promise.all(this.legs.map((leg) => leg.sendInstead(null).catch(() => undefined)));
    this.micSource?.disconnect();
    this.micTrack?.stop();
    this.micTrack = null;
    for (const source of this.sources) source.disconnect();
    this.micGain.disconnect();
    for (const untap of this.untaps) untap();
    for (const output of [...this.outputs, this.agentOut]) {
      for (const track of output.stream.getTracks()) track.stop();
    }
  }
}

/** Starts mixing; resolves once every leg sends its mix. */
export async function startConferenceMixer(
  options: ConferenceMixerOptions,
): Promise<ConferenceMixer> {
  if (options.legs.length < 2) throw new RangeError('A conference needs at least two parties.');
  const mixer = new WebAudioConferenceMixer(options.context, options.legs, options.muted ?? false);
  try {
    await mixer.start(options.microphone);
  } catch (error) {
    await mixer.stop();
    throw error;
  }
  return mixer;
}
