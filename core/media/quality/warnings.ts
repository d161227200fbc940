/**
 * Quality warnings with hysteresis: a metric's warning is raised when it crosses the raise
 * threshold and cleared only when it is back past a separate, safer clear threshold. A value
 * wobbling around one line therefore cannot make the warning flap on and off every sample.
 *
 * Pure: (previous warnings, sample) -> warnings.
 */
import type { QualityMetric } from '../../store/state.js';

/**
 * One metric's thresholds.
 * - `higher-is-worse` (rtt, jitter, loss): raised when value >= raise, cleared when value <= clear.
 * - `lower-is-worse` (mos): raised when value < raise, cleared when value >= clear.
 */
export interface WarningThreshold {
  readonly worse: 'higher-is-worse' | 'lower-is-worse';
  readonly raise: number;
  readonly clear: number;
}

export type WarningThresholds = Readonly<Record<QualityMetric, WarningThreshold>>;

/** rtt in ms, jitter in ms, loss as a fraction 0..1, mos 1..4.5. */
export const DEFAULT_WARNING_THRESHOLDS: WarningThresholds = {
  rtt: { worse: 'higher-is-worse', raise: 400, clear: 300 },
  jitter: { worse: 'higher-is-worse', raise: 50, clear: 30 },
  loss: { worse: 'higher-is-worse', raise: 0.05, clear: 0.02 },
  mos: { worse: 'lower-is-worse', raise: 3.1, clear: 3.4 },
};

/** The measured values a warning decision needs; null or absent means "not measured". */
export type WarningSample = Partial<Record<QualityMetric, number | null>>;

/** Metric order of the returned list, so equal sets compare equal element by element. */
export const QUALITY_METRICS: readonly QualityMetric[] = ['rtt', 'jitter', 'loss', 'mos'];

function isWarning(active: boolean, value: number, t: WarningThreshold): boolean {
  if (t.worse === 'higher-is-worse') return active ? value > t.clear : value >= t.raise;
  return active ? value < t.clear : value < t.raise;
}

/**
 * The warnings after `sample`, given those active before it. A metric without a value keeps
 * its previous state: a missing measurement (no RTCP report yet, no packets while on hold)
 * neither raises nor clears a warning.
 *
 * Returns `previous` itself when nothing changed, so identity comparison detects "no change".
 */
export function updateWarnings(
  previous: readonly QualityMetric[],
  sample: WarningSample,
  thresholds: WarningThresholds = DEFAULT_WARNING_THRESHOLDS,
): readonly QualityMetric[] {
  const next = QUALITY_METRICS.filter((metric) => {
    const active = previous.includes(metric);
    const value = sample[metric];
    if (value === null || value === undefined || !Number.isFinite(value)) return active;
    return isWarning(active, value, thresholds[metric]);
  });
  const same = next.length === previous.length && next.every((m, i) => previous[i] === m);
  return same ? previous : next;
}

/** What changed between two warning lists: for "raised" / "cleared" notifications. */
export function diffWarnings(
  previous: readonly QualityMetric[],
  next: readonly QualityMetric[],
): { readonly raised: readonly QualityMetric[]; readonly cleared: readonly QualityMetric[] } {
  return {
    raised: next.filter((m) => !previous.includes(m)),
    cleared: previous.filter((m) => !next.includes(m)),
  };
}
