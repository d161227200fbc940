/**
 * Builders for the kit's plain-data state, for unit tests, component tests and stories.
 *
 * Every builder takes a partial and fills the rest with plausible values, so a test names only
 * what it is about:
 *
 * ```ts
 * const state = stateWith({ calls: [makeCall({ id: 'c1', state: 'held' })] });
 * expect(allowedActions(state).calls.resume).to.equal(true);
 * ```
 */
import { NO_CAPABILITIES, type Capabilities } from '../../core/backends/capabilities.js';
import type { KitErrorInfo } from '../../core/model/errors.js';
import { createInitialState, emptyBackendInfo } from '../../core/store/initial-state.js';
import type {
  AgentState,
  BackendInfo,
  Call,
  CallCenterState,
  CallerIdOption,
  CallQuality,
  CallRecord,
  ConnectionState,
  DevicesState,
  IvrNode,
  NotReadyReason,
  QueueStats,
  RosterAgent,
  SupervisorState,
  WaitingCall,
} from '../../core/store/state.js';

/** A back end that can do everything the kit knows about. */
export const FULL_CAPABILITIES: Capabilities = {
  ...NO_CAPABILITIES,
  agentState: true,
  wrapUp: { extendable: true, min: 30, max: 900 },
  nextState: true,
  phoneTypes: ['webrtc', 'sip', 'pstn'],
  outbound: true,
  sipUris: true,
  callerIdChoice: true,
  reject: true,
  hold: true,
  mute: true,
  dtmf: { maxDigits: 24, letters: true },
  transferTargets: ['agent', 'number', 'extension', 'queue', 'ivr'],
  consult: true,
  consultTargets: ['agent', 'number', 'extension', 'queue', 'ivr'],
  conference: true,
  multipleCalls: true,
  supervisor: [
    'listen',
    'whisper',
    'barge',
    'takeOver',
    'pickUp',
    'forceHangup',
    'forceReady',
    'forceNotReady',
    'forceLogout',
  ],
  localMedia: true,
};

/** Full capabilities with some replaced: `capabilitiesWith({ hold: false })`. */
export function capabilitiesWith(patch: Partial<Capabilities> = {}): Capabilities {
  return { ...FULL_CAPABILITIES, ...patch };
}

/** Not-ready reasons as Sobot numbers them (2 busy, 11-18 break sub-reasons). */
export const FAKE_REASONS: readonly NotReadyReason[] = [
  { code: '2', label: 'Busy' },
  { code: '11', label: 'Break' },
  { code: '12', label: 'Lunch' },
  { code: '13', label: 'Training' },
];

export const FAKE_CALLER_IDS: readonly CallerIdOption[] = [
  { id: 'hotline', kind: 'number', label: 'Hotline 400-800-1234', number: '4008001234' },
  { id: 'local-pool', kind: 'pool', label: 'Local numbers pool' },
];

export const FAKE_IVR_NODES: readonly IvrNode[] = [
  { id: 'survey', name: 'Satisfaction survey' },
  { id: 'billing-menu', name: 'Billing menu' },
];

/** The agent `stateWith` logs in by default. */
export const FAKE_AGENT = { id: '1001', name: 'Alice Chen', extension: '8001' } as const;

/** A fixed "now" for tests that compare timestamps: 2026-01-15 09:30:00 UTC. */
export const T0 = Date.UTC(2026, 0, 15, 9, 30, 0);

let callSerial = 0;

/**
 * A call with plausible defaults: an inbound call from a customer, talking, answered 5 s after
 * it started a minute before `T0`. `answeredAt` defaults to null for calls that were never
 * answered (ringing, dialing), so the state is consistent unless you say otherwise.
 */
