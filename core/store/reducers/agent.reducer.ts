import type { Action } from '../actions.js';
import type { AgentState } from '../state.js';

/** Agent presence and identity. Pure: same input, same output, inputs untouched. */
export function agentReducer(state: AgentState, action: Action): AgentState {
  switch (action.type) {
    case 'agent/logged-in':
      if (
        state.id === action.id &&
        state.name === action.name &&
        state.extension === action.extension &&
        state.phoneType === action.phoneType
      ) {
        return state;
      }
      return {
        ...state,
        id: action.id,
        name: action.name,
        extension: action.extension,
        phoneType: action.phoneType,
      };
    case 'agent/presence': {
      const reason = action.presence === 'not-ready' ? action.reason : null;
      const wrapUpDeadline = action.presence === 'wrap-up' ? (action.wrapUpDeadline ?? null) : null;
      const changed = state.presence !== action.presence || state.reason?.code !== reason?.code;
      if (!changed && state.wrapUpDeadline === wrapUpDeadline) return state;
      return {
        ...state,
        presence: action.presence,
        reason,
        // A repeated presence (a re-sent event) keeps its timer running.
        since: changed ? action.at : state.since,
        wrapUpDeadline,
        nextState: action.presence === 'offline' ? null : state.nextState,
      };
    }
    case 'agent/wrap-up-extended':
      if (state.presence !== 'wrap-up') return state;
      return { ...state, wrapUpDeadline: action.wrapUpDeadline };
    case 'agent/next-state':
      return state.nextState === action.next ? state : { ...state, nextState: action.next };
    case 'agent/logged-out':
      return {
        id: null,
        name: null,
        extension: null,
        phoneType: null,
        presence: 'offline',
        reason: null,
        since: action.at,
        wrapUpDeadline: null,
        nextState: null,
      };
    case 'agent/restored':
      return action.agent;
    default:
      return state;
  }
}
