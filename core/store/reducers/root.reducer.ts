import type { Action } from '../actions.js';
import { ERROR_LIMIT, type CallCenterState, type CallQuality } from '../state.js';
import { agentReducer } from './agent.reducer.js';
import { callsReducer } from './calls.reducer.js';
import { supervisorReducer } from './supervisor.reducer.js';

/**
 * The one reducer. Returns the same object when nothing changed, so selectors and
 * `distinctUntilChanged` skip work.
 */
export function rootReducer(state: CallCenterState, action: Action): CallCenterState {
  const agent = agentReducer(state.agent, action);
  const calls = callsReducer(state.calls, action);
  const supervisor = supervisorReducer(state.supervisor, action);
  const backend =
    action.type === 'backend/info'
      ? patched(state.backend, action.patch)
      : action.type === 'backend/attached'
        ? action.info
        : state.backend;
  const connection =
    action.type === 'connection/changed'
      ? patched(state.connection, action.patch)
      : state.connection;
  const devices =
    action.type === 'devices/changed' ? patched(state.devices, action.patch) : state.devices;
  const quality = qualityReducer(state.quality, action);
  const pending = pendingReducer(state.pending, action);
  const errors = errorsReducer(state.errors, action);

  if (
    agent === state.agent &&
    calls === state.calls &&
    supervisor === state.supervisor &&
    backend === state.backend &&
    connection === state.connection &&
    devices === state.devices &&
    quality === state.quality &&
    pending === state.pending &&
    errors === state.errors
  ) {
    return state;
  }
  return { backend, connection, agent, calls, supervisor, devices, quality, pending, errors };
}

function qualityReducer(
  state: CallCenterState['quality'],
  action: Action,
): CallCenterState['quality'] {
  switch (action.type) {
    case 'quality/sampled':
      return { ...state, [action.quality.callId]: action.quality };
    case 'call/ended': {
      if (!state[action.callId]) return state;
      const next: Record<string, CallQuality> = { ...state };
      delete next[action.callId];
      return next;
    }
    case 'agent/restored':
      return Object.keys(state).length ? {} : state;
    default:
      return state;
  }
}

function pendingReducer(state: readonly string[], action: Action): readonly string[] {
  switch (action.type) {
    case 'command/started':
      return [...state, action.command];
    case 'command/settled': {
      // Remove one occurrence: the same command may be in flight twice (two DTMF sends).
      const index = state.indexOf(action.command);
      return index < 0 ? state : [...state.slice(0, index), ...state.slice(index + 1)];
    }
    default:
      return state;
  }
}

function errorsReducer(
  state: CallCenterState['errors'],
  action: Action,
): CallCenterState['errors'] {
  switch (action.type) {
    case 'error/raised':
      return [action.error, ...state].slice(0, ERROR_LIMIT);
    case 'error/dismissed':
      return state.some((e) => e.id === action.id)
        ? state.filter((e) => e.id !== action.id)
        : state;
    case 'errors/cleared':
      return state.length ? [] : state;
    default:
      return state;
  }
}

/** `state` with `patch` applied; the same object when the patch changes nothing (a re-sent status). */
function patched<T extends object>(state: T, patch: NoInfer<Partial<T>>): T {
  const keys = Object.keys(patch) as (keyof T)[];
  return keys.every((key) => state[key] === patch[key]) ? state : { ...state, ...patch };
}
