/**
 * Real media for the demo: each call is a pair of RTCPeerConnections in the page. The agent's
 * side sends the chosen microphone; the simulated customer sends a synthesized voice. Hold,
 * mute, DTMF (RTCDTMFSender), device choice and quality sampling all run on that real path.
 */
import type { BackendEvent } from '../../../store/actions.js';
import {
  AudioOutput,
  DeviceManager,
  RINGBACK_TONES,
  RINGTONE,
  TonePlayer,
  acquireAudioContext,
  createHoldMusic,
  createLoopbackPair,
  createSynthVoice,
  startConferenceMixer,
  startStatsSampler,
  type AudioContextLease,
  type ConferenceMixer,
  type LoopbackPair,
  type SynthSource,
} from '../../../media/index.js';
import type { DemoCallMedia, DemoMedia, DemoVoice } from './demo-media.js';

interface Connected {
  pair: LoopbackPair;
  output: AudioOutput;
  cleanups: (() => void)[];
}

const VOICES: Record<DemoVoice, { pitch: number; seed: number }> = {
  customer: { pitch: 1, seed: 11 },
  colleague: { pitch: 1.35, seed: 29 },
  supervised: { pitch: 0.85, seed: 47 },
};

export async function createWebRtcMedia(emit: (event: BackendEvent) => void): Promise<DemoMedia> {
  const devices = new DeviceManager({ emit });
  let lease: AudioContextLease | null = null;
  const context = () => (lease ??= acquireAudioContext()).context;
  const calls = new Map<string, Connected>();
  const heard = new Map<string, string>();
  let conference: { mixer: ConferenceMixer; output: AudioOutput; cleanups: (() => void)[] } | null =
    null;

  // Tones get their own outputs: the ringtone follows the ringer device, ringback the speaker.
  let tones: { ringtone: TonePlayer; ringback: TonePlayer; cleanups: (() => void)[] } | null = null;
  const tonePlayers = () => {
    if (!tones) {
      const ringer = new AudioOutput();
      const speaker = new AudioOutput();
      tones = {
        ringtone: new TonePlayer(context(), ringer),
        ringback: new TonePlayer(context(), speaker),
        cleanups: [
          devices.addOutput(ringer, 'ringer'),
          devices.addOutput(speaker, 'speaker'),
          () => ringer.destroy(),
          () => speaker.destroy(),
        ],
      };
    }
    return tones;
  };

  async function connect(callId: string, voice: DemoVoice): Promise<DemoCallMedia> {
    const microphone = await devices.getMicrophone();
    const synth: SynthSource = createSynthVoice(context(), VOICES[voice]);
    const music: SynthSource = createHoldMusic(context());
    let pair: LoopbackPair;
    try {
      pair = await createLoopbackPair({ agentStream: microphone, customerStream: synth.stream });
    } catch (error) {
      for (const track of microphone.getTracks()) track.stop();
      synth.stop();
      music.stop();
      throw error;
    }
    const output = new AudioOutput();
    const sampler = startStatsSampler(pair.agentPc, { callId, onSample: emit });
    heard.set(callId, '');
    const cleanups = [
      devices.addInput(pair.agentInput),
      devices.addOutput(output, 'speaker'),
      pair.onTone((tone) => heard.set(callId, (heard.get(callId) ?? '') + tone)),
      () => sampler.stop(),
      () => output.destroy(),
      () => pair.close(),
      () => synth.stop(),
      () => music.stop(),
      () => {
        for (const track of microphone.getTracks()) track.stop();
      },
    ];
    void output.play(pair.remoteStreamAtAgent);
    calls.set(callId, { pair, output, cleanups });
    return {
      // The customer hears music while held, as callers in a queue do.
      setHeld: (held) => void pair.setHold(held, held ? music.track : null).catch(() => undefined),
      setMuted: (muted) => {
        pair.setMuted(muted);
        // In a conference the pair sends the mix: the mixer silences the microphone instead.
        conference?.mixer.setMuted(muted);
      },
      sendDtmf: (digits) => pair.dtmf(digits),
      close: () => {
        if (!calls.has(callId)) return;
        calls.delete(callId);
        if (conference && calls.size < 2) endConference();
        for (const cleanup of cleanups.splice(0).reverse()) cleanup();
      },
    };
  }

  function endConference(): void {
    if (!conference) return;
    const current = conference;
    conference = null;
    void current.mixer.stop();
    for (const cleanup of current.cleanups.splice(0).reverse()) cleanup();
    // Each call's own output takes over again.
    for (const call of calls.values()) void call.output.play(call.pair.remoteStreamAtAgent);
  }

  return {
    devices,
    start: () => devices.start().catch(() => undefined),
    connect,
    conference(a, b) {
      const first = calls.get(a);
      const second = calls.get(b);
      if (!first || !second) return;
      endConference();
      const microphone = first.pair.agentSender.track;
      void startConferenceMixer({
        context: context(),
        microphone,
        legs: [
          {
            remoteStream: first.pair.remoteStreamAtAgent,
            sendInstead: (t) => first.pair.sendInstead(t),
          },
          {
            remoteStream: second.pair.remoteStreamAtAgent,
            sendInstead: (t) => second.pair.sendInstead(t),
          },
        ],
      }).then((mixer) => {
        // The agent hears the mix; the two calls' own outputs fall silent.
        first.output.stop();
        second.output.stop();
        const output = new AudioOutput();
        void output.play(mixer.agentMix);
        conference = {
          mixer,
          output,
          cleanups: [
            devices.addInput(mixer.microphone),
            devices.addOutput(output, 'speaker'),
            () => output.destroy(),
          ],
        };
      });
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
    heardDtmf: (callId) => heard.get(callId) ?? '',
    destroy() {
      endConference();
      for (const call of calls.values())
        for (const cleanup of call.cleanups.splice(0).reverse()) cleanup();
      calls.clear();
      if (tones) {
        tones.ringtone.destroy();
        tones.ringback.destroy();
        for (const cleanup of tones.cleanups) cleanup();
        tones = null;
      }
      devices.destroy();
      lease?.release();
      lease = null;
    },
  };
}
