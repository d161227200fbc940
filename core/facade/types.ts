/** The public shape of the facade: configuration, command groups and the call center. */
import type { Observable } from 'rxjs';
import type { Backend, CredentialsProvider, LoginRequest } from '../backends/backend.js';
import type { CallCenterEvent } from '../events.js';
import type {
  AllowedActions,
  CommandName,
  CommandSubject,
  Refusal,
} from '../model/allowed-actions.js';
import type * as selectors from '../store/selectors.js';
import type { Selector } from '../store/store.js';
import type {
  AudioDevice,
  CallCenterState,
  NextState,
  NotReadyReason,
  TransferTarget,
} from '../store/state.js';

export interface CallCenterConfig {
  /**
   * A registered back-end name ("demo", the default, or "sip"), or a back end instance
   * (or a promise of one) made by the host.
   */
  readonly backend?: string | Backend | Promise<Backend>;
  /** Options for a named back end (server, aor, agent count, ...). Never put secrets here. */
  readonly options?: Readonly<Record<string, unknown>>;
  /** Supplies a password or token when the back end needs one. Never stored. */
  readonly credentials?: CredentialsProvider;
  /** A command the back end has not settled after this long fails with `timeout`. Default 20 s. */
  readonly commandTimeout?: number;
}

export interface DialOptions {
  /** Id of one of the back end's caller-ID options. */
  readonly callerId?: string;
}

export interface AgentCommands {
  login(request: LoginRequest): Promise<void>;
  logout(): Promise<void>;
  setReady(): Promise<void>;
  /** `reason` is one of the back end's reasons, or its code. */
  setNotReady(reason: NotReadyReason | string): Promise<void>;
  /** Adds whole seconds (the back end's range, 30-900 by default) to the wrap-up. */
  extendWrapUp(seconds: number): Promise<void>;
  /** Ends wrap-up now, going ready (the default) or not ready with a reason. */
  endWrapUp(next?: 'ready' | NextState): Promise<void>;
  /** Remembers a presence for when the current call and wrap-up end; null clears it. */
  requestNextState(next: NextState | 'ready' | null): Promise<void>;
}

export interface CallCommands {
  /** Resolves with the new call's id once it is dialing. */
  dial(number: string, options?: DialOptions): Promise<string>;
  answer(callId?: string): Promise<void>;
  reject(callId?: string): Promise<void>;
  hangup(callId?: string): Promise<void>;
  hold(callId?: string): Promise<void>;
  resume(callId?: string): Promise<void>;
  mute(callId?: string): Promise<void>;
  unmute(callId?: string): Promise<void>;
  sendDtmf(digits: string, callId?: string): Promise<void>;
  /** Blind transfer to an agent, number, extension, queue or IVR node ("queue:sales" as text). */
  transfer(target: TransferTarget | string, callId?: string): Promise<void>;
  /** Holds the customer and calls the target; resolves with the consult call's id. */
  consult(target: TransferTarget | string, callId?: string): Promise<string>;
  cancelConsult(consultId?: string): Promise<void>;
  retrieve(consultId?: string): Promise<void>;
  completeTransfer(consultId?: string): Promise<void>;
  conference(consultId?: string): Promise<void>;
  switchTo(callId: string): Promise<void>;
}

export interface SupervisorCommands {
  listen(agentId: string): Promise<void>;
  whisper(agentId: string): Promise<void>;
  barge(agentId: string): Promise<void>;
  takeOver(agentId: string): Promise<void>;
  pickUp(waitingCallId: string): Promise<void>;
  /** Stops listening, whispering or barging. */
  stop(): Promise<void>;
  forceHangup(agentId: string): Promise<void>;
  forceReady(agentId: string): Promise<void>;
  forceNotReady(agentId: string, reason?: NotReadyReason | string): Promise<void>;
  forceLogout(agentId: string): Promise<void>;
}

export interface DeviceCommands {
  /** Re-reads the devices and returns them. */
  list(): Promise<{ inputs: readonly AudioDevice[]; outputs: readonly AudioDevice[] }>;
  selectInput(deviceId: string | null): Promise<void>;
  selectOutput(deviceId: string | null): Promise<void>;
  selectRinger(deviceId: string | null): Promise<void>;
  /** Call from a click: lets blocked audio play (autoplay policy). */
  enableAudio(): Promise<void>;
}

/** The facade's four command groups. */
export interface CommandGroups {
  readonly agent: AgentCommands;
  readonly calls: CallCommands;
  readonly supervisor: SupervisorCommands;
  readonly devices: DeviceCommands;
}

export interface CallCenter {
  readonly state$: Observable<CallCenterState>;
  readonly snapshot: CallCenterState;
  /** Calls ringing, answered and ended; agent state changes; errors. */
  readonly events$: Observable<CallCenterEvent>;
  /** Settles when the back end has loaded and started (rejects if it could not). */
  readonly ready: Promise<void>;
  select<T>(selector: Selector<T>, compare?: (a: T, b: T) => boolean): Observable<T>;
  /** The kit's selectors, so a UI can select without importing core at run time. */
  readonly selectors: typeof selectors;
  readonly agent: AgentCommands;
  readonly calls: CallCommands;
  readonly supervisor: SupervisorCommands;
  readonly devices: DeviceCommands;
  /** What may run now (the same flags the buttons use). */
  allowed(): AllowedActions;
  /** Why `command` cannot run now on `subject`, or null when it can. */
  refusal(command: CommandName, subject?: CommandSubject): Refusal | null;
  dismissError(id: string): void;
  /** Releases the back end (calls, registration, media); the streams complete. */
  destroy(): Promise<void>;
  readonly destroyed: boolean;
}