export function makeCall(partial: Partial<Call> = {}): Call {
  const state = partial.state ?? 'talking';
  const startedAt = partial.startedAt ?? T0 - 60_000;
  const answered = state === 'talking' || state === 'held' || state === 'ended';
  return {
    id: `call-${++callSerial}`,
    direction: 'inbound',
    remote: { number: '13800138000', displayName: 'Wang Fang', location: 'Shanghai' },
    queue: null,
    callerId: null,
    answeredAt: answered ? startedAt + 5_000 : null,
    endedAt: state === 'ended' ? T0 : null,
    endCause: state === 'ended' ? 'hangup-remote' : null,
    muted: false,
    remoteHeld: false,
    consultOf: null,
    conference: false,
    transfer: null,
    earlyMedia: false,
    ...partial,
    state,
    startedAt,
  };
}

/** An ended-call record for the history. */
export function makeRecord(partial: Partial<CallRecord> = {}): CallRecord {
  return {
    id: `call-${++callSerial}`,
    direction: 'inbound',
    remote: { number: '13800138000' },
    queue: null,
    startedAt: T0 - 120_000,
    answeredAt: T0 - 115_000,
    endedAt: T0 - 60_000,
    endCause: 'hangup-remote',
    ...partial,
  };
}

/** An agent in the supervisor's roster: ready and idle unless told otherwise. */
export function makeRosterAgent(partial: Partial<RosterAgent> & { id: string }): RosterAgent {
  return {
    name: `Agent ${partial.id}`,
    extension: `8${partial.id.padStart(3, '0').slice(-3)}`,
    presence: 'ready',
    reason: null,
    since: T0 - 300_000,
    work: 'idle',
    callId: null,
    remote: null,
    queueIds: ['support'],
    ...partial,
  };
}

/** An agent of the roster in a call with a customer (a target for listen, barge, take over). */
export function makeBusyRosterAgent(partial: Partial<RosterAgent> & { id: string }): RosterAgent {
  return makeRosterAgent({
    work: 'talking',
    callId: `remote-call-${partial.id}`,
    remote: { number: '13900139000', displayName: 'Li Lei' },
    ...partial,
  });
}

export function makeQueue(partial: Partial<QueueStats> & { id: string }): QueueStats {
  return {
    name: partial.id.charAt(0).toUpperCase() + partial.id.slice(1),
    waiting: 0,
    oldestWaitingSince: null,
    members: 5,
    ready: 2,
    answeredToday: 40,
    abandonedToday: 3,
    ...partial,
  };
}

export function makeWaitingCall(partial: Partial<WaitingCall> & { id: string }): WaitingCall {
  return {
    queueId: 'support',
    remote: { number: '13700137000', displayName: 'Zhao Min' },
    since: T0 - 45_000,
    ringingAgentId: null,
    ...partial,
  };
}

/** A quality sample for `callId`: a good line unless told otherwise. */
export function makeQuality(partial: Partial<CallQuality> & { callId: string }): CallQuality {
  return {
    rtt: 40,
    jitter: 3,
    loss: 0,
    audioLevel: 0.3,
    packetsReceived: 500,
    packetsSent: 500,
    mos: 4.3,
    grade: 'e',
    warnings: [],
    sampledAt: T0,
    ...partial,
  };
}

export function makeError(partial: Partial<KitErrorInfo> = {}): KitErrorInfo {
  return {
    id: `err-test-${++callSerial}`,
    code: 'server-error',
    message: 'The back end failed to carry out the request.',
    at: T0,
    ...partial,
  };
}

/** The agent `stateWith` starts from: logged in as {@link FAKE_AGENT}, ready since a minute. */
export function loggedInAgent(partial: Partial<AgentState> = {}): AgentState {
  return {
    ...FAKE_AGENT,
    phoneType: 'webrtc',
    presence: 'ready',
    reason: null,
    since: T0 - 60_000,
    wrapUpDeadline: null,
    nextState: null,
    ...partial,
  };
}

/** The agent before login. */
export function offlineAgent(partial: Partial<AgentState> = {}): AgentState {
  return {
    id: null,
    name: null,
    extension: null,
    phoneType: null,
    presence: 'offline',
    reason: null,
    since: T0 - 60_000,
    wrapUpDeadline: null,
    nextState: null,
    ...partial,
  };
}

