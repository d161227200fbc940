import { expect } from '@open-wc/testing';
import {
  computeQuality,
  intervalLoss,
  ZERO_COUNTERS,
} from '../../core/media/quality/compute-quality.js';
import { readAudioStats } from '../../core/media/quality/stats-report.js';
import {
  startStatsSampler,
  type QualitySampledEvent,
} from '../../core/media/quality/stats-sampler.js';
import { audioCallReport, fakeReport } from './fake-stats.js';
import { pollUntil } from './helpers.js';

describe('stats report reading', () => {
  it('reads rtt from remote-inbound-rtp, jitter and level from inbound-rtp, in ms', () => {
    const snapshot = readAudioStats(
      audioCallReport({
        packetsReceived: 500,
        packetsLost: 5,
        packetsSent: 480,
        jitter: 0.012,
        rtt: 0.08,
        audioLevel: 0.3,
      }),
    );
    expect(snapshot.rtt).to.be.closeTo(80, 1e-9);
    expect(snapshot.jitter).to.be.closeTo(12, 1e-9);
    expect(snapshot).to.include({
      audioLevel: 0.3,
      packetsReceived: 500,
      packetsLost: 5,
      packetsSent: 480,
      codec: 'opus',
      hasInbound: true,
    });
  });

  it('falls back to the selected candidate pair for rtt and knows PCMU', () => {
    const snapshot = readAudioStats(
      audioCallReport({ packetsReceived: 1, rtt: null, pairRtt: 0.03, mime: 'audio/PCMU' }),
    );
    expect(snapshot.rtt).to.be.closeTo(30, 1e-9);
    expect(snapshot.codec).to.equal('pcmu');
  });

  it('reports nothing measured for an empty report', () => {
    const snapshot = readAudioStats(fakeReport([]));
    expect(snapshot).to.deep.equal({
      rtt: null,
      jitter: null,
      audioLevel: null,
      packetsReceived: 0,
      packetsLost: 0,
      packetsSent: 0,
      codec: null,
      hasInbound: false,
    });
  });
});

describe('quality computation', () => {
  it('computes loss over the interval from counter deltas', () => {
    expect(
      intervalLoss(
        { packetsReceived: 100, packetsLost: 0 },
        { packetsReceived: 190, packetsLost: 10 },
      ),
    ).to.be.closeTo(0.1, 1e-9);
    // No packets expected (hold): unknown, not 100 % loss.
    expect(
      intervalLoss(
        { packetsReceived: 100, packetsLost: 2 },
        { packetsReceived: 100, packetsLost: 2 },
      ),
    ).to.equal(null);
    // Duplicates can make packetsLost go down; that is not negative loss.
    expect(
      intervalLoss(
        { packetsReceived: 100, packetsLost: 5 },
        { packetsReceived: 150, packetsLost: 3 },
      ),
    ).to.equal(0);
  });

  it('gives MOS, grade and warnings for a sample', () => {
    const quality = computeQuality({
      callId: 'c1',
      snapshot: readAudioStats(audioCallReport({ packetsReceived: 80, packetsLost: 20, rtt: 0.6 })),
      before: ZERO_COUNTERS,
      previousWarnings: [],
      sampledAt: 42,
    });
    expect(quality).to.include({ callId: 'c1', loss: 0.2, sampledAt: 42, packetsReceived: 80 });
    expect(quality.mos).to.be.lessThan(3.1);
    expect(quality.grade).to.be.oneOf(['a', 'b']);
    expect(quality.warnings).to.deep.equal(['rtt', 'loss', 'mos']);
  });

  it('has no MOS before inbound audio exists', () => {
    const quality = computeQuality({
      callId: 'c1',
      snapshot: readAudioStats(fakeReport([])),
      before: ZERO_COUNTERS,
      previousWarnings: [],
      sampledAt: 1,
    });
    expect(quality.mos).to.equal(null);
    expect(quality.grade).to.equal(null);
  });
});

describe('stats sampler (scripted getStats)', () => {
  it('samples on its interval, skips a failing getStats and stops cleanly', async () => {
    let calls = 0;
    const source = {
      async getStats() {
        calls += 1;
        if (calls === 1) throw new Error('transient');
        return audioCallReport({ packetsReceived: calls * 50 });
      },
    };
    const seen: QualitySampledEvent[] = [];
    let completed = false;
    const sampler = startStatsSampler(source, {
      callId: 'c9',
      intervalMs: 50,
      onSample: (e) => seen.push(e),
    });
    const viaStream: QualitySampledEvent[] = [];
    sampler.samples$.subscribe({
      next: (e) => viaStream.push(e),
      complete: () => (completed = true),
    });

    await pollUntil(() => seen.length >= 2, 3000);
    expect(calls).to.be.greaterThan(seen.length); // the failed call produced no sample
    expect(seen[0]!.type).to.equal('quality/sampled');
    expect(seen[0]!.quality.callId).to.equal('c9');
    expect(seen[0]!.quality.grade).to.equal('e');
    expect(viaStream.length).to.be.greaterThan(0);

    sampler.stop();
    expect(sampler.running).to.equal(false);
    expect(completed).to.equal(true);
    const after = seen.length;
    await new Promise((r) => setTimeout(r, 200));
    expect(seen.length).to.equal(after);
  });

  it('stops by itself once the connection is closed', async () => {
    const source = {
      signalingState: 'closed' as RTCSignalingState,
      getStats: async () => fakeReport([]),
    };
    const sampler = startStatsSampler(source, { callId: 'c1', intervalMs: 50 });
    expect(await sampler.sampleNow()).to.equal(null);
    expect(sampler.running).to.equal(false);
  });

  it('keeps sampling when a consumer callback throws', async () => {
    // The sampler hands a consumer's exception to reportError (as an event handler's would go);
    // collect them here instead of letting mocha count them as uncaught.
    const errors: unknown[] = [];
    const original = window.reportError;
    window.reportError = (error: unknown) => void errors.push(error);
    let count = 0;
    const sampler = startStatsSampler(
      { getStats: async () => audioCallReport({ packetsReceived: 10 }) },
      {
        callId: 'c1',
        intervalMs: 50,
        onSample: () => {
          count += 1;
          throw new Error('consumer bug');
        },
      },
    );
    try {
      await pollUntil(() => count >= 2, 3000);
      expect(errors.length).to.be.at.least(2);
    } finally {
      sampler.stop();
      window.reportError = original;
    }
  });
});
