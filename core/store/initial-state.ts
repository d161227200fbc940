import { NO_CAPABILITIES, type Capabilities } from '../backends/capabilities.js';
import type { BackendInfo, CallCenterState } from './state.js';

/** Backend info for a back end that has told nothing yet. */
export function emptyBackendInfo(
  name: string,
  capabilities: Capabilities = NO_CAPABILITIES,
): BackendInfo {
  return {
    name,
    capabilities,
    reasons: [],
    phoneTypes: capabilities.phoneTypes,
    callerIds: [],
    ivrNodes: [],
    wrapUpSeconds: 0,
  };
}

/** The state before the back end has said anything: offline, no calls, nothing pending. */
export function createInitialState(
  backend: BackendInfo,
  now: number = Date.now(),
): CallCenterState {
  return {
    backend,
    connection: {
      transport: 'disconnected',
      registration: 'unregistered',
      reason: null,
      attempt: 0,
      nextRetryAt: null,
    },
    agent: {
      id: null,
      name: null,
      extension: null,
      phoneType: null,
      presence: 'offline',
      reason: null,
      since: now,
      wrapUpDeadline: null,
      nextState: null,
    },
    calls: { byId: {}, order: [], activeId: null, history: [] },
    supervisor: {
      agents: {},
      agentIds: [],
      queues: {},
      queueIds: [],
      waiting: [],
      supervising: null,
    },
    devices: {
      inputs: [],
      outputs: [],
      input: null,
      output: null,
      ringer: null,
      permission: 'unknown',
      audioBlocked: false,
      outputSelectable: false,
    },
    quality: {},
    pending: [],
    errors: [],
  };
}
