import { expect } from '@open-wc/testing';
import {
  acquireAudioContext,
  type AudioContextLease,
} from '../../core/media/audio/audio-context.js';
import { createLoopbackPair, type LoopbackPair } from '../../core/media/peer/loopback-pair.js';
import {
  startStatsSampler,
  type QualitySampledEvent,
} from '../../core/media/quality/stats-sampler.js';
import {
  inbound,
  packetsRising,
  peakLevel,
  pollUntil,
  sineSource,
  sleep,
  type SineSource,
} from './helpers.js';

/** Waits until inbound packets on `pc` stop moving, then checks they stay put. */
async function packetsStopped(pc: RTCPeerConnection): Promise<void> {
  let last = (await inbound(pc)).packetsReceived;
  await pollUntil(
    async () => {
      const now = (await inbound(pc)).packetsReceived;
      const still = now === last;
      last = now;
      return still;
    },
    8000,
    500,
  );
  await sleep(800);
  // Flowing audio would add ~40 packets in 800 ms; a stats report taken a moment before the last
  // in-flight packet landed can lag by one or two.
  expect((await inbound(pc)).packetsReceived - last).to.be.at.most(2);
}

describe('loopback pair', () => {
  let lease: AudioContextLease;
  let customer: SineSource;
  let mic: MediaStream;
  let pair: LoopbackPair;

  beforeEach(async () => {
    lease = acquireAudioContext();
    customer = sineSource(lease.context, 440);
    // The fake capture device ("--use-fake-device-for-media-stream") beeps continuously.
    mic = await navigator.mediaDevices.getUserMedia({ audio: true });
    pair = await createLoopbackPair({
      agentStream: mic,
      customerStream: customer.stream,
      iceServers: [],
    });
  });

  afterEach(() => {
    pair.close();
    customer.stop();
    mic.getTracks().forEach((t) => t.stop());
    lease.release();
  });

  it('carries audio both ways', async () => {
    expect(pair.agentPc.connectionState).to.equal('connected');
    await packetsRising(pair.agentPc);
    await packetsRising(pair.customerPc);
    expect(pair.remoteStreamAtAgent.getAudioTracks()).to.have.length(1);
    expect(pair.remoteStreamAtCustomer.getAudioTracks()).to.have.length(1);
  });

  it('stops inbound audio on hold and restores it on resume', async () => {
    await packetsRising(pair.agentPc);
    await pair.setHold(true);
    expect(pair.held).to.equal(true);
    await packetsStopped(pair.agentPc);
    await packetsStopped(pair.customerPc);
    await pair.setHold(false);
    await packetsRising(pair.agentPc);
    await packetsRising(pair.customerPc);
    expect(pair.agentSender.track).to.equal(mic.getAudioTracks()[0]);
  });

  it('plays hold music to the far end while the agent hears nothing', async () => {
    const music = sineSource(lease.context, 330);
    try {
      await pair.setHold(true, music.stream.getAudioTracks()[0]);
      await packetsStopped(pair.agentPc);
      await packetsRising(pair.customerPc);
      await pair.setHold(false);
      expect(pair.agentSender.track).to.equal(mic.getAudioTracks()[0]);
    } finally {
      music.stop();
    }
  });

  it('mutes: the call stays up and the far end receives silence', async () => {
    const heard = (ms: number) => peakLevel(lease.context, pair.remoteStreamAtCustomer, ms);
    await pollUntil(async () => (await heard(600)) > 0.02, 8000, 0);
    pair.setMuted(true);
    expect(pair.muted).to.equal(true);
    expect(mic.getAudioTracks()[0]!.enabled).to.equal(false);
    // Bounded wait for the jitter buffer to drain what was sent before the mute, then silence.
    await pollUntil(async () => (await heard(300)) < 0.001, 8000, 0);
    expect(await heard(1500)).to.be.lessThan(0.001);
    await packetsRising(pair.customerPc); // silence still flows: no renegotiation, no hold
    expect(pair.customerPc.connectionState).to.equal('connected');
    pair.setMuted(false);
    await pollUntil(async () => (await heard(600)) > 0.02, 8000, 0);
  });

  it('delivers DTMF tones to the far end in order', async () => {
    const heard: string[] = [];
    const unsubscribe = pair.onTone((tone) => heard.push(tone));
    await pair.dtmf('12#', { durationMs: 60, gapMs: 40 });
    expect(heard.join('')).to.equal('12#');
    // Requests made back to back are queued, not merged or cut short.
    await Promise.all([pair.dtmf('4', { durationMs: 60 }), pair.dtmf('5*', { durationMs: 60 })]);
    expect(heard.join('')).to.equal('12#45*');
    unsubscribe();
  });

  it('swaps the microphone without touching the wire while held', async () => {
    const next = (await navigator.mediaDevices.getUserMedia({ audio: true })).getAudioTracks()[0]!;
    await pair.setHold(true);
    const old = pair.agentInput.track;
    await pair.agentInput.replaceTrack(next);
    old?.stop();
    expect(pair.agentSender.track).to.equal(null);
    await pair.setHold(false);
    expect(pair.agentSender.track).to.equal(next);
    await packetsRising(pair.customerPc);
  });

  it('feeds the stats sampler: quality with MOS and grade', async () => {
    const samples: QualitySampledEvent[] = [];
    const sampler = startStatsSampler(pair.agentPc, {
      callId: 'call-1',
      intervalMs: 300,
      onSample: (e) => samples.push(e),
    });
    try {
      await pollUntil(() => samples.length >= 2 && samples.at(-1)!.quality.mos !== null, 8000);
      const { quality } = samples.at(-1)!;
      expect(quality.callId).to.equal('call-1');
      expect(quality.mos).to.be.within(1, 4.5);
      expect(quality.grade).to.be.oneOf(['a', 'b', 'c', 'd', 'e']);
      expect(quality.grade).to.equal('e'); // loopback: no loss, no delay to speak of
      expect(quality.packetsReceived).to.be.greaterThan(samples[0]!.quality.packetsReceived);
      expect(quality.packetsSent).to.be.greaterThan(0);
      expect(quality.loss).to.equal(0);
      expect(quality.warnings).to.deep.equal([]);
    } finally {
      sampler.stop();
    }
  });

  it('closes both connections and stops the microphone', async () => {
    const track = mic.getAudioTracks()[0]!;
    pair.close();
    expect(pair.agentPc.signalingState).to.equal('closed');
    expect(pair.customerPc.signalingState).to.equal('closed');
    expect(track.readyState).to.equal('ended');
    pair.close(); // idempotent
  });
});
