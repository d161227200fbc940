import { expect } from '@open-wc/testing';
import {
  delayImpairment,
  effectiveLatency,
  estimateMos,
  gradeFromMos,
  lossImpairment,
  mosFromR,
  rFactor,
} from '../../core/media/quality/e-model.js';

describe('e-model', () => {
  it('maps R to MOS with the G.107 cubic at known points', () => {
    expect(mosFromR(-5)).to.equal(1);
    expect(mosFromR(0)).to.equal(1);
    expect(mosFromR(50)).to.be.closeTo(2.575, 1e-9); // 1 + 1.75 - 0.175
    expect(mosFromR(80)).to.be.closeTo(4.024, 1e-9); // 1 + 2.8 + 0.224
    expect(mosFromR(93.2)).to.be.closeTo(4.4093, 1e-4);
    expect(mosFromR(100)).to.equal(4.5);
    expect(mosFromR(Number.NaN)).to.equal(1);
  });

  it('computes the effective latency and the delay impairment', () => {
    expect(effectiveLatency(100, 20)).to.equal(100); // 50 + 40 + 10
    expect(delayImpairment(100)).to.be.closeTo(2.4, 1e-9);
    // Past 177.3 ms one way the second term adds in: 4.8 + 0.11 * 22.7.
    expect(delayImpairment(200)).to.be.closeTo(7.297, 1e-9);
  });

  it('computes the loss impairment from Bpl per codec', () => {
    expect(lossImpairment(0, 'pcmu')).to.equal(0);
    expect(lossImpairment(0.01, 'pcmu')).to.be.closeTo(95 / 26.1, 1e-9); // G.711 with PLC, Bpl 25.1
    expect(lossImpairment(0.05, 'opus')).to.be.closeTo((95 * 5) / 35, 1e-9);
    expect(lossImpairment(0.05, 'opus')).to.be.lessThan(lossImpairment(0.05, 'pcmu'));
  });

  it('scores a perfect network near the top of the scale, grade e', () => {
    expect(rFactor({ rtt: 0, jitter: 0, loss: 0 })).to.be.closeTo(92.96, 1e-9);
    const mos = estimateMos({ rtt: 0, jitter: 0, loss: 0 });
    expect(mos).to.be.closeTo(4.4046, 1e-4);
    expect(gradeFromMos(mos)).to.equal('e');
  });

  it('treats missing measurements as no impairment', () => {
    expect(estimateMos({})).to.equal(estimateMos({ rtt: 0, jitter: 0, loss: 0 }));
    expect(estimateMos({ rtt: null, jitter: null, loss: null })).to.equal(estimateMos({}));
  });

  it('scores a bad network as very poor, clamped at 1', () => {
    const mos = estimateMos({ rtt: 800, jitter: 100, loss: 0.3, codec: 'pcmu' });
    expect(mos).to.be.at.least(1);
    expect(gradeFromMos(mos)).to.equal('a');
    expect(estimateMos({ rtt: 5000, jitter: 1000, loss: 1 })).to.equal(1);
  });

  it('falls as loss, jitter or latency grow', () => {
    const losses = [0, 0.01, 0.03, 0.1, 0.2].map((loss) =>
      estimateMos({ rtt: 50, jitter: 5, loss }),
    );
    for (let i = 1; i < losses.length; i++) expect(losses[i]).to.be.lessThan(losses[i - 1]!);
    expect(estimateMos({ rtt: 400, jitter: 5 })).to.be.lessThan(
      estimateMos({ rtt: 50, jitter: 5 }),
    );
    expect(estimateMos({ rtt: 50, jitter: 60 })).to.be.lessThan(
      estimateMos({ rtt: 50, jitter: 5 }),
    );
  });

  it('grades with the documented thresholds', () => {
    expect(gradeFromMos(4.5)).to.equal('e');
    expect(gradeFromMos(4.0)).to.equal('e');
    expect(gradeFromMos(3.99)).to.equal('d');
    expect(gradeFromMos(3.6)).to.equal('d');
    expect(gradeFromMos(3.59)).to.equal('c');
    expect(gradeFromMos(3.1)).to.equal('c');
    expect(gradeFromMos(2.6)).to.equal('b');
    expect(gradeFromMos(2.59)).to.equal('a');
    expect(gradeFromMos(1)).to.equal('a');
  });
});
