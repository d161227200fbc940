import type { Action } from '../actions.js';
import { CALL_HISTORY_LIMIT, type Call, type CallRecord, type CallsState } from '../state.js';

/** Calls, the hold list order, the active call and a short history. */
export function callsReducer(state: CallsState, action: Action): CallsState {
  switch (action.type) {
    case 'call/created': {
      const { call } = action;
      if (state.byId[call.id]) return state;
      // A call that rings at the agent (inbound, or internal from a colleague) while the agent
      // talks must not steal the controls; anything the agent starts (a dial, a consult)
      // becomes the active call.
      const incoming = call.state === 'ringing' && call.direction !== 'outbound';
      const takesFocus =
        state.activeId === null ||
        (!incoming && (call.direction !== 'inbound' || call.consultOf !== null));
      return {
        ...state,
        byId: { ...state.byId, [call.id]: call },
        order: [...state.order, call.id],
        activeId: takesFocus ? call.id : state.activeId,
      };
    }
    case 'call/updated': {
      const current = state.byId[action.callId];
      if (!current) return state;
      // A re-sent update that changes nothing keeps the state, so selectors stay quiet.
      if (samePatch(current, action.patch)) return state;
      const next: Call = { ...current, ...action.patch };
      return { ...state, byId: { ...state.byId, [current.id]: next } };
    }
    case 'call/activated':
      if (!state.byId[action.callId] || state.activeId === action.callId) return state;
      return { ...state, activeId: action.callId };
    case 'call/ended':
      return endCall(state, action.callId, action.cause, action.at);
    case 'agent/restored': {
      const byId: Record<string, Call> = {};
      for (const call of action.calls) byId[call.id] = call;
      const order = action.calls.map((c) => c.id);
      const activeId =
        action.activeId && byId[action.activeId] ? action.activeId : (order.at(-1) ?? null);
      // Calls the back end no longer knows ended while we were away: keep them in the history.
      const lost = state.order
        .filter((id) => !byId[id])
        .map((id) => toRecord(state.byId[id]!, 'network', action.at));
      const history = lost.length
        ? [...lost.reverse(), ...state.history].slice(0, CALL_HISTORY_LIMIT)
        : state.history;
      return { byId, order, activeId, history };
    }
    default:
      return state;
  }
}

function endCall(
  state: CallsState,
  callId: string,
  cause: CallRecord['endCause'],
  at: number,
): CallsState {
  const ended = state.byId[callId];
  if (!ended) return state;
  const byId: Record<string, Call> = {};
  for (const id of state.order) {
    if (id === callId) continue;
    const call = state.byId[id]!;
    // A consult whose customer call ended is now a call of its own.
    byId[id] = call.consultOf === callId ? { ...call, consultOf: null } : call;
  }
  const order = state.order.filter((id) => id !== callId);
  const record = toRecord(ended, cause, at);
  return {
    byId,
    order,
    activeId: state.activeId === callId ? nextActive(ended, byId, order) : state.activeId,
    history: [record, ...state.history].slice(0, CALL_HISTORY_LIMIT),
  };
}

/** After the active call ends, focus goes back to the customer of a consult, else the newest call. */
function nextActive(
  ended: Call,
  byId: Record<string, Call>,
  order: readonly string[],
): string | null {
  if (ended.consultOf && byId[ended.consultOf]) return ended.consultOf;
  const answered = [...order].reverse().find((id) => byId[id]!.state !== 'ringing');
  return answered ?? order.at(-1) ?? null;
}

function samePatch(call: Call, patch: Partial<Call>): boolean {
  return (Object.keys(patch) as (keyof Call)[]).every((key) => call[key] === patch[key]);
}

function toRecord(call: Call, cause: CallRecord['endCause'], at: number): CallRecord {
  return {
    id: call.id,
    direction: call.direction,
    remote: call.remote,
    queue: call.queue,
    startedAt: call.startedAt,
    answeredAt: call.answeredAt,
    endedAt: at,
    endCause: cause,
  };
}