export interface StateOptions {
  /**
   * Merged over a logged-in, ready agent ({@link loggedInAgent}). Pass `'offline'` for the agent
   * before login.
   */
  readonly agent?: Partial<AgentState> | 'offline';
  /** Calls in creation order. */
  readonly calls?: readonly Call[];
  /**
   * The call the controls act on. Defaults to the newest talking or dialing call, else the
   * newest held one, else the newest call: what the reducer would have chosen.
   */
  readonly activeId?: string | null;
  readonly history?: readonly CallRecord[];
  /** Merged over {@link FULL_CAPABILITIES}. */
  readonly capabilities?: Partial<Capabilities>;
  /** Merged over a back end called "fake" with the fake reasons, caller ids and IVR nodes. */
  readonly backend?: Partial<BackendInfo>;
  readonly connection?: Partial<ConnectionState>;
  readonly roster?: readonly RosterAgent[];
  readonly queues?: readonly QueueStats[];
  readonly waiting?: readonly WaitingCall[];
  readonly supervising?: SupervisorState['supervising'];
  readonly devices?: Partial<DevicesState>;
  readonly quality?: readonly CallQuality[];
  readonly pending?: readonly string[];
  readonly errors?: readonly KitErrorInfo[];
}

/** The back-end info `stateWith` and the fake back end use. */
export function fakeBackendInfo(
  capabilities: Partial<Capabilities> = {},
  patch: Partial<BackendInfo> = {},
): BackendInfo {
  const caps = capabilitiesWith(capabilities);
  return {
    ...emptyBackendInfo('fake', caps),
    reasons: caps.agentState ? FAKE_REASONS : [],
    callerIds: caps.callerIdChoice ? FAKE_CALLER_IDS : [],
    ivrNodes: caps.transferTargets.includes('ivr') ? FAKE_IVR_NODES : [],
    ...patch,
  };
}

/** A whole, consistent state from a few facts: `stateWith({ calls: [makeCall()] })`. */
export function stateWith(options: StateOptions = {}): CallCenterState {
  const backend = fakeBackendInfo(options.capabilities, options.backend);
  const initial = createInitialState(backend, T0);
  const agent =
    options.agent === 'offline'
      ? offlineAgent()
      : options.agent?.presence === 'offline'
        ? offlineAgent(options.agent)
        : loggedInAgent(options.agent);
  const calls = options.calls ?? [];
  const byId: Record<string, Call> = {};
  for (const call of calls) byId[call.id] = call;
  const activeId =
    options.activeId !== undefined ? options.activeId : (defaultActive(calls)?.id ?? null);
  const roster = options.roster ?? [];
  const queues = options.queues ?? [];
  return {
    ...initial,
    connection: {
      ...initial.connection,
      transport: 'connected',
      registration: 'registered',
      ...options.connection,
    },
    agent,
    calls: {
      byId,
      order: calls.map((c) => c.id),
      activeId,
      history: options.history ?? [],
    },
    supervisor: {
      agents: Object.fromEntries(roster.map((a) => [a.id, a])),
      agentIds: roster.map((a) => a.id),
      queues: Object.fromEntries(queues.map((q) => [q.id, q])),
      queueIds: queues.map((q) => q.id),
      waiting: options.waiting ?? [],
      supervising: options.supervising ?? null,
    },
    devices: { ...initial.devices, ...options.devices },
    quality: Object.fromEntries((options.quality ?? []).map((q) => [q.callId, q])),
    pending: options.pending ?? [],
    errors: options.errors ?? [],
  };
}

function defaultActive(calls: readonly Call[]): Call | undefined {
  const newest = [...calls].reverse();
  return (
    newest.find((c) => c.state === 'talking' || c.state === 'dialing') ??
    newest.find((c) => c.state === 'held') ??
    newest[0]
  );
}
