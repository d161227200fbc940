/**
 * Call progress tones made with WebAudio: the ringback an agent hears while an outbound call
 * rings without early media, and the ringtone of an incoming call. The tone goes into a
 * MediaStreamDestination played by an {@link AudioOutput}, so it can be routed to the speaker
 * or to a separate ringer device with `setSinkId` (an AudioContext alone cannot be routed per
 * sound).
 */
import type { AudioOutput, PlayOutcome } from './audio-output.js';
import { scheduleGate, startLookahead } from './lookahead.js';

/** A repeating tone: frequencies mixed together, switched on and off by a cadence. */
export interface TonePattern {
  /** Hz, mixed at equal level. */
  readonly frequencies: readonly number[];
  /** Milliseconds, alternating on, off, on, off, ...; repeats from the start. */
  readonly cadence: readonly number[];
  /** Peak level 0..1 of the mix. Default 0.2. */
  readonly level?: number;
}

/** National ringback tones (ITU-T E.180 Supplement 2). */
export const RINGBACK_TONES = {
  /** China: 450 Hz, 1 s on, 4 s off. */
  cn: { frequencies: [450], cadence: [1000, 4000] },
  /** Most of Europe (ETSI): 425 Hz, 1 s on, 4 s off. */
  eu: { frequencies: [425], cadence: [1000, 4000] },
  /** North America: 440 + 480 Hz, 2 s on, 4 s off. */
  us: { frequencies: [440, 480], cadence: [2000, 4000] },
} as const satisfies Record<string, TonePattern>;

/** The incoming-call ringtone: a double ring, 400 on 200 off 400 on 2000 off, two tones. */
export const RINGTONE: TonePattern = {
  frequencies: [440, 480],
  cadence: [400, 200, 400, 2000],
  level: 0.3,
};

/** Plays one {@link TonePattern} at a time on an output. */
export class TonePlayer {
  private readonly destination: MediaStreamAudioDestinationNode;
  private current: { pattern: TonePattern; stop: () => void } | null = null;

  constructor(
    private readonly context: AudioContext,
    private readonly output: AudioOutput,
  ) {
    this.destination = context.createMediaStreamDestination();
  }

  /** The pattern playing now, if any. */
  get playing(): TonePattern | null {
    return this.current?.pattern ?? null;
  }

  /** The tone's stream (silent while stopped). */
  get stream(): MediaStream {
    return this.destination.stream;
  }

  /** Starts `pattern`, replacing any tone playing; resolves `blocked` under the autoplay policy. */
  start(pattern: TonePattern): Promise<PlayOutcome> {
    if (this.current?.pattern === pattern) return this.output.play(this.destination.stream);
    this.stopTone();
    const gain = this.context.createGain();
    gain.gain.value = 0;
    gain.connect(this.destination);
    const each = 1 / Math.max(1, pattern.frequencies.length);
    const oscillators = pattern.frequencies.map((frequency) => {
      const oscillator = this.context.createOscillator();
      oscillator.frequency.value = frequency;
      const share = this.context.createGain();
      share.gain.value = each;
      oscillator.connect(share).connect(gain);
      oscillator.start();
      return oscillator;
    });
    const level = pattern.level ?? 0.2;
    const cadence = pattern.cadence.length > 0 ? pattern.cadence : [1000, 0];
    let at = this.context.currentTime + 0.02;
    let index = 0;
    const stopBooking = startLookahead(this.context, (until) => {
      while (at < until) {
        const seconds = Math.max(0.02, (cadence[index % cadence.length] ?? 0) / 1000);
        if (index % 2 === 0) scheduleGate(gain.gain, at, at + seconds, level);
        at += seconds;
        index += 1;
      }
    });
    this.current = {
      pattern,
      stop: () => {
        stopBooking();
        for (const oscillator of oscillators) oscillator.stop();
        gain.disconnect();
      },
    };
    return this.output.play(this.destination.stream);
  }

  /** Stops the tone and the output. */
  stop(): void {
    this.stopTone();
    this.output.stop();
  }

  /** Stops and releases the stream's track. The output and context stay the caller's. */
  destroy(): void {
    this.stop();
    for (const track of this.destination.stream.getTracks()) track.stop();
  }

  private stopTone(): void {
    this.current?.stop();
    this.current = null;
  }
}
