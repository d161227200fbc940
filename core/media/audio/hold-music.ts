/**
 * Hold music for the simulated far end: a gentle arpeggio over I-vi-IV-V in C (triangle
 * wave, eighth notes) with a sine bass on each chord's root. Built with WebAudio so the demo
 * needs no audio files.
 */
import { scheduleGate, startLookahead } from './lookahead.js';
import type { SynthSource } from './synth-voice.js';

export interface HoldMusicOptions {
  /** Beats per minute of the eighth-note pulse's quarter. Default 96. */
  readonly tempo?: number;
  /** Peak level 0..1. Default 0.2. */
  readonly level?: number;
}

/** MIDI note numbers of each chord: root, third, fifth, octave. */
const PROGRESSION: readonly (readonly number[])[] = [
  [60, 64, 67, 72], // C
  [57, 60, 64, 69], // Am
  [53, 57, 60, 65], // F
  [55, 59, 62, 67], // G
];

const hz = (midi: number): number => 440 * 2 ** ((midi - 69) / 12);

/** Starts hold music on `context`. The caller stops it. */
export function createHoldMusic(
  context: AudioContext,
  options: HoldMusicOptions = {},
): SynthSource {
  const level = options.level ?? 0.2;
  const eighth = 30 / (options.tempo ?? 96);
  const destination = context.createMediaStreamDestination();

  const lead = context.createOscillator();
  lead.type = 'triangle';
  const leadGain = context.createGain();
  leadGain.gain.value = 0;
  lead.connect(leadGain).connect(destination);

  const bass = context.createOscillator();
  const bassGain = context.createGain();
  bassGain.gain.value = 0;
  bass.connect(bassGain).connect(destination);

  lead.start();
  bass.start();

  // Each chord lasts two passes up its four notes: 8 eighth notes.
  let at = context.currentTime + 0.05;
  let step = 0;
  const stopBooking = startLookahead(context, (until) => {
    while (at < until) {
      const chord = PROGRESSION[Math.floor(step / 8) % PROGRESSION.length]!;
      const note = chord[step % chord.length]!;
      lead.frequency.setValueAtTime(hz(note), at);
      scheduleGate(leadGain.gain, at, at + eighth * 0.9, level, 0.02);
      if (step % 8 === 0) {
        bass.frequency.setValueAtTime(hz(chord[0]! - 24), at);
        scheduleGate(bassGain.gain, at, at + eighth * 7.8, level * 0.6, 0.05);
      }
      at += eighth;
      step += 1;
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
      lead.stop();
      bass.stop();
      leadGain.disconnect();
      bassGain.disconnect();
      track.stop();
    },
  };
}
