/**
 * A synthesized "customer voice" for the demo back end's simulated caller: a buzzing source
 * (two detuned sawtooth oscillators, like vocal folds) shaped by two band-pass "formants" and
 * gated into syllables, words and pauses. It is not speech, but its level and spectrum move the
 * way speech does, so level meters, audio-level stats and the MOS pipeline see realistic input.
 */
import { startLookahead } from './lookahead.js';

/** A synthesized source: its stream feeds a peer connection like a microphone would. */
export interface SynthSource {
  readonly stream: MediaStream;
  readonly track: MediaStreamTrack;
  /** Stops the oscillators and the track. Idempotent. */
  stop(): void;
}

export interface SynthVoiceOptions {
  /** Mean pitch in Hz: about 110 for a low voice, 210 for a high one. Default 150. */
  readonly pitch?: number;
  /** Peak level 0..1. Default 0.35. */
  readonly level?: number;
  /** Seed of the syllable pattern, so two callers do not sound in lockstep. */
  readonly seed?: number;
}

/** Vowel-like formant pairs (F1, F2) in Hz: roughly a, e, i, o, u. */
const VOWELS: readonly (readonly [number, number])[] = [
  [730, 1090],
  [530, 1840],
  [300, 2250],
  [570, 840],
  [440, 1020],
];

/** A small deterministic generator (mulberry32): the same seed gives the same "sentence". */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Starts a synthesized voice on `context`. The caller stops it. */
export function createSynthVoice(
  context: AudioContext,
  options: SynthVoiceOptions = {},
): SynthSource {
  const pitch = options.pitch ?? 150;
  const level = options.level ?? 0.35;
  const random = seeded(options.seed ?? 7);
  const destination = context.createMediaStreamDestination();

  const folds = [0, 7].map((detuneCents) => {
    const oscillator = context.createOscillator();
    oscillator.type = 'sawtooth';
    oscillator.frequency.value = pitch;
    oscillator.detune.value = detuneCents;
    return oscillator;
  });
  const formants = [0, 1].map(() => {
    const filter = context.createBiquadFilter();
    filter.type = 'bandpass';
    filter.Q.value = 6;
    return filter;
  });
  const envelope = context.createGain();
  envelope.gain.value = 0;
  for (const oscillator of folds) for (const formant of formants) oscillator.connect(formant);
  // Band-pass filters lose most of the energy; the makeup gain brings the peak back to ~level.
  const makeup = context.createGain();
  makeup.gain.value = 4;
  for (const formant of formants) formant.connect(makeup);
  makeup.connect(envelope).connect(destination);
  for (const oscillator of folds) oscillator.start();

  let at = context.currentTime + 0.05;
  let syllablesLeft = 0;
  const stopBooking = startLookahead(context, (until) => {
    while (at < until) {
      if (syllablesLeft === 0) {
        syllablesLeft = 3 + Math.floor(random() * 8); // a phrase of 3-10 syllables
        at += 0.4 + random() * 0.9; // breath between phrases
        continue;
      }
      syllablesLeft -= 1;
      const length = 0.12 + random() * 0.16;
      const [f1, f2] = VOWELS[Math.floor(random() * VOWELS.length)] ?? VOWELS[0]!;
      const glide = pitch * (0.85 + random() * 0.35);
      for (const oscillator of folds) {
        oscillator.frequency.setValueAtTime(glide, at);
        oscillator.frequency.linearRampToValueAtTime(glide * (0.92 + random() * 0.12), at + length);
      }
      formants[0]!.frequency.setTargetAtTime(f1, at, 0.02);
      formants[1]!.frequency.setTargetAtTime(f2, at, 0.02);
      const peak = level * (0.6 + random() * 0.4);
      envelope.gain.setValueAtTime(0, at);
      // Fast attack, a decaying vowel, a short release: piecewise linear, so no clicks.
      envelope.gain.linearRampToValueAtTime(peak, at + 0.025);
      envelope.gain.linearRampToValueAtTime(peak * 0.5, at + length - 0.04);
      envelope.gain.linearRampToValueAtTime(0, at + length);
      at += length + 0.03 + random() * 0.06; // the gap between syllables
    }
  });

  const track = destination.stream.getAudioTracks()[0]!;
  let stopped = false;
  return {
    stream: destination.stream,
    track,
    stop() {
      if (stopped) return;
      stopped = true;
      stopBooking();
      for (const oscillator of folds) oscillator.stop();
      envelope.disconnect();
      track.stop();
    },
  };
}
