/**
 * The one immutable state of a call center, as the kit sees it.
 *
 * Vocabulary follows `design.md`: every back end maps its own words (示闲, idle, Available,
 * Delivered, Originated, ...) onto these types. Everything here is plain data: no functions,
 * no class instances, no secrets, so the state can be logged, serialized and compared.
 */
import type { Capabilities } from '../backends/capabilities.js';
import type { KitErrorInfo } from '../model/errors.js';

/** Epoch milliseconds. */
export type Timestamp = number;

// ---------------------------------------------------------------------------------------------
// Agent

/** The agent's presence dimension (Sobot agentState, Udesk AgentState, XSwitch agent_state). */
export type Presence = 'offline' | 'ready' | 'not-ready' | 'wrap-up';

/** Why an agent is not ready: DND, break and its sub-reasons, a vendor's custom states. */
export interface NotReadyReason {
  /** Stable code the back end understands (Sobot `reasonCode` such as "2" or "11"). */
  readonly code: string;
  /** Human label; untrusted text from the back end, render as text only. */
  readonly label: string;
}

/** How the agent's audio reaches them: the kit's own WebRTC media, a desk phone, a mobile. */
export type PhoneType = 'webrtc' | 'sip' | 'pstn';

/** The work dimension, derived from the calls. */
export type WorkState =
  'idle' | 'ringing' | 'dialing' | 'talking' | 'held' | 'consulting' | 'conferencing';

/** A presence requested while busy; applied when the agent's last call (and wrap-up) ends. */
export type NextState =
  | { readonly presence: 'ready' }
  | { readonly presence: 'not-ready'; readonly reason: NotReadyReason }
  | { readonly presence: 'offline' };

export interface AgentState {
  /** Agent id as the back end knows it (Sobot agent, Udesk AgentId, XSwitch user). */
  readonly id: string | null;
  readonly name: string | null;
  /** Extension or device the agent is logged in with. */
  readonly extension: string | null;
  readonly phoneType: PhoneType | null;
  readonly presence: Presence;
  /** Set while not ready. */
  readonly reason: NotReadyReason | null;
  /** When the presence last changed: drives the state timer. */
  readonly since: Timestamp;
  /** While in wrap-up: when it ends by itself, unless extended or ended early. */
  readonly wrapUpDeadline: Timestamp | null;
  /** Presence to apply when the current work ends. */
  readonly nextState: NextState | null;
}

// ---------------------------------------------------------------------------------------------
// Calls

export type CallDirection = 'inbound' | 'outbound' | 'internal';

/**
 * Call state: dialing (Originated, outbound ringing), ringing (Delivered, inbound),
 * talking (Established), held, ended (ConnectionCleared, with a cause).
 */
export type CallState = 'dialing' | 'ringing' | 'talking' | 'held' | 'ended';

/** Why a call ended. Mapped from SIP status codes and vendors' release causes. */
export type EndCause =
  | 'hangup-local'
  | 'hangup-remote'
  | 'busy'
  | 'no-answer'
  | 'rejected'
  | 'cancelled'
  | 'not-found'
  | 'network'
  | 'transferred'
  | 'forced'
  | 'taken-over'
  | 'failed';

/** The other side of a call. All strings are untrusted: render as text only. */
export interface Party {
  readonly number: string;
  readonly displayName?: string;
  /** Where the number is from ("Shanghai", "Berlin"), when the back end knows. */
  readonly location?: string;
}

export interface QueueRef {
  readonly id: string;
  readonly name: string;
}

/** Progress of a transfer the agent started on this call (REFER + NOTIFY, vendor events). */
export interface TransferProgress {
  readonly target: TransferTarget;
  readonly state: 'trying' | 'accepted' | 'failed';
}

