/**
 * How the demo contact center behaves. Defaults feel like a real one to a person trying it;
 * tests shrink the timings.
 */
import type { NotReadyReason } from '../../store/state.js';

export interface DemoTimings {
  /** Login, state changes and other "server round trips". */
  readonly latency: number;
  /** An outbound call rings this long before the far end answers (or is busy). */
  readonly answerAfter: number;
  /** An unanswered outbound call gives up after this long (no answer). */
  readonly noAnswerAfter: number;
  /** An inbound call rings at the agent this long before it goes back to the queue. */
  readonly ringTimeout: number;
  /** A transfer is accepted after this long. */
  readonly transferAfter: number;
  /** The simulated roster changes every this many milliseconds. */
  readonly rosterTick: number;
}

export interface DemoBackendOptions {
  /** Simulated agents besides the person using the page (the supervisor's roster). */
  readonly agents?: number;
  /** Inbound calls per minute arriving at the queues; 0 means only on demand. */
  readonly inboundPerMinute?: number;
  /** Seconds of wrap-up after each call; 0 switches wrap-up off. */
  readonly wrapUpSeconds?: number;
  readonly timings?: Partial<DemoTimings>;
  /** Seed of the simulation's random numbers: the same seed, the same run. */
  readonly seed?: number;
  /** Use real WebRTC media (a second peer connection plays the customer). Default true. */
  readonly media?: boolean;
  /**
   * A talking customer hangs up by themselves after this long (milliseconds); 0 never.
   * The default leaves the call to the agent.
   */
  readonly customerHangsUpAfter?: number;
}

export const DEFAULT_TIMINGS: DemoTimings = {
  latency: 120,
  answerAfter: 2_500,
  noAnswerAfter: 20_000,
  ringTimeout: 25_000,
  transferAfter: 900,
  rosterTick: 1_000,
};

/** Sobot's reason codes (2 DND, 11 break, 12-18 break sub-reasons), as a demo would have them. */
export const DEMO_REASONS: readonly NotReadyReason[] = [
  { code: '2', label: 'Do not disturb' },
  { code: '11', label: 'Break' },
  { code: '12', label: 'Training' },
  { code: '13', label: 'Meeting' },
  { code: '14', label: 'Lunch' },
  { code: '15', label: 'Follow-up work' },
];

export const DEMO_QUEUES = [
  { id: 'sales', name: 'Sales' },
  { id: 'support', name: 'Support' },
  { id: 'vip', name: 'VIP' },
] as const;

/**
 * Numbers with special outcomes, so a person can try every ending:
 * ...486 busy, ...408 no answer, ...404 not found, ...603 rejected; anything else answers.
 */
export type DialOutcome = 'answer' | 'busy' | 'no-answer' | 'not-found' | 'rejected';

export function dialOutcome(number: string): DialOutcome {
  if (number.endsWith('486')) return 'busy';
  if (number.endsWith('408')) return 'no-answer';
  if (number.endsWith('404')) return 'not-found';
  if (number.endsWith('603')) return 'rejected';
  return 'answer';
}
