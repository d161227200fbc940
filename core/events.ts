/**
 * Domain events derived from state changes, for hosts and components that want "something
 * happened" rather than "this is how things are": a call started ringing, was answered, ended;
 * the agent's state changed; an error was raised.
 */
import { Observable } from 'rxjs';
import type { KitErrorInfo } from './model/errors.js';
import { deriveWork } from './model/calls.js';
import type {
  Call,
  CallCenterState,
  CallRecord,
  NotReadyReason,
  Presence,
  WorkState,
} from './store/state.js';

export type CallCenterEvent =
  | { readonly type: 'incoming-call'; readonly call: Call }
  | { readonly type: 'call-answered'; readonly call: Call }
  | {
      readonly type: 'call-ended';
      readonly call: CallRecord;
      /** Talk time in seconds (0 when never answered). */
      readonly duration: number;
    }
  | {
      readonly type: 'agent-state-change';
      readonly presence: Presence;
      readonly previous: Presence;
      readonly reason: NotReadyReason | null;
      readonly work: WorkState;
    }
  | { readonly type: 'error'; readonly error: KitErrorInfo };

/** Events between two consecutive states, in the order a person would tell them. */
export function diffEvents(prev: CallCenterState, next: CallCenterState): CallCenterEvent[] {
  const events: CallCenterEvent[] = [];
  if (prev.calls !== next.calls) {
    for (const id of next.calls.order) {
      const call = next.calls.byId[id]!;
      const before = prev.calls.byId[id];
      if (!before && call.state === 'ringing' && call.direction !== 'outbound') {
        events.push({ type: 'incoming-call', call });
      }
      if (call.answeredAt !== null && (before?.answeredAt ?? null) === null) {
        events.push({ type: 'call-answered', call });
      }
    }
    const known = new Set(prev.calls.history.map((r) => r.id));
    for (const record of [...next.calls.history].reverse()) {
      if (known.has(record.id) || !prev.calls.byId[record.id]) continue;
      const duration =
        record.answeredAt === null
          ? 0
          : Math.max(0, Math.round((record.endedAt - record.answeredAt) / 1000));
      events.push({ type: 'call-ended', call: record, duration });
    }
  }
  const prevWork = deriveWork(
    prev.calls.order.map((id) => prev.calls.byId[id]!),
    prev.calls.activeId,
  );
  const nextWork = deriveWork(
    next.calls.order.map((id) => next.calls.byId[id]!),
    next.calls.activeId,
  );
  if (
    prev.agent.presence !== next.agent.presence ||
    prev.agent.reason?.code !== next.agent.reason?.code ||
    prevWork !== nextWork
  ) {
    events.push({
      type: 'agent-state-change',
      presence: next.agent.presence,
      previous: prev.agent.presence,
      reason: next.agent.reason,
      work: nextWork,
    });
  }
  if (prev.errors !== next.errors) {
    const known = new Set(prev.errors.map((e) => e.id));
    for (const error of [...next.errors].reverse())
      if (!known.has(error.id)) events.push({ type: 'error', error });
  }
  return events;
}

/** The events of each state change after subscription (the current state is the baseline). */
export function domainEvents(state$: Observable<CallCenterState>): Observable<CallCenterEvent> {
  // A hand-rolled pairwise: the operator chain it replaces pulled in a few KB of rxjs.
  return new Observable<CallCenterEvent>((subscriber) => {
    let previous: CallCenterState | null = null;
    return state$.subscribe({
      next: (state) => {
        if (previous) for (const event of diffEvents(previous, state)) subscriber.next(event);
        previous = state;
      },
      error: (error: unknown) => subscriber.error(error),
      complete: () => subscriber.complete(),
    });
  });
}