export interface Call {
  readonly id: string;
  readonly direction: CallDirection;
  readonly state: CallState;
  readonly remote: Party;
  /** Queue (skill group) the call came through. */
  readonly queue: QueueRef | null;
  /** The caller-ID number shown to the customer on an outbound call. */
  readonly callerId: string | null;
  readonly startedAt: Timestamp;
  readonly answeredAt: Timestamp | null;
  readonly endedAt: Timestamp | null;
  readonly endCause: EndCause | null;
  readonly muted: boolean;
  /** The far end put us on hold. */
  readonly remoteHeld: boolean;
  /** Set on a consult call: the id of the call whose customer waits on hold for it. */
  readonly consultOf: string | null;
  /** True while this call is part of a three-way conference. */
  readonly conference: boolean;
  readonly transfer: TransferProgress | null;
  /** Early media (ringback from the far end) is playing; otherwise the kit plays a local tone. */
  readonly earlyMedia: boolean;
  /** Keypad digits the far end sent (SIP INFO), when the back end reports them. */
  readonly dtmfReceived?: string;
}

/** An ended call, kept briefly for history and `cc-call-ended`. */
export interface CallRecord {
  readonly id: string;
  readonly direction: CallDirection;
  readonly remote: Party;
  readonly queue: QueueRef | null;
  readonly startedAt: Timestamp;
  readonly answeredAt: Timestamp | null;
  readonly endedAt: Timestamp;
  readonly endCause: EndCause;
}

export interface CallsState {
  readonly byId: Readonly<Record<string, Call>>;
  /** Creation order; the hold list is this order filtered to held calls. */
  readonly order: readonly string[];
  /** The call the agent's controls act on. */
  readonly activeId: string | null;
  /** Most recent first, at most {@link CALL_HISTORY_LIMIT}. */
  readonly history: readonly CallRecord[];
}

export const CALL_HISTORY_LIMIT = 50;

// ---------------------------------------------------------------------------------------------
// Transfer targets

export type TransferTarget =
  | { readonly kind: 'agent'; readonly agentId: string }
  | { readonly kind: 'number'; readonly number: string }
  | { readonly kind: 'extension'; readonly extension: string }
  | { readonly kind: 'queue'; readonly queueId: string }
  | { readonly kind: 'ivr'; readonly nodeId: string };

export type TransferTargetKind = TransferTarget['kind'];

// ---------------------------------------------------------------------------------------------
// Supervisor

export type SupervisionMode = 'listen' | 'whisper' | 'barge';

/** One agent as the supervisor sees them. */
export interface RosterAgent {
  readonly id: string;
  readonly name: string;
  readonly extension: string;
  readonly presence: Presence;
  readonly reason: NotReadyReason | null;
  readonly since: Timestamp;
  readonly work: WorkState;
  /** The agent's current call, if any: the target of listen, barge, take over, force hang up. */
  readonly callId: string | null;
  readonly remote: Party | null;
  readonly queueIds: readonly string[];
}

export interface QueueStats {
  readonly id: string;
  readonly name: string;
  /** Calls waiting for an agent. */
  readonly waiting: number;
  /** When the longest-waiting call entered the queue. */
  readonly oldestWaitingSince: Timestamp | null;
  /** Member agents (XSwitch members_count). */
  readonly members: number;
  readonly ready: number;
  readonly answeredToday: number;
  readonly abandonedToday: number;
}

/** A call waiting in a queue that a supervisor may pick up. */
export interface WaitingCall {
  readonly id: string;
  readonly queueId: string;
  readonly remote: Party;
  readonly since: Timestamp;
  /** Agent whose phone is ringing with it, if any (ForcePickupAsync targets it). */
  readonly ringingAgentId: string | null;
}

export interface SupervisorState {
  readonly agents: Readonly<Record<string, RosterAgent>>;
  readonly agentIds: readonly string[];
  readonly queues: Readonly<Record<string, QueueStats>>;
  readonly queueIds: readonly string[];
  readonly waiting: readonly WaitingCall[];
  /** What the supervisor is doing on another agent's call. */
  readonly supervising: {
    readonly agentId: string;
    readonly callId: string;
    readonly mode: SupervisionMode;
  } | null;
}

// ---------------------------------------------------------------------------------------------
// Devices and media

