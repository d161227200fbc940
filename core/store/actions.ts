/**
 * Everything that can change the state. Back ends emit {@link BackendEvent}s, which the facade
 * dispatches unchanged; the facade adds its own bookkeeping actions.
 */
import type { KitErrorInfo } from '../model/errors.js';
import type {
  AgentState,
  BackendInfo,
  Call,
  CallQuality,
  ConnectionState,
  DevicesState,
  EndCause,
  NextState,
  NotReadyReason,
  PhoneType,
  Presence,
  QueueStats,
  RosterAgent,
  SupervisorState,
  Timestamp,
  WaitingCall,
} from './state.js';

/** Call fields a back end may change after creation. */
export type CallPatch = Partial<Omit<Call, 'id' | 'direction' | 'startedAt'>>;

/** Events a back end reports. Each becomes a store action as it is. */
export type BackendEvent =
  | { type: 'connection/changed'; patch: Partial<ConnectionState> }
  | { type: 'backend/info'; patch: Partial<Omit<BackendInfo, 'name' | 'capabilities'>> }
  | {
      type: 'agent/logged-in';
      id: string;
      name: string | null;
      extension: string | null;
      phoneType: PhoneType | null;
      at: Timestamp;
    }
  | {
      type: 'agent/presence';
      presence: Presence;
      reason: NotReadyReason | null;
      at: Timestamp;
      /** Required when presence is wrap-up. */
      wrapUpDeadline?: Timestamp | null;
    }
  | { type: 'agent/wrap-up-extended'; wrapUpDeadline: Timestamp }
  | { type: 'agent/next-state'; next: NextState | null }
  | { type: 'agent/logged-out'; at: Timestamp }
  /**
   * After a reconnect or a page reload: the back end's view replaces local agent and call
   * state (Sobot EventAgentRegainStatus, Udesk GetState).
   */
  | {
      type: 'agent/restored';
      agent: AgentState;
      calls: readonly Call[];
      activeId: string | null;
      /** When the back end's view was read: calls missing from it ended then (cause network). */
      at: Timestamp;
    }
  | { type: 'call/created'; call: Call }
  | { type: 'call/updated'; callId: string; patch: CallPatch }
  | { type: 'call/ended'; callId: string; cause: EndCause; at: Timestamp }
  | { type: 'call/activated'; callId: string }
  | {
      type: 'supervisor/roster';
      agents: readonly RosterAgent[];
      queues: readonly QueueStats[];
    }
  /** Batched: many agents change together, so 50,000 agents cost one state copy per batch. */
  | {
      type: 'supervisor/agents-changed';
      changes: readonly (Partial<RosterAgent> & { id: string })[];
    }
  | { type: 'supervisor/agents-removed'; ids: readonly string[] }
  | { type: 'supervisor/queues-changed'; queues: readonly QueueStats[] }
  | { type: 'supervisor/waiting'; waiting: readonly WaitingCall[] }
  | { type: 'supervisor/supervising'; supervising: SupervisorState['supervising'] }
  | { type: 'devices/changed'; patch: Partial<DevicesState> }
  | { type: 'quality/sampled'; quality: CallQuality }
  | { type: 'error/raised'; error: KitErrorInfo };

export type BackendEventType = BackendEvent['type'];

/** Bookkeeping the facade adds around commands. */
export type FacadeAction =
  /** The back end finished loading: its name, capabilities and lists replace the placeholder. */
  | { type: 'backend/attached'; info: BackendInfo }
  | { type: 'command/started'; command: string }
  | { type: 'command/settled'; command: string }
  | { type: 'error/dismissed'; id: string }
  | { type: 'errors/cleared' };

export type Action = BackendEvent | FacadeAction;
