/**
 * A scriptable fake of the {@link Backend} interface, for unit tests, component tests and stories.
 *
 * By default it behaves like a plausible contact center that confirms everything at once: each
 * method emits the events that describe the new state, then resolves (the Backend contract).
 * Tests script it further:
 *
 * ```ts
 * const fake = createFakeBackend();
 * const cc = createCallCenter({ backend: fake.backend, commandTimeout: 200 });
 * await cc.ready;
 * fake.setScenario('talking');                 // put it in a state directly
 * fake.fail('hold', new CallCenterError('rejected-by-backend', 'No.'));
 * fake.respond('resume', 'hang');              // never settles (until fake.confirm('resume'))
 * await cc.calls.mute();
 * expect(fake.callsTo('mute')).to.deep.equal([[callId]]);
 * ```
 *
 * The fake keeps its own view of the state (its emitted events run through the kit's reducer),
 * so its default behaviours act on the calls it has told about, and `start()` re-reads that view
 * to a call center created after `setScenario()`.
 */
import { Subject, type Observable } from 'rxjs';
import type {
  Backend,
  DeviceBackend,
  DialRequest,
  LoginRequest,
  SupervisorBackend,
} from '../../core/backends/backend.js';
import type { Capabilities } from '../../core/backends/capabilities.js';
import { newCall } from '../../core/model/calls.js';
import { CallCenterError } from '../../core/model/errors.js';
import type { BackendEvent, CallPatch } from '../../core/store/actions.js';
import { createInitialState } from '../../core/store/initial-state.js';
import { rootReducer } from '../../core/store/reducers/root.reducer.js';
import type {
  AgentState,
  AudioDevice,
  BackendInfo,
  Call,
  CallCenterState,
  CallerIdOption,
  CallQuality,
  EndCause,
  IvrNode,
  NextState,
  NotReadyReason,
  Party,
  PhoneType,
  QueueRef,
  QueueStats,
  RosterAgent,
  TransferTarget,
  WaitingCall,
} from '../../core/store/state.js';
import { FAKE_AGENT, fakeBackendInfo, makeQuality } from './builders.js';

export * from './builders.js';

// ---------------------------------------------------------------------------------------------
// Types

type CoreMethod = Exclude<
  {
    [K in keyof Backend]-?: Backend[K] extends (...args: never[]) => unknown ? K : never;
  }[keyof Backend],
  undefined
>;

/** Every method of the fake: `'dial'`, `'supervisor.listen'`, `'devices.selectInput'`, ... */
export type FakeMethod =
  CoreMethod | `supervisor.${keyof SupervisorBackend}` | `devices.${keyof DeviceBackend}`;

/** One recorded method call. */
export interface FakeCall {
  readonly method: FakeMethod;
  readonly args: readonly unknown[];
}

/**
 * How a method answers:
 * - `'default'`: the plausible behaviour (emit the events, then resolve);
 * - `'resolve'`: resolve at once without emitting anything (a back end that says "OK" and then
 *   reports nothing); `dial` and `consult` resolve with a fresh id;
 * - `'reject'`: reject with a `rejected-by-backend` CallCenterError carrying a vendor code;
 * - `'hang'`: never settle on its own: the call stays in {@link FakeBackend.inFlight} until
 *   {@link FakeBackend.confirm} or {@link FakeBackend.refuse};
 * - a function: called with the method's arguments; its value (or promise) is the answer. It
 *   may call `fake.emit(...)` or `fake.runDefault(method, ...args)`.
 */
export type FakeBehaviour =
  | 'default'
  | 'resolve'
  | 'reject'
  | 'hang'
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each method's own arguments
  | ((...args: any[]) => unknown);

export type FakeScenario =
  | 'offline'
  | 'ready'
  | 'not-ready'
  | 'ringing'
  | 'dialing'
  | 'talking'
  | 'held'
  | 'consulting'
  | 'conference'
  | 'wrap-up';