export interface AudioDevice {
  readonly id: string;
  readonly label: string;
  readonly kind: 'audioinput' | 'audiooutput';
}

export type MicrophonePermission = 'unknown' | 'prompt' | 'granted' | 'denied' | 'unavailable';

export interface DevicesState {
  readonly inputs: readonly AudioDevice[];
  readonly outputs: readonly AudioDevice[];
  /** Chosen ids; null follows the system default. */
  readonly input: string | null;
  readonly output: string | null;
  readonly ringer: string | null;
  readonly permission: MicrophonePermission;
  /** Autoplay policy blocked sound until a user gesture: the UI offers "click to enable sound". */
  readonly audioBlocked: boolean;
  /** The browser cannot route audio to a chosen output (no setSinkId). */
  readonly outputSelectable: boolean;
}

// ---------------------------------------------------------------------------------------------
// Call quality

/** Sobot's grade: e very good, d good, c fair, b poor, a very poor. */
export type QualityGrade = 'a' | 'b' | 'c' | 'd' | 'e';

export type QualityMetric = 'rtt' | 'jitter' | 'loss' | 'mos';

export interface CallQuality {
  readonly callId: string;
  /** Round-trip time in milliseconds. */
  readonly rtt: number | null;
  /** Jitter in milliseconds. */
  readonly jitter: number | null;
  /** Fraction of packets lost over the last interval, 0..1. */
  readonly loss: number | null;
  /** Inbound audio level 0..1. */
  readonly audioLevel: number | null;
  readonly packetsReceived: number;
  readonly packetsSent: number;
  /** Mean opinion score 1..4.5 from the E-model. */
  readonly mos: number | null;
  readonly grade: QualityGrade | null;
  /** Metrics currently past their warning threshold (raised and cleared with hysteresis). */
  readonly warnings: readonly QualityMetric[];
  readonly sampledAt: Timestamp;
}

// ---------------------------------------------------------------------------------------------
// Connection to the back end

export type TransportState = 'disconnected' | 'connecting' | 'connected' | 'reconnecting';
export type RegistrationState = 'unregistered' | 'registering' | 'registered' | 'failed';

export interface ConnectionState {
  readonly transport: TransportState;
  readonly registration: RegistrationState;
  /** Why the transport or registration is not healthy. */
  readonly reason: KitErrorInfo | null;
  /** Reconnect attempts since the last success. */
  readonly attempt: number;
  readonly nextRetryAt: Timestamp | null;
}

// ---------------------------------------------------------------------------------------------
// What the back end offers

/** A caller-ID choice for outbound calls: a number, a number pool or a scheme. */
export interface CallerIdOption {
  readonly id: string;
  readonly kind: 'number' | 'pool' | 'scheme';
  readonly label: string;
  readonly number?: string;
}

export interface IvrNode {
  readonly id: string;
  readonly name: string;
}

export interface BackendInfo {
  /** Registry name of the back end: "demo", "sip", "xswitch", ... */
  readonly name: string;
  readonly capabilities: Capabilities;
  readonly reasons: readonly NotReadyReason[];
  readonly phoneTypes: readonly PhoneType[];
  readonly callerIds: readonly CallerIdOption[];
  readonly ivrNodes: readonly IvrNode[];
  /** Wrap-up length when a call ends, in seconds; 0 means no wrap-up. */
  readonly wrapUpSeconds: number;
}

// ---------------------------------------------------------------------------------------------
// The whole state

export interface CallCenterState {
  readonly backend: BackendInfo;
  readonly connection: ConnectionState;
  readonly agent: AgentState;
  readonly calls: CallsState;
  readonly supervisor: SupervisorState;
  readonly devices: DevicesState;
  readonly quality: Readonly<Record<string, CallQuality>>;
  /** Commands in flight, by command name ("calls.dial"): lets buttons show progress. */
  readonly pending: readonly string[];
  /** Most recent first, at most {@link ERROR_LIMIT}. */
  readonly errors: readonly KitErrorInfo[];
}

export const ERROR_LIMIT = 20;
