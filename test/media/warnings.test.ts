import { expect } from '@open-wc/testing';
import type { QualityMetric } from '../../core/store/state.js';
import {
  diffWarnings,
  updateWarnings,
  type WarningSample,
} from '../../core/media/quality/warnings.js';

/** Feeds samples one after another; returns the warnings after each. */
function run(samples: readonly WarningSample[]): (readonly QualityMetric[])[] {
  let warnings: readonly QualityMetric[] = [];
  return samples.map((sample) => (warnings = updateWarnings(warnings, sample)));
}

const transitions = (states: (readonly QualityMetric[])[], metric: QualityMetric): number =>
  states.reduce(
    (n, s, i) => n + (i > 0 && s.includes(metric) !== states[i - 1]!.includes(metric) ? 1 : 0),
    0,
  );

describe('quality warnings', () => {
  it('raises rtt at 400 ms and clears it only at 300 ms', () => {
    const states = run([
      { rtt: 399 },
      { rtt: 400 },
      { rtt: 350 },
      { rtt: 301 },
      { rtt: 300 },
      { rtt: 399 },
    ]);
    expect(states.map((s) => s.includes('rtt'))).to.deep.equal([
      false,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('does not flap while a value wobbles around the raise threshold', () => {
    const wobble = Array.from({ length: 20 }, (_, i) => ({ jitter: i % 2 === 0 ? 49 : 51 }));
    const states = run(wobble);
    expect(transitions(states, 'jitter')).to.equal(1); // raised once at the first 51, never cleared
    expect(states.at(-1)).to.deep.equal(['jitter']);
  });

  it('does not flap while a value wobbles around the clear threshold', () => {
    const states = run([
      { loss: 0.06 },
      ...Array.from({ length: 20 }, (_, i) => ({ loss: i % 2 ? 0.021 : 0.019 })),
    ]);
    // Raised by the first sample, cleared at the first 0.019; 0.021 is far below the raise line.
    expect(states[0]).to.deep.equal(['loss']);
    expect(transitions(states, 'loss')).to.equal(1);
    expect(states.at(-1)).to.deep.equal([]);
  });

  it('raises loss at 5 % and clears at 2 %', () => {
    const states = run([{ loss: 0.049 }, { loss: 0.05 }, { loss: 0.03 }, { loss: 0.02 }]);
    expect(states.map((s) => s.includes('loss'))).to.deep.equal([false, true, true, false]);
  });

  it('raises mos below 3.1 and clears at 3.4 or above', () => {
    const states = run([{ mos: 3.1 }, { mos: 3.09 }, { mos: 3.39 }, { mos: 3.4 }, { mos: 3.2 }]);
    expect(states.map((s) => s.includes('mos'))).to.deep.equal([false, true, true, false, false]);
  });

  it('keeps a warning while the metric is not measured', () => {
    const states = run([{ rtt: 500 }, { rtt: null }, {}, { rtt: Number.NaN }, { rtt: 200 }]);
    expect(states.map((s) => s.includes('rtt'))).to.deep.equal([true, true, true, true, false]);
  });

  it('lists metrics in a stable order and returns the same array when nothing changed', () => {
    const raised = updateWarnings([], { mos: 2, rtt: 900, loss: 0.2, jitter: 90 });
    expect(raised).to.deep.equal(['rtt', 'jitter', 'loss', 'mos']);
    expect(updateWarnings(raised, { mos: 2.5, rtt: 800, loss: 0.1, jitter: 60 })).to.equal(raised);
  });

  it('tells which warnings were raised and which cleared', () => {
    expect(diffWarnings(['rtt', 'loss'], ['loss', 'mos'])).to.deep.equal({
      raised: ['mos'],
      cleared: ['rtt'],
    });
  });
});
