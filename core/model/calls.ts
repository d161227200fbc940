/**
 * Pure questions about the calls: which is active, which rings, the hold list, and the agent's
 * work state derived from them.
 */
import type { Call, CallCenterState, WorkState } from '../store/state.js';

export function callsInOrder(state: CallCenterState): Call[] {
  return state.calls.order.map((id) => state.calls.byId[id]!);
}

export function activeCall(state: CallCenterState): Call | null {
  const id = state.calls.activeId;
  return id === null ? null : (state.calls.byId[id] ?? null);
}

/** The oldest inbound call still ringing: the one the answer button answers. */
export function ringingInbound(state: CallCenterState): Call | null {
  return (
    callsInOrder(state).find((c) => c.state === 'ringing' && c.direction !== 'outbound') ?? null
  );
}

/** The consultation started from `callId`, if one is in progress. */
export function consultOf(state: CallCenterState, callId: string): Call | null {
  return callsInOrder(state).find((c) => c.consultOf === callId) ?? null;
}

/** Held calls in the order they were created (the Huawei hold list). */
export function holdList(state: CallCenterState): Call[] {
  return callsInOrder(state).filter((c) => c.state === 'held');
}

/** The agent's work dimension, derived from the calls (see design.md). */
export function deriveWork(calls: readonly Call[], activeId: string | null): WorkState {
  if (calls.length === 0) return 'idle';
  const active = calls.find((c) => c.id === activeId) ?? null;
  if (calls.some((c) => c.conference && c.state !== 'ended')) return 'conferencing';
  if (calls.some((c) => c.consultOf !== null)) return 'consulting';
  if (active?.state === 'talking') return 'talking';
  if (active?.state === 'dialing') return 'dialing';
  if (calls.some((c) => c.state === 'talking')) return 'talking';
  if (calls.some((c) => c.state === 'ringing')) return 'ringing';
  if (calls.some((c) => c.state === 'dialing')) return 'dialing';
  return 'held';
}

/** The fields every back end must give a new call; the rest start empty. */
export type NewCall = Pick<Call, 'id' | 'direction' | 'state' | 'remote' | 'startedAt'> &
  Partial<Call>;

/** A call as the store first sees it: not answered, not muted or held, no consult or transfer. */
export function newCall(fields: NewCall): Call {
  return {
    queue: null,
    callerId: null,
    answeredAt: null,
    endedAt: null,
    endCause: null,
    muted: false,
    remoteHeld: false,
    consultOf: null,
    conference: false,
    transfer: null,
    earlyMedia: false,
    ...fields,
  };
}
