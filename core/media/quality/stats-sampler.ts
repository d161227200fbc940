/**
 * Samples a peer connection's `getStats()` on a timer while a call is up and reports
 * {@link CallQuality} as `quality/sampled` back-end events.
 *
 * It never throws into its caller: a failed `getStats()` (a closing connection, a browser
 * hiccup) skips that sample, and it stops by itself once the connection is closed.
 */
import { Subject, type Observable } from 'rxjs';
import type { BackendEvent } from '../../store/actions.js';
import type { CallQuality, QualityMetric } from '../../store/state.js';
import { computeQuality, ZERO_COUNTERS, type StatsCounters } from './compute-quality.js';
import { readAudioStats } from './stats-report.js';
import type { WarningThresholds } from './warnings.js';

/** The back-end event the sampler emits. */
export type QualitySampledEvent = Extract<BackendEvent, { type: 'quality/sampled' }>;

/** What the sampler needs of a connection; an RTCPeerConnection fits. */
export interface StatsSource {
  getStats(): Promise<RTCStatsReport>;
  readonly signalingState?: RTCSignalingState;
}

export interface StatsSamplerOptions {
  /** The call the samples belong to. */
  readonly callId: string;
  /** Time between samples; 2000 ms by default (short in tests). */
  readonly intervalMs?: number;
  readonly thresholds?: WarningThresholds;
  /** Called with each event, in addition to {@link StatsSampler.samples$}. */
  readonly onSample?: (event: QualitySampledEvent) => void;
  /** Clock for `sampledAt`; `Date.now` by default. */
  readonly now?: () => number;
}

export interface StatsSampler {
  /** Hot stream of samples; completes on {@link stop}. */
  readonly samples$: Observable<QualitySampledEvent>;
  readonly running: boolean;
  /** The most recent sample. */
  readonly last: CallQuality | null;
  /** Samples at once (still serialized with the timer); null when the sample was skipped. */
  sampleNow(): Promise<CallQuality | null>;
  /** Stops the timer and completes the stream. Idempotent. */
  stop(): void;
}

export const DEFAULT_SAMPLE_INTERVAL_MS = 2000;

class TimedStatsSampler implements StatsSampler {
  readonly samples$: Observable<QualitySampledEvent>;
  last: CallQuality | null = null;
  private readonly subject = new Subject<QualitySampledEvent>();
  private readonly intervalMs: number;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  private before: StatsCounters = ZERO_COUNTERS;
  private warnings: readonly QualityMetric[] = [];
  // Samples run one after another so counter deltas are taken in order.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly source: StatsSource,
    private readonly options: StatsSamplerOptions,
  ) {
    this.samples$ = this.subject.asObservable();
    this.intervalMs = Math.max(50, options.intervalMs ?? DEFAULT_SAMPLE_INTERVAL_MS);
    this.schedule();
  }

  get running(): boolean {
    return !this.stopped;
  }

  sampleNow(): Promise<CallQuality | null> {
    const result = this.queue.then(() => this.sample());
    this.queue = result;
    return result;
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.subject.complete();
  }

  private schedule(): void {
    if (this.stopped) return;
    // A chain of timeouts, not setInterval: a slow getStats() never piles up calls.
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.sampleNow().then(() => this.schedule());
    }, this.intervalMs);
  }

  private async sample(): Promise<CallQuality | null> {
    if (this.stopped) return null;
    if (this.source.signalingState === 'closed') {
      this.stop();
      return null;
    }
    let report: RTCStatsReport;
    try {
      report = await this.source.getStats();
    } catch {
      return null; // skipped; the next tick tries again
    }
    if (this.stopped) return null;
    const snapshot = readAudioStats(report);
    const quality = computeQuality({
      callId: this.options.callId,
      snapshot,
      before: this.before,
      previousWarnings: this.warnings,
      sampledAt: (this.options.now ?? Date.now)(),
      thresholds: this.options.thresholds,
    });
    this.before = snapshot;
    this.warnings = quality.warnings;
    this.last = quality;
    this.deliver({ type: 'quality/sampled', quality });
    return quality;
  }

  private deliver(event: QualitySampledEvent): void {
    try {
      this.options.onSample?.(event);
    } catch (error) {
      // A consumer's bug must not stop sampling; surface it the way an event handler would.
      reportError(error);
    }
    this.subject.next(event);
  }
}

/** Starts sampling `source` every `intervalMs`; the first sample comes after one interval. */
export function startStatsSampler(source: StatsSource, options: StatsSamplerOptions): StatsSampler {
  return new TimedStatsSampler(source, options);
}
