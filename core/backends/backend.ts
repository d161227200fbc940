/**
 * The one interface every back end implements: plain SIP, XSwitch REST, vendor SDK bridges and
 * the in-browser demo contact center.
 *
 * Contract:
 * - A method's promise resolves when the back end has confirmed the request, and it emits the
 *   events that describe the new state *before* resolving. It rejects with a CallCenterError
 *   (vendor code and text kept in `vendor`) when the back end refuses or cannot be reached.
 * - Methods are only called for capabilities the back end declares, and only when the
 *   allowed-actions function allows them; back ends need not re-check.
 * - Secrets come in through {@link CredentialsProvider} and are never emitted.
 */
import type { Observable } from 'rxjs';
import type { BackendEvent } from '../store/actions.js';
import type {
  BackendInfo,
  NextState,
  NotReadyReason,
  PhoneType,
  TransferTarget,
} from '../store/state.js';

/** Supplies a password or token when the back end needs one; called again after a failure. */
export type CredentialsProvider = () => Promise<string> | string;

export interface LoginRequest {
  readonly agentId: string;
  readonly extension?: string;
  readonly phoneType?: PhoneType;
  /** The presence to take right after login; back ends default to not ready. */
  readonly initialPresence?: 'ready' | 'not-ready';
  readonly reason?: NotReadyReason;
  /** Overrides the provider given to the back end at creation, for a password typed at login. */
  readonly credentials?: CredentialsProvider;
}

export interface DialRequest {
  /** Already validated and normalized by the facade. */
  readonly number: string;
  /** Id of a {@link CallerIdOption}; absent means the back end's default. */
  readonly callerId?: string;
}

/** Supervisor actions on another agent. Present when capabilities list any. */
export interface SupervisorBackend {
  listen(agentId: string): Promise<void>;
  whisper(agentId: string): Promise<void>;
  barge(agentId: string): Promise<void>;
  /** The supervisor replaces the agent on the call (接管, intercept, substitute). */
  takeOver(agentId: string): Promise<void>;
  /** Answer a call that waits in a queue or rings at another agent. */
  pickUp(waitingCallId: string): Promise<void>;
  /** End listening, whispering or barging. */
  stop(): Promise<void>;
  forceHangup(agentId: string): Promise<void>;
  forceReady(agentId: string): Promise<void>;
  forceNotReady(agentId: string, reason?: NotReadyReason): Promise<void>;
  forceLogout(agentId: string): Promise<void>;
}

/** Local audio devices. Present when the kit handles media in the page. */
export interface DeviceBackend {
  /** Re-reads the device list (labels need microphone permission). */
  refresh(): Promise<void>;
  selectInput(deviceId: string | null): Promise<void>;
  selectOutput(deviceId: string | null): Promise<void>;
  selectRinger(deviceId: string | null): Promise<void>;
  /** Resumes audio blocked by the autoplay policy; call from a user gesture. */
  enableAudio(): Promise<void>;
}

export interface Backend {
  /** Name, capabilities and the lists the back end offers, as known at creation. */
  readonly info: BackendInfo;
  /** Hot stream of state events; completes on destroy. */
  readonly events$: Observable<BackendEvent>;
  readonly supervisor?: SupervisorBackend;
  readonly devices?: DeviceBackend;

  /** Connect and read the initial state; does not log in. */
  start(): Promise<void>;

  login(request: LoginRequest): Promise<void>;
  logout(): Promise<void>;
  setReady(): Promise<void>;
  setNotReady(reason: NotReadyReason): Promise<void>;
  extendWrapUp(seconds: number): Promise<void>;
  endWrapUp(next: NextState): Promise<void>;
  /** Remember a presence to take when the current call and its wrap-up end; null clears it. */
  requestNextState(next: NextState | null): Promise<void>;

  /** Resolves with the new call's id once the call exists (dialing), not when answered. */
  dial(request: DialRequest): Promise<string>;
  answer(callId: string): Promise<void>;
  reject(callId: string): Promise<void>;
  hangup(callId: string): Promise<void>;
  hold(callId: string): Promise<void>;
  resume(callId: string): Promise<void>;
  mute(callId: string): Promise<void>;
  unmute(callId: string): Promise<void>;
  /** Digits already validated against the capabilities. */
  sendDtmf(callId: string, digits: string): Promise<void>;
  /** Blind transfer; the agent's own leg ends when the transfer succeeds. */
  transfer(callId: string, target: TransferTarget): Promise<void>;
  /** Puts the call on hold and calls the target; resolves with the consult call's id. */
  consult(callId: string, target: TransferTarget): Promise<string>;
  /** Ends an unanswered consult; the customer stays on hold. */
  cancelConsult(consultId: string): Promise<void>;
  /** Ends the consult and returns to the customer. */
  retrieve(consultId: string): Promise<void>;
  /** Connects the customer to the consulted party; the agent leaves both calls. */
  completeTransfer(consultId: string): Promise<void>;
  /** Joins customer, agent and consulted party in a three-way call. */
  conference(consultId: string): Promise<void>;
  /** Makes a held call active, holding the current one. */
  switchTo(callId: string): Promise<void>;

  /** Release everything: calls, registration, media, timers. */
  destroy(): Promise<void>;
}

/** Creates a back end from the options given to `createCallCenter`. May load code lazily. */
export type BackendFactory<Options = Record<string, unknown>> = (
  options: Options & { credentials?: CredentialsProvider },
) => Backend | Promise<Backend>;