export interface FakeBackendOptions {
  /** Merged over the full capabilities (everything on). */
  readonly capabilities?: Partial<Capabilities>;
  readonly reasons?: readonly NotReadyReason[];
  readonly callerIds?: readonly CallerIdOption[];
  readonly ivrNodes?: readonly IvrNode[];
  readonly phoneTypes?: readonly PhoneType[];
  /** Seconds of wrap-up after an answered call ends; 0 (the default) goes straight on. */
  readonly wrapUpSeconds?: number;
  /**
   * True (the default): methods carry out their default behaviour at once. False: every method
   * but start and destroy waits in {@link FakeBackend.inFlight} until `confirm()` or `refuse()`,
   * as a slow server would (for "in progress" states).
   */
  readonly autoConfirm?: boolean;
  /** Milliseconds before a default behaviour runs (stories: show spinners). Default 0. */
  readonly latency?: number;
  /** Registry-style name in `info.name`. Default "fake". */
  readonly name?: string;
  /** The agent's display name at login. Default "Alice Chen" for agent 1001, else "Agent <id>". */
  readonly agentName?: string;
  /** Clock for every timestamp the fake emits. Default Date.now. */
  readonly now?: () => number;
}

/** A method call waiting to be settled (autoConfirm: false, or 'hang'). */
export interface FakeInFlight extends FakeCall {
  /** Runs the default behaviour and resolves with its value. */
  confirm(): Promise<void>;
  /** Rejects with `error` (default: a rejected-by-backend error). */
  refuse(error?: CallCenterError): void;
}

export interface FakeBackend {
  /** Hand this to `createCallCenter({ backend })`. */
  readonly backend: Backend;
  /** Every method call so far, oldest first. */
  readonly calls: FakeCall[];
  /** Calls that wait for `confirm()` / `refuse()`. */
  readonly inFlight: readonly FakeInFlight[];
  /** The fake's own view: its emitted events through the kit's reducer. */
  readonly state: CallCenterState;
  /** True after `backend.destroy()`. */
  readonly destroyed: boolean;

  /** Emits a back-end event as the back end would (and updates the fake's own view). */
  emit(event: BackendEvent): void;
  /** Arguments of each call to `method`, oldest first. */
  callsTo(method: FakeMethod): unknown[][];
  /** Sets how `method` answers from now on (`once`: only the next call, then back to before). */
  respond(method: FakeMethod, behaviour: FakeBehaviour, options?: { once?: boolean }): void;
  /** `method` rejects with `error` from now on (`once`: only the next call). */
  fail(method: FakeMethod, error: CallCenterError, options?: { once?: boolean }): void;
  /** Runs the default behaviour of `method` (for custom behaviours that add to it). */
  runDefault(method: FakeMethod, ...args: unknown[]): Promise<unknown>;
  /** Settles the oldest waiting call (of `method`, if given) with its default behaviour. */
  confirm(method?: FakeMethod): Promise<void>;
  /** Rejects the oldest waiting call (of `method`, if given). */
  refuse(method?: FakeMethod, error?: CallCenterError): void;
  /** Forgets recorded calls and scripted behaviours; pending calls stay pending. */
  reset(): void;

  /** Puts the agent and calls in a named state by emitting the events that reach it. */
  setScenario(scenario: FakeScenario): readonly Call[];
  /** A customer calls: an inbound call starts ringing. */
  ring(partial?: Partial<Call>): Call;
  /** The far end answers a dialing call (the newest one by default). */
  remoteAnswer(callId?: string): void;
  /** The far end hangs up (the active call by default). */
  remoteHangup(callId?: string, cause?: EndCause): void;
  /** A quality sample for a call (the active one by default). */
  sampleQuality(partial?: Partial<CallQuality>): CallQuality;
  /** Replaces the supervisor's roster and queues. */
  setRoster(agents: readonly RosterAgent[], queues?: readonly QueueStats[]): void;
  setWaiting(waiting: readonly WaitingCall[]): void;
  /** Raises an error the back end noticed on its own (not as a command's answer). */
  raise(
    code: CallCenterError['code'],
    message: string,
    vendor?: { code?: string; message?: string },
  ): void;
}

/** The microphones and speakers the fake reports. */
export const FAKE_INPUTS: readonly AudioDevice[] = [
  { id: 'mic-default', label: 'Default microphone', kind: 'audioinput' },
  { id: 'mic-headset', label: 'USB headset microphone', kind: 'audioinput' },
];
export const FAKE_OUTPUTS: readonly AudioDevice[] = [
  { id: 'spk-default', label: 'Default speakers', kind: 'audiooutput' },
  { id: 'spk-headset', label: 'USB headset', kind: 'audiooutput' },
];

const SUPPORT_QUEUE: QueueRef = { id: 'support', name: 'Support' };
const CUSTOMER: Party = { number: '13800138000', displayName: 'Wang Fang', location: 'Shanghai' };
const COLLEAGUE: Party = { number: '8002', displayName: 'Bob Li' };

