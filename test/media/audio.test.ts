import { expect } from '@open-wc/testing';
import {
  acquireAudioContext,
  audioContextBlocked,
  resumeAudioContext,
  type AudioContextLease,
} from '../../core/media/audio/audio-context.js';
import { AudioOutput } from '../../core/media/audio/audio-output.js';
import { createHoldMusic } from '../../core/media/audio/hold-music.js';
import { createSynthVoice } from '../../core/media/audio/synth-voice.js';
import { RINGBACK_TONES, RINGTONE, TonePlayer } from '../../core/media/audio/tones.js';
import { isCallCenterError } from '../../core/model/errors.js';
import { levelTrace, peakLevel, pollUntil } from './helpers.js';

describe('shared audio context', () => {
  it('is one context for every lease and closes with the last one', async () => {
    const a = acquireAudioContext();
    const b = acquireAudioContext();
    expect(a.context).to.equal(b.context);
    expect(await resumeAudioContext()).to.equal(true); // the test browser allows autoplay
    expect(audioContextBlocked()).to.equal(false);
    a.release();
    a.release(); // idempotent: does not release b's lease
    expect(a.context.state).to.not.equal('closed');
    b.release();
    await pollUntil(() => a.context.state === 'closed', 3000);
    const c = acquireAudioContext();
    expect(c.context).to.not.equal(a.context);
    c.release();
  });
});

describe('tones, voice and hold music', () => {
  let lease: AudioContextLease;
  let output: AudioOutput;

  beforeEach(() => {
    lease = acquireAudioContext();
    output = new AudioOutput();
  });

  afterEach(() => {
    output.destroy();
    lease.release();
  });

  it('plays a tone pattern with its on/off cadence and stops', async () => {
    const player = new TonePlayer(lease.context, output);
    try {
      expect(await player.start({ frequencies: [440], cadence: [300, 300], level: 0.3 })).to.equal(
        'playing',
      );
      expect(output.stream).to.equal(player.stream);
      const trace = await levelTrace(lease.context, player.stream, 1500);
      expect(Math.max(...trace)).to.be.greaterThan(0.1); // on
      expect(trace.filter((v) => v < 0.01).length).to.be.greaterThan(2); // and off
      player.stop();
      expect(player.playing).to.equal(null);
      expect(output.stream).to.equal(null);
      await pollUntil(
        async () => (await peakLevel(lease.context, player.stream, 200)) < 0.001,
        3000,
      );
    } finally {
      player.destroy();
    }
  });

  it('offers national ringback tones and a ringtone', async () => {
    expect(RINGBACK_TONES.eu).to.deep.equal({ frequencies: [425], cadence: [1000, 4000] });
    expect(RINGBACK_TONES.us.frequencies).to.deep.equal([440, 480]);
    const player = new TonePlayer(lease.context, output);
    try {
      await player.start(RINGTONE);
      expect(player.playing).to.equal(RINGTONE);
      await pollUntil(async () => (await peakLevel(lease.context, player.stream, 200)) > 0.1, 3000);
    } finally {
      player.destroy();
    }
  });

  it('synthesizes a voice whose level varies like speech', async () => {
    const voice = createSynthVoice(lease.context, { seed: 3 });
    try {
      // Bounded: the first phrase starts after a breath of at most 1.3 s.
      const trace = await levelTrace(lease.context, voice.stream, 3000);
      const peak = Math.max(...trace);
      expect(peak).to.be.greaterThan(0.05);
      expect(trace.filter((v) => v < peak * 0.3).length).to.be.greaterThan(2); // pauses
      expect(trace.filter((v) => v > peak * 0.5).length).to.be.greaterThan(2); // syllables
    } finally {
      voice.stop();
    }
    expect(voice.track.readyState).to.equal('ended');
  });

  it('plays hold music', async () => {
    const music = createHoldMusic(lease.context);
    try {
      await pollUntil(async () => (await peakLevel(lease.context, music.stream, 300)) > 0.05, 3000);
    } finally {
      music.stop();
      music.stop();
    }
    expect(music.track.readyState).to.equal('ended');
  });
});

describe('audio output', () => {
  it('reports blocked playback instead of throwing, and plays on retry', async () => {
    const lease = acquireAudioContext();
    const output = new AudioOutput();
    const stream = lease.context.createMediaStreamDestination().stream;
    const realPlay = output.element.play.bind(output.element);
    // Simulate the autoplay policy of a page without a user gesture.
    output.element.play = () => Promise.reject(new DOMException('no gesture', 'NotAllowedError'));
    const states: boolean[] = [];
    output.blocked$.subscribe((b) => states.push(b));
    try {
      expect(await output.play(stream)).to.equal('blocked');
      expect(output.blocked).to.equal(true);
      output.element.play = realPlay;
      expect(await output.retry()).to.equal('playing');
      expect(output.blocked).to.equal(false);
      expect(states).to.deep.equal([false, true, false]);
    } finally {
      output.destroy();
      stream.getTracks().forEach((t) => t.stop());
      lease.release();
    }
  });

  it('routes to a chosen device and rejects an unknown one', async () => {
    const mic = await navigator.mediaDevices.getUserMedia({ audio: true }); // device ids need permission
    mic.getTracks().forEach((t) => t.stop());
    const speaker = (await navigator.mediaDevices.enumerateDevices()).find(
      (d) => d.kind === 'audiooutput' && d.deviceId !== 'default',
    )!;
    const output = new AudioOutput();
    try {
      await output.setSink(speaker.deviceId);
      expect(output.sinkId).to.equal(speaker.deviceId);
      expect(output.element.sinkId).to.equal(speaker.deviceId);
      const error = await output.setSink('no-such-device').catch((e: unknown) => e);
      expect(isCallCenterError(error) && error.code).to.equal('invalid-device');
      expect(output.sinkId).to.equal(speaker.deviceId);
      await output.setSink(null);
      expect(output.element.sinkId).to.equal('');
    } finally {
      output.destroy();
    }
  });
});
