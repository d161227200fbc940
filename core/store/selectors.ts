/**
 * Pure selectors. Each returns the same value (by reference) while its inputs are unchanged,
 * so a component subscribed through `select()` re-renders only for changes it shows.
 */
import { allowedActions, type AllowedActions } from '../model/allowed-actions.js';
import { deriveWork } from '../model/calls.js';
import { createSelector, forkSelector, memoized } from './memoize.js';
import type {
  Call,
  CallCenterState,
  CallQuality,
  QueueStats,
  RosterAgent,
  WorkState,
} from './state.js';

export const selectBackend = (s: CallCenterState) => s.backend;
export const selectCapabilities = (s: CallCenterState) => s.backend.capabilities;
export const selectConnection = (s: CallCenterState) => s.connection;
export const selectAgent = (s: CallCenterState) => s.agent;
export const selectPresence = (s: CallCenterState) => s.agent.presence;
export const selectDevices = (s: CallCenterState) => s.devices;
export const selectErrors = (s: CallCenterState) => s.errors;
export const selectPending = (s: CallCenterState) => s.pending;
export const selectCallsState = (s: CallCenterState) => s.calls;
export const selectCallHistory = (s: CallCenterState) => s.calls.history;
export const selectSupervisor = (s: CallCenterState) => s.supervisor;
export const selectSupervising = (s: CallCenterState) => s.supervisor.supervising;
export const selectWaitingCalls = (s: CallCenterState) => s.supervisor.waiting;

/**
 * Keeps the previous list while the new one holds the same items in the same order, so a list
 * rebuilt because a neighbouring field changed (the active call, queue statistics) does not make
 * its subscribers render again.
 */
function stableList<T>(select: (state: CallCenterState) => readonly T[]) {
  return memoized(() => {
    const own = forkSelector(select);
    let last: readonly T[] | null = null;
    return (state: CallCenterState): readonly T[] => {
      const next = own(state);
      if (last && last.length === next.length && next.every((item, i) => item === last![i]))
        return last;
      last = next;
      return next;
    };
  });
}

/** Calls in creation order. */
export const selectCalls = stableList(
  createSelector([selectCallsState], (calls): readonly Call[] =>
    calls.order.map((id) => calls.byId[id]!),
  ),
);

export const selectActiveCall = createSelector([selectCallsState], (calls): Call | null =>
  calls.activeId === null ? null : (calls.byId[calls.activeId] ?? null),
);

/** The oldest inbound call still ringing: what the incoming-call banner shows. */
export const selectRingingCall = createSelector(
  [selectCalls],
  (calls): Call | null =>
    calls.find((c) => c.state === 'ringing' && c.direction !== 'outbound') ?? null,
);

/** Held calls, oldest first (the Huawei hold list). */
export const selectHoldList = stableList(
  createSelector([selectCalls], (calls): readonly Call[] =>
    calls.filter((c) => c.state === 'held'),
  ),
);

export const selectWork = createSelector(
  [selectCalls, (s: CallCenterState) => s.calls.activeId],
  (calls, activeId): WorkState => deriveWork(calls, activeId),
);

/** Quality of the active call, while it is sampled. */
export const selectActiveQuality = createSelector(
  [selectActiveCall, (s: CallCenterState) => s.quality],
  (call, quality): CallQuality | null => (call ? (quality[call.id] ?? null) : null),
);

/**
 * What may run now. Recomputed only when agent, calls, back end, pending commands, roster or
 * connection change, and the same object is returned while every flag is unchanged.
 */
export const selectAllowedActions = memoized(() => {
  let inputs: readonly unknown[] = [];
  let last: AllowedActions | null = null;
  return (state: CallCenterState): AllowedActions => {
    const next = [
      state.agent,
      state.calls,
      state.backend,
      state.pending,
      state.supervisor,
      state.connection,
    ];
    if (last && next.every((value, i) => value === inputs[i])) return last;
    inputs = next;
    const fresh = allowedActions(state);
    if (last && sameFlags(last, fresh)) return last;
    last = fresh;
    return fresh;
  };
});

function sameFlags(a: AllowedActions, b: AllowedActions): boolean {
  return (['agent', 'calls', 'supervisor'] as const).every((group) => {
    const x = a[group] as Record<string, boolean>;
    const y = b[group] as Record<string, boolean>;
    return Object.keys(x).every((k) => x[k] === y[k]);
  });
}

// Inputs are the agent and queue maps themselves, not the whole supervisor slice: queue
// statistics tick often and must not rebuild (or re-render) a roster of thousands.
export const selectRosterAgents = createSelector(
  [(s: CallCenterState) => s.supervisor.agentIds, (s: CallCenterState) => s.supervisor.agents],
  (ids, agents): readonly RosterAgent[] => ids.map((id) => agents[id]!),
);

export const selectQueues = createSelector(
  [(s: CallCenterState) => s.supervisor.queueIds, (s: CallCenterState) => s.supervisor.queues],
  (ids, queues): readonly QueueStats[] => ids.map((id) => queues[id]!),
);