// ---------------------------------------------------------------------------------------------
// The fake

export function createFakeBackend(options: FakeBackendOptions = {}): FakeBackend {
  const now = options.now ?? (() => Date.now());
  const info: BackendInfo = fakeBackendInfo(options.capabilities, {
    name: options.name ?? 'fake',
    ...(options.reasons ? { reasons: options.reasons } : {}),
    ...(options.callerIds ? { callerIds: options.callerIds } : {}),
    ...(options.ivrNodes ? { ivrNodes: options.ivrNodes } : {}),
    ...(options.phoneTypes ? { phoneTypes: options.phoneTypes } : {}),
    wrapUpSeconds: options.wrapUpSeconds ?? 0,
  });
  const caps = info.capabilities;
  const autoConfirm = options.autoConfirm ?? true;
  const latency = options.latency ?? 0;
  const subject = new Subject<BackendEvent>();
  const events$: Observable<BackendEvent> = subject.asObservable();

  let view: CallCenterState = createInitialState(info, now());
  let destroyed = false;
  let serial = 0;
  const recorded: FakeCall[] = [];
  const inFlight: FakeInFlight[] = [];
  const persistent = new Map<FakeMethod, FakeBehaviour>();
  const once = new Map<FakeMethod, FakeBehaviour[]>();

  const nextId = (prefix = 'fake-call') => `${prefix}-${++serial}`;

  function emit(event: BackendEvent): void {
    if (destroyed) return;
    view = rootReducer(view, event);
    subject.next(event);
  }

  // -- Reading the fake's own view -------------------------------------------------------------

  const liveCalls = (): Call[] => view.calls.order.map((id) => view.calls.byId[id]!);
  const call = (id: string): Call => {
    const found = view.calls.byId[id];
    if (!found)
      throw new CallCenterError('unknown-call', `Call ${id} does not exist (fake back end).`);
    return found;
  };
  const rosterAgent = (id: string): RosterAgent => {
    const found = view.supervisor.agents[id];
    if (!found)
      throw new CallCenterError('unknown-agent', `There is no agent "${id}" (fake back end).`);
    return found;
  };

  // -- Building blocks of the default behaviours ----------------------------------------------

  function create(fields: Partial<Call> & Pick<Call, 'direction' | 'state' | 'remote'>): Call {
    const created = newCall({ id: nextId(), startedAt: now(), ...fields });
    emit({ type: 'call/created', call: created });
    return created;
  }

  function patch(callId: string, changes: CallPatch): void {
    emit({ type: 'call/updated', callId, patch: changes });
  }

  function activate(callId: string): void {
    if (view.calls.activeId !== callId) emit({ type: 'call/activated', callId });
  }

  /** Holds the talking calls other than `except`, as answering or dialing does. */
  function holdOthers(except?: string): void {
    for (const c of liveCalls()) {
      if (c.id !== except && c.state === 'talking' && !c.conference) patch(c.id, { state: 'held' });
    }
  }

  function end(callId: string, cause: EndCause): void {
    const ended = view.calls.byId[callId];
    if (!ended) return;
    emit({ type: 'call/ended', callId, cause, at: now() });
    if (view.calls.order.length === 0) afterLastCall(ended);
  }

  /** The agent's last call ended: wrap-up after a conversation, else the next state. */
  function afterLastCall(last: Call): void {
    const { agent } = view;
    if (agent.presence === 'offline') return;
    if (info.wrapUpSeconds > 0 && last.answeredAt !== null) {
      emit({
        type: 'agent/presence',
        presence: 'wrap-up',
        reason: null,
        at: now(),
        wrapUpDeadline: now() + info.wrapUpSeconds * 1000,
      });
      return;
    }
    if (agent.nextState) {
      const next = agent.nextState;
      emit({ type: 'agent/next-state', next: null });
      applyPresence(next);
    }
  }

  function clearNext(): void {
    if (view.agent.nextState !== null) emit({ type: 'agent/next-state', next: null });
  }

  function applyPresence(next: NextState): void {
    if (next.presence === 'offline') {
      emit({ type: 'agent/logged-out', at: now() });
      return;
    }
    emit({
      type: 'agent/presence',
      presence: next.presence,
      reason: next.presence === 'not-ready' ? next.reason : null,
      at: now(),
    });
  }

  function defaultReason(): NotReadyReason {
    return info.reasons[0] ?? { code: 'busy', label: 'Busy' };
  }

  function targetParty(target: TransferTarget): Party {
    switch (target.kind) {
      case 'agent': {
        const agent = view.supervisor.agents[target.agentId];
        return agent
          ? { number: agent.extension, displayName: agent.name }
          : { number: target.agentId };
      }
      case 'number':
        return { number: target.number };
      case 'extension':
        return { number: target.extension };
      case 'queue':
        return {
          number: target.queueId,
          displayName: view.supervisor.queues[target.queueId]?.name ?? target.queueId,
        };
      case 'ivr':
        return {
          number: target.nodeId,
          displayName: info.ivrNodes.find((n) => n.id === target.nodeId)?.name ?? target.nodeId,
        };
    }
  }

  function rosterChange(change: Partial<RosterAgent> & { id: string }): void {
    emit({ type: 'supervisor/agents-changed', changes: [change] });
  }

  function stopSupervising(agentId?: string): void {
    const current = view.supervisor.supervising;
    if (current && (agentId === undefined || current.agentId === agentId)) {
      emit({ type: 'supervisor/supervising', supervising: null });
    }
  }

  // -- Default behaviours, one per method -----------------------------------------------------

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each method's own arguments
  const defaults: Record<FakeMethod, (...args: any[]) => unknown> = {
    start() {
      emit({
        type: 'connection/changed',
        patch: {
          transport: 'connected',
          registration: 'registered',
          reason: null,
          attempt: 0,
          nextRetryAt: null,
        },
      });
      // Re-read: what the fake was told before the call center subscribed (setScenario, ring).
      if (view.agent.presence !== 'offline' || view.calls.order.length > 0) {
        emit({
          type: 'agent/restored',
          agent: view.agent,
          calls: liveCalls(),
          activeId: view.calls.activeId,
          at: now(),
        });
      }
      const sup = view.supervisor;
      if (sup.agentIds.length > 0 || sup.queueIds.length > 0) {
        emit({
          type: 'supervisor/roster',
          agents: sup.agentIds.map((id) => sup.agents[id]!),
          queues: sup.queueIds.map((id) => sup.queues[id]!),
        });
      }
      if (sup.waiting.length > 0) emit({ type: 'supervisor/waiting', waiting: sup.waiting });
      if (caps.localMedia) {
        emit({
          type: 'devices/changed',
          patch: {
            inputs: FAKE_INPUTS,
            outputs: FAKE_OUTPUTS,
            permission: 'granted',
            outputSelectable: true,
          },
        });
      }
    },

    login(request: LoginRequest) {
      const id = request.agentId;
      emit({
        type: 'agent/logged-in',
        id,
        name: options.agentName ?? (id === FAKE_AGENT.id ? FAKE_AGENT.name : `Agent ${id}`),
        extension: request.extension ?? null,
        phoneType: request.phoneType ?? info.phoneTypes[0] ?? null,
        at: now(),
      });
      const presence = request.initialPresence ?? 'not-ready';
      emit({
        type: 'agent/presence',
        presence,
        reason: presence === 'not-ready' ? (request.reason ?? defaultReason()) : null,
        at: now(),
      });
    },
    logout() {
      emit({ type: 'agent/logged-out', at: now() });
    },
    setReady() {
      clearNext();
      emit({ type: 'agent/presence', presence: 'ready', reason: null, at: now() });
    },
    setNotReady(reason: NotReadyReason) {
      clearNext();
      emit({ type: 'agent/presence', presence: 'not-ready', reason, at: now() });
    },
    extendWrapUp(seconds: number) {
      const deadline = (view.agent.wrapUpDeadline ?? now()) + seconds * 1000;
      emit({ type: 'agent/wrap-up-extended', wrapUpDeadline: deadline });
    },
    endWrapUp(next: NextState) {
      clearNext();
      applyPresence(next);
    },
    requestNextState(next: NextState | null) {
      emit({ type: 'agent/next-state', next });
    },

    dial(request: DialRequest) {
      holdOthers();
      const callerId = info.callerIds.find((c) => c.id === request.callerId);
      return create({
        direction: 'outbound',
        state: 'dialing',
        remote: { number: request.number },
        callerId: callerId?.number ?? null,
      }).id;
    },
    answer(callId: string) {
      holdOthers(callId);
      patch(callId, { state: 'talking', answeredAt: now() });
      activate(callId);
    },
    reject(callId: string) {
      end(callId, 'rejected');
    },
    hangup(callId: string) {
      const target = call(callId);
      if (target.conference) {
        for (const c of liveCalls()) if (c.conference) end(c.id, 'hangup-local');
        return;
      }
      end(callId, target.state === 'dialing' ? 'cancelled' : 'hangup-local');
    },
    hold(callId: string) {
      patch(callId, { state: 'held' });
    },
    resume(callId: string) {
      patch(callId, { state: 'talking' });
      activate(callId);
    },
    mute(callId: string) {
      patch(callId, { muted: true });
    },
    unmute(callId: string) {
      patch(callId, { muted: false });
    },
    sendDtmf() {
      // Tones go to the far end; nothing in the state changes.
    },
    transfer(callId: string, target: TransferTarget) {
      patch(callId, { transfer: { target, state: 'trying' } });
      patch(callId, { transfer: { target, state: 'accepted' } });
      end(callId, 'transferred');
    },
    consult(callId: string, target: TransferTarget) {
      if (call(callId).state === 'talking') patch(callId, { state: 'held' });
      return create({
        direction: target.kind === 'number' ? 'outbound' : 'internal',
        state: 'dialing',
        remote: targetParty(target),
        consultOf: callId,
      }).id;
    },
    cancelConsult(consultId: string) {
      end(consultId, 'cancelled');
    },
    retrieve(consultId: string) {
      const parentId = call(consultId).consultOf;
      end(consultId, 'hangup-local');
      if (parentId && view.calls.byId[parentId]) {
        if (view.calls.byId[parentId]!.state === 'held') patch(parentId, { state: 'talking' });
        activate(parentId);
      }
    },
    completeTransfer(consultId: string) {
      const consult = call(consultId);
      const parentId = consult.consultOf!;
      patch(parentId, {
        transfer: { target: { kind: 'number', number: consult.remote.number }, state: 'accepted' },
      });
      end(parentId, 'transferred');
      end(consultId, 'transferred');
    },
    conference(consultId: string) {
      const parentId = call(consultId).consultOf!;
      patch(parentId, { state: 'talking', conference: true });
      patch(consultId, { conference: true, consultOf: null });
      activate(parentId);
    },
    switchTo(callId: string) {
      holdOthers(callId);
      patch(callId, { state: 'talking' });
      activate(callId);
    },
    destroy() {
      for (const c of liveCalls())
        emit({ type: 'call/ended', callId: c.id, cause: 'hangup-local', at: now() });
      destroyed = true;
      subject.complete();
    },

    'supervisor.listen': (agentId: string) => supervise(agentId, 'listen'),
    'supervisor.whisper': (agentId: string) => supervise(agentId, 'whisper'),
    'supervisor.barge': (agentId: string) => supervise(agentId, 'barge'),
    'supervisor.takeOver'(agentId: string) {
      const agent = rosterAgent(agentId);
      stopSupervising(agentId);
      holdOthers();
      create({
        direction: 'inbound',
        state: 'talking',
        remote: agent.remote ?? CUSTOMER,
        answeredAt: now(),
      });
      rosterChange({ id: agentId, work: 'idle', callId: null, remote: null });
    },
    'supervisor.pickUp'(waitingCallId: string) {
      const waiting = view.supervisor.waiting.find((w) => w.id === waitingCallId);
      if (!waiting)
        throw new CallCenterError(
          'unknown-call',
          `Call ${waitingCallId} is no longer waiting (fake back end).`,
        );
      emit({
        type: 'supervisor/waiting',
        waiting: view.supervisor.waiting.filter((w) => w.id !== waitingCallId),
      });
      const queue = view.supervisor.queues[waiting.queueId];
      create({
        direction: 'inbound',
        state: 'talking',
        remote: waiting.remote,
        queue: { id: waiting.queueId, name: queue?.name ?? waiting.queueId },
        answeredAt: now(),
      });
    },
    'supervisor.stop'() {
      stopSupervising();
    },
    'supervisor.forceHangup'(agentId: string) {
      rosterAgent(agentId);
      stopSupervising(agentId);
      rosterChange({ id: agentId, work: 'idle', callId: null, remote: null });
    },
    'supervisor.forceReady'(agentId: string) {
      rosterAgent(agentId);
      rosterChange({ id: agentId, presence: 'ready', reason: null, since: now() });
    },
    'supervisor.forceNotReady'(agentId: string, reason?: NotReadyReason) {
      rosterAgent(agentId);
      rosterChange({
        id: agentId,
        presence: 'not-ready',
        reason: reason ?? defaultReason(),
        since: now(),
      });
    },
    'supervisor.forceLogout'(agentId: string) {
      rosterAgent(agentId);
      stopSupervising(agentId);
      rosterChange({
        id: agentId,
        presence: 'offline',
        reason: null,
        since: now(),
        work: 'idle',
        callId: null,
        remote: null,
      });
    },

    'devices.refresh'() {
      emit({
        type: 'devices/changed',
        patch: {
          inputs: FAKE_INPUTS,
          outputs: FAKE_OUTPUTS,
          permission: 'granted',
          outputSelectable: true,
        },
      });
    },
    'devices.selectInput': (deviceId: string | null) =>
      emit({ type: 'devices/changed', patch: { input: deviceId } }),
    'devices.selectOutput': (deviceId: string | null) =>
      emit({ type: 'devices/changed', patch: { output: deviceId } }),
    'devices.selectRinger': (deviceId: string | null) =>
      emit({ type: 'devices/changed', patch: { ringer: deviceId } }),
    'devices.enableAudio': () => emit({ type: 'devices/changed', patch: { audioBlocked: false } }),
  };

  function supervise(agentId: string, mode: 'listen' | 'whisper' | 'barge'): void {
    const agent = rosterAgent(agentId);
    if (!agent.callId)
      throw new CallCenterError(
        'rejected-by-backend',
        `${agent.name} is not on a call (fake back end).`,
      );
    emit({ type: 'supervisor/supervising', supervising: { agentId, callId: agent.callId, mode } });
  }

  // -- Dispatching a call through the scripted behaviours -------------------------------------

  function runDefault(method: FakeMethod, ...args: unknown[]): Promise<unknown> {
    const execute = () => {
      if (destroyed && method !== 'destroy') {
        throw new CallCenterError('destroyed', 'The fake back end has been destroyed.');
      }
      return defaults[method](...args);
    };
    if (latency > 0) {
      return new Promise((resolve) => setTimeout(resolve, latency)).then(execute);
    }
    try {
      return Promise.resolve(execute());
    } catch (error) {
      return Promise.reject(error);
    }
  }

  function behaviourFor(method: FakeMethod): FakeBehaviour {
    const queued = once.get(method);
    if (queued?.length) return queued.shift()!;
    const scripted = persistent.get(method);
    if (scripted) return scripted;
    if (!autoConfirm && method !== 'start' && method !== 'destroy') return 'hang';
    return 'default';
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- resolves with each method's own result
  function invoke(method: FakeMethod, args: unknown[]): Promise<any> {
    recorded.push({ method, args });
    const behaviour = behaviourFor(method);
    if (typeof behaviour === 'function') {
      try {
        return Promise.resolve(behaviour(...args));
      } catch (error) {
        return Promise.reject(error);
      }
    }
    switch (behaviour) {
      case 'default':
        return runDefault(method, ...args);
      case 'resolve':
        return Promise.resolve(method === 'dial' || method === 'consult' ? nextId() : undefined);
      case 'reject':
        return Promise.reject(rejection(method));
      case 'hang':
        return new Promise((resolve, reject) => {
          const entry: FakeInFlight = {
            method,
            args,
            confirm: () => {
              remove(entry);
              const result = runDefault(method, ...args);
              result.then(resolve, reject);
              return result.then(
                () => undefined,
                () => undefined,
              );
            },
            refuse: (error = rejection(method)) => {
              remove(entry);
              reject(error);
            },
          };
          inFlight.push(entry);
        });
    }
  }

  function remove(entry: FakeInFlight): void {
    const index = inFlight.indexOf(entry);
    if (index >= 0) inFlight.splice(index, 1);
  }

  function rejection(method: FakeMethod): CallCenterError {
    return new CallCenterError('rejected-by-backend', `The fake back end refused ${method}.`, {
      vendor: { code: '40001', message: `refused: ${method}` },
    });
  }

  function waiting(method?: FakeMethod): FakeInFlight {
    const entry = inFlight.find((e) => method === undefined || e.method === method);
    if (!entry) throw new Error(`No ${method ?? 'method'} call is waiting to be settled.`);
    return entry;
  }

  // -- The Backend object ----------------------------------------------------------------------

  const group = <M extends string>(prefix: 'supervisor' | 'devices', names: readonly M[]) =>
    Object.fromEntries(
      names.map((name) => [
        name,
        (...args: unknown[]) => invoke(`${prefix}.${name}` as FakeMethod, args),
      ]),
    );

  const supervisor = caps.supervisor.length
    ? (group('supervisor', [
        'listen',
        'whisper',
        'barge',
        'takeOver',
        'pickUp',
        'stop',
        'forceHangup',
        'forceReady',
        'forceNotReady',
        'forceLogout',
      ] as const) as unknown as SupervisorBackend)
    : undefined;
  const devices = caps.localMedia
    ? (group('devices', [
        'refresh',
        'selectInput',
        'selectOutput',
        'selectRinger',
        'enableAudio',
      ] as const) as unknown as DeviceBackend)
    : undefined;

  const method =
    (name: CoreMethod) =>
    (...args: unknown[]) =>
      invoke(name, args);

  const backend: Backend = {
    info,
    events$,
    ...(supervisor ? { supervisor } : {}),
    ...(devices ? { devices } : {}),
    start: method('start'),
    login: method('login'),
    logout: method('logout'),
    setReady: method('setReady'),
    setNotReady: method('setNotReady'),
    extendWrapUp: method('extendWrapUp'),
    endWrapUp: method('endWrapUp'),
    requestNextState: method('requestNextState'),
    dial: method('dial'),
    answer: method('answer'),
    reject: method('reject'),
    hangup: method('hangup'),
    hold: method('hold'),
    resume: method('resume'),
    mute: method('mute'),
    unmute: method('unmute'),
    sendDtmf: method('sendDtmf'),
    transfer: method('transfer'),
    consult: method('consult'),
    cancelConsult: method('cancelConsult'),
    retrieve: method('retrieve'),
    completeTransfer: method('completeTransfer'),
    conference: method('conference'),
    switchTo: method('switchTo'),
    destroy: method('destroy'),
  };

  // -- Scenarios -------------------------------------------------------------------------------

  function agentFor(presence: AgentState['presence'], extra: Partial<AgentState> = {}): AgentState {
    const t = now();
    if (presence === 'offline') {
      return {
        id: null,
        name: null,
        extension: null,
        phoneType: null,
        presence,
        reason: null,
        since: t,
        wrapUpDeadline: null,
        nextState: null,
      };
    }
    return {
      id: view.agent.id ?? FAKE_AGENT.id,
      name: view.agent.name ?? options.agentName ?? FAKE_AGENT.name,
      extension: view.agent.extension ?? FAKE_AGENT.extension,
      phoneType: view.agent.phoneType ?? info.phoneTypes[0] ?? null,
      presence,
      reason: presence === 'not-ready' ? defaultReason() : null,
      since: t - 30_000,
      wrapUpDeadline: null,
      nextState: null,
      ...extra,
    };
  }

  function scenarioCall(partial: Partial<Call> & Pick<Call, 'state'>): Call {
    const t = now();
    const answered = partial.state === 'talking' || partial.state === 'held';
    return {
      id: nextId(),
      direction: 'inbound',
      remote: CUSTOMER,
      queue: SUPPORT_QUEUE,
      callerId: null,
      startedAt: t - 95_000,
      answeredAt: answered ? t - 90_000 : null,
      endedAt: null,
      endCause: null,
      muted: false,
      remoteHeld: false,
      consultOf: null,
      conference: false,
      transfer: null,
      earlyMedia: false,
      ...partial,
    };
  }

  function restore(agent: AgentState, calls: readonly Call[], activeId: string | null): void {
    if (view.connection.transport !== 'connected') {
      emit({
        type: 'connection/changed',
        patch: { transport: 'connected', registration: 'registered', reason: null },
      });
    }
    emit({ type: 'agent/restored', agent, calls, activeId, at: now() });
  }

  function setScenario(scenario: FakeScenario): readonly Call[] {
    const t = now();
    switch (scenario) {
      case 'offline':
        restore(agentFor('offline'), [], null);
        break;
      case 'ready':
        restore(agentFor('ready'), [], null);
        break;
      case 'not-ready':
        restore(agentFor('not-ready'), [], null);
        break;
      case 'ringing': {
        const ringing = scenarioCall({ state: 'ringing', startedAt: t - 4_000 });
        restore(agentFor('ready'), [ringing], ringing.id);
        break;
      }
      case 'dialing': {
        const dialing = scenarioCall({
          state: 'dialing',
          direction: 'outbound',
          remote: { number: '02188886666' },
          queue: null,
          callerId: info.callerIds[0]?.number ?? null,
          startedAt: t - 3_000,
        });
        restore(agentFor('ready'), [dialing], dialing.id);
        break;
      }
      case 'talking': {
        const talking = scenarioCall({ state: 'talking' });
        restore(agentFor('ready'), [talking], talking.id);
        break;
      }
      case 'held': {
        const held = scenarioCall({ state: 'held' });
        restore(agentFor('ready'), [held], held.id);
        break;
      }
      case 'consulting': {
        const customer = scenarioCall({ state: 'held' });
        const consult = scenarioCall({
          state: 'talking',
          direction: 'internal',
          remote: COLLEAGUE,
          queue: null,
          startedAt: t - 20_000,
          answeredAt: t - 15_000,
          consultOf: customer.id,
        });
        restore(agentFor('ready'), [customer, consult], consult.id);
        break;
      }
      case 'conference': {
        const customer = scenarioCall({ state: 'talking', conference: true });
        const colleague = scenarioCall({
          state: 'talking',
          direction: 'internal',
          remote: COLLEAGUE,
          queue: null,
          startedAt: t - 40_000,
          answeredAt: t - 35_000,
          conference: true,
        });
        restore(agentFor('ready'), [customer, colleague], customer.id);
        break;
      }
      case 'wrap-up': {
        const finished = scenarioCall({ state: 'talking' });
        restore(agentFor('ready'), [finished], finished.id);
        emit({ type: 'call/ended', callId: finished.id, cause: 'hangup-remote', at: t - 5_000 });
        emit({
          type: 'agent/presence',
          presence: 'wrap-up',
          reason: null,
          at: t - 5_000,
          wrapUpDeadline: t - 5_000 + (info.wrapUpSeconds || 60) * 1000,
        });
        break;
      }
    }
    return liveCalls();
  }

  function respond(
    name: FakeMethod,
    behaviour: FakeBehaviour,
    opts: { once?: boolean } = {},
  ): void {
    if (opts.once) {
      const queue = once.get(name) ?? [];
      queue.push(behaviour);
      once.set(name, queue);
    } else {
      persistent.set(name, behaviour);
    }
  }

  // -- The handle ------------------------------------------------------------------------------

  return {
    backend,
    calls: recorded,
    get inFlight() {
      return [...inFlight];
    },
    get state() {
      return view;
    },
    get destroyed() {
      return destroyed;
    },
    emit,
    callsTo: (name) => recorded.filter((c) => c.method === name).map((c) => [...c.args]),
    respond,
    fail: (name, error, opts) => respond(name, () => Promise.reject(error), opts),
    runDefault,
    confirm: (name) => waiting(name).confirm(),
    refuse: (name, error) => waiting(name).refuse(error),
    reset() {
      recorded.length = 0;
      persistent.clear();
      once.clear();
    },
    setScenario,
    ring(partial = {}) {
      return create({
        direction: 'inbound',
        state: 'ringing',
        remote: CUSTOMER,
        queue: SUPPORT_QUEUE,
        ...partial,
      });
    },
    remoteAnswer(callId) {
      const target =
        callId ??
        liveCalls()
          .reverse()
          .find((c) => c.state === 'dialing')?.id;
      if (!target) throw new Error('No dialing call to answer.');
      patch(target, { state: 'talking', answeredAt: now(), earlyMedia: false });
    },
    remoteHangup(callId, cause = 'hangup-remote') {
      const target = callId ?? view.calls.activeId;
      if (!target) throw new Error('No call to hang up.');
      end(target, cause);
    },
    sampleQuality(partial = {}) {
      const callId = partial.callId ?? view.calls.activeId;
      if (!callId) throw new Error('No call to sample.');
      const quality = makeQuality({ sampledAt: now(), ...partial, callId });
      emit({ type: 'quality/sampled', quality });
      return quality;
    },
    setRoster(agents, queues = []) {
      emit({ type: 'supervisor/roster', agents, queues });
    },
    setWaiting(list) {
      emit({ type: 'supervisor/waiting', waiting: list });
    },
    raise(code, message, vendor) {
      emit({
        type: 'error/raised',
        error: new CallCenterError(code, message, vendor ? { vendor } : {}).toInfo(now()),
      });
    },
  };
}
