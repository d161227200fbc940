/**
 * Turns two consecutive stats snapshots into the {@link CallQuality} the store keeps: interval
 * loss from counter deltas, MOS and grade from the E-model, warnings with hysteresis. Pure.
 */
import type { CallQuality, QualityMetric, Timestamp } from '../../store/state.js';
import { estimateMos, gradeFromMos } from './e-model.js';
import type { AudioStatsSnapshot } from './stats-report.js';
import { DEFAULT_WARNING_THRESHOLDS, updateWarnings, type WarningThresholds } from './warnings.js';

/** Counters at the start of an interval; zeros at the start of a call. */
export interface StatsCounters {
  readonly packetsReceived: number;
  readonly packetsLost: number;
}

export const ZERO_COUNTERS: StatsCounters = { packetsReceived: 0, packetsLost: 0 };

/**
 * Fraction of packets lost between two counter readings; null when no packet was expected in
 * the interval (on hold, before media), since "no packets" is not "all packets lost".
 */
export function intervalLoss(before: StatsCounters, after: StatsCounters): number | null {
  const received = Math.max(0, after.packetsReceived - before.packetsReceived);
  const lost = Math.max(0, after.packetsLost - before.packetsLost);
  const expected = received + lost;
  return expected > 0 ? lost / expected : null;
}

export interface ComputeQualityInput {
  readonly callId: string;
  readonly snapshot: AudioStatsSnapshot;
  readonly before: StatsCounters;
  readonly previousWarnings: readonly QualityMetric[];
  readonly sampledAt: Timestamp;
  readonly thresholds?: WarningThresholds;
}

/** One quality sample. MOS and grade are null until inbound audio exists. */
export function computeQuality(input: ComputeQualityInput): CallQuality {
  const { snapshot } = input;
  const loss = intervalLoss(input.before, snapshot);
  const mos = snapshot.hasInbound
    ? estimateMos({
        rtt: snapshot.rtt,
        jitter: snapshot.jitter,
        loss,
        codec: snapshot.codec ?? 'opus',
      })
    : null;
  // Two decimals: more precision is noise, and equal values keep distinctUntilChanged quiet.
  const rounded = mos === null ? null : Math.round(mos * 100) / 100;
  const warnings = updateWarnings(
    input.previousWarnings,
    { rtt: snapshot.rtt, jitter: snapshot.jitter, loss, mos: rounded },
    input.thresholds ?? DEFAULT_WARNING_THRESHOLDS,
  );
  return {
    callId: input.callId,
    rtt: snapshot.rtt,
    jitter: snapshot.jitter,
    loss,
    audioLevel: snapshot.audioLevel,
    packetsReceived: snapshot.packetsReceived,
    packetsSent: snapshot.packetsSent,
    mos: rounded,
    grade: rounded === null ? null : gradeFromMos(rounded),
    warnings,
    sampledAt: input.sampledAt,
  };
}
