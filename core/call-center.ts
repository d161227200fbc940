/**
 * The facade: wires one back end to one store and offers typed command groups.
 *
 * Every command: validates its input (typed error, nothing changes), checks the allowed-actions
 * function (typed error, nothing changes), marks itself pending, asks the back end, and settles
 * when the back end confirms or refuses. Back-end failures are also recorded in `errors`.
 */
import type { Observable, Subscription } from 'rxjs';
import type { Backend, CredentialsProvider, LoginRequest } from './backends/backend.js';
import { backendLoader } from './backends/registry.js';
import { domainEvents, type CallCenterEvent } from './events.js';
import {
  commandCall,
  refusal,
  type AllowedActions,
  type CallCommand,
  type CommandName,
  type CommandSubject,
  type Refusal,
} from './model/allowed-actions.js';
import { CallCenterError, toCallCenterError } from './model/errors.js';
import {
  validateDtmf,
  validateNumber,
  validateReason,
  validateTransferTarget,
  validateWrapUpExtension,
} from './model/validation.js';
import { createInitialState, emptyBackendInfo } from './store/initial-state.js';
import * as selectors from './store/selectors.js';
import { selectAllowedActions } from './store/selectors.js';
import { createStore, type Selector } from './store/store.js';
import type {
  AudioDevice,
  CallCenterState,
  NextState,
  NotReadyReason,
  TransferTarget,
} from './store/state.js';

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

const DEFAULT_COMMAND_TIMEOUT = 20_000;

/** Builds a call center on a back end. Throws `unknown-backend` for a name that is not registered. */
export function createCallCenter(config: CallCenterConfig = {}): CallCenter {
  const requested = config.backend ?? 'demo';
  const backendPromise = resolveBackend(requested, config);
  const placeholderName = typeof requested === 'string' ? requested : 'custom';
  const store = createStore(createInitialState(emptyBackendInfo(placeholderName)));
  const timeoutMs = config.commandTimeout ?? DEFAULT_COMMAND_TIMEOUT;
  let backend: Backend | null = null;
  let destroyed = false;
  let subscription: Subscription | null = null;

  store.dispatch({ type: 'connection/changed', patch: { transport: 'connecting' } });

  const ready: Promise<void> = backendPromise.then(async (b) => {
    if (destroyed) {
      await b.destroy();
      throw new CallCenterError('destroyed', 'The call center was destroyed before it started.');
    }
    backend = b;
    store.dispatch({ type: 'backend/attached', info: b.info });
    subscription = b.events$.subscribe((event) => store.dispatch(event));
    await b.start();
  });
  ready.catch((error: unknown) => {
    const failure = toCallCenterError(error);
    store.dispatch({
      type: 'connection/changed',
      patch: { transport: 'disconnected', reason: failure.toInfo() },
    });
    store.dispatch({ type: 'error/raised', error: failure.toInfo() });
  });

  const events$ = domainEvents(store.state$);

  /** The common path of every command. */
  async function run<T>(
    command: CommandName,
    subject: CommandSubject,
    validate: () => void,
    execute: (b: Backend) => Promise<T>,
  ): Promise<T> {
    if (destroyed)
      throw new CallCenterError('destroyed', 'This call center has been destroyed.', { command });
    // Validation reads the back end's lists (reasons, phone types, capabilities): wait for them.
    await ready.catch((error: unknown) => {
      throw toCallCenterError(error, command);
    });
    if (destroyed)
      throw new CallCenterError('destroyed', 'This call center has been destroyed.', { command });
    try {
      validate();
    } catch (error) {
      throw toCallCenterError(error, command);
    }
    const refused = refusal(store.snapshot, command, subject);
    if (refused) throw new CallCenterError(refused.code, refused.reason, { command });
    store.dispatch({ type: 'command/started', command });
    try {
      return await withTimeout(execute(backend!), timeoutMs, command);
    } catch (error) {
      const failure = toCallCenterError(error, command);
      store.dispatch({ type: 'error/raised', error: failure.toInfo() });
      throw failure;
    } finally {
      store.dispatch({ type: 'command/settled', command });
    }
  }

  const caps = () => store.snapshot.backend.capabilities;

  /** Runs a call command on its resolved call. */
  function callCommand<T>(
    name: CallCommand,
    callId: string | undefined,
    execute: (b: Backend, callId: string) => Promise<T>,
    validate: () => void = () => {},
  ): Promise<T> {
    return run(`calls.${name}`, callId === undefined ? {} : { callId }, validate, (b) => {
      const call = commandCall(store.snapshot, name, callId);
      // refusal() has already checked the call exists.
      return execute(b, call!.id);
    });
  }

  const agent: AgentCommands = {
    login: (request) =>
      run(
        'agent.login',
        {},
        () => validateLogin(request, store.snapshot.backend.phoneTypes),
        (b) => b.login(request),
      ),
    logout: () => run('agent.logout', {}, noop, (b) => b.logout()),
    setReady: () => run('agent.setReady', {}, noop, (b) => b.setReady()),
    setNotReady: (reason) => {
      let valid: NotReadyReason;
      return run(
        'agent.setNotReady',
        {},
        () => (valid = validateReason(reason, store.snapshot.backend.reasons)),
        (b) => b.setNotReady(valid),
      );
    },
    extendWrapUp: (seconds) =>
      run(
        'agent.extendWrapUp',
        {},
        () => validateWrapUpExtension(seconds, caps().wrapUp ?? null),
        (b) => b.extendWrapUp(seconds),
      ),
    endWrapUp: (next = 'ready') => {
      let valid: NextState;
      return run(
        'agent.endWrapUp',
        {},
        () => (valid = validateNextState(next)),
        (b) => b.endWrapUp(valid),
      );
    },
    requestNextState: (next) => {
      let valid: NextState | null;
      return run(
        'agent.requestNextState',
        {},
        () => (valid = next === null ? null : validateNextState(next)),
        (b) => b.requestNextState(valid),
      );
    },
  };

  function validateNextState(next: 'ready' | NextState): NextState {
    if (next === 'ready') return { presence: 'ready' };
    if (next?.presence === 'not-ready') {
      return {
        presence: 'not-ready',
        reason: validateReason(next.reason, store.snapshot.backend.reasons),
      };
    }
    if (next?.presence === 'ready' || next?.presence === 'offline') return next;
    throw new CallCenterError(
      'invalid-config',
      'The next state must be ready, not ready with a reason, or offline.',
    );
  }

  const calls: CallCommands = {
    dial: (number, options = {}) => {
      let normalized = '';
      return run(
        'calls.dial',
        {},
        () => {
          normalized = validateNumber(number, caps());
          if (
            options.callerId !== undefined &&
            !store.snapshot.backend.callerIds.some((c) => c.id === options.callerId)
          ) {
            throw new CallCenterError(
              'invalid-config',
              `"${options.callerId}" is not one of this back end's caller IDs.`,
            );
          }
        },
        (b) =>
          b.dial({
            number: normalized,
            ...(options.callerId ? { callerId: options.callerId } : {}),
          }),
      );
    },
    answer: (callId) => callCommand('answer', callId, (b, id) => b.answer(id)),
    reject: (callId) => callCommand('reject', callId, (b, id) => b.reject(id)),
    hangup: (callId) =>
      callCommand('hangup', callId, (b, id) => {
        const call = store.snapshot.calls.byId[id]!;
        // Hanging up a ringing inbound call is rejecting it.
        return call.state === 'ringing' && call.direction !== 'outbound'
          ? b.reject(id)
          : b.hangup(id);
      }),
    hold: (callId) => callCommand('hold', callId, (b, id) => b.hold(id)),
    resume: (callId) => callCommand('resume', callId, (b, id) => b.resume(id)),
    mute: (callId) => callCommand('mute', callId, (b, id) => b.mute(id)),
    unmute: (callId) => callCommand('unmute', callId, (b, id) => b.unmute(id)),
    sendDtmf: (digits, callId) => {
      let valid = '';
      return callCommand(
        'sendDtmf',
        callId,
        (b, id) => b.sendDtmf(id, valid),
        () => {
          valid = validateDtmf(digits, caps().dtmf ?? { maxDigits: 24, letters: false });
        },
      );
    },
    transfer: (target, callId) => {
      let valid: TransferTarget;
      return callCommand(
        'transfer',
        callId,
        (b, id) => b.transfer(id, valid),
        () => {
          valid = validateTransferTarget(target, caps().transferTargets, caps());
          checkTargetExists(valid);
        },
      );
    },
    consult: (target, callId) => {
      let valid: TransferTarget;
      return callCommand(
        'consult',
        callId,
        (b, id) => b.consult(id, valid),
        () => {
          valid = validateTransferTarget(target, caps().consultTargets, caps());
          checkTargetExists(valid);
        },
      );
    },
    cancelConsult: (consultId) =>
      callCommand('cancelConsult', consultId, (b, id) => b.cancelConsult(id)),
    retrieve: (consultId) => callCommand('retrieve', consultId, (b, id) => b.retrieve(id)),
    completeTransfer: (consultId) =>
      callCommand('completeTransfer', consultId, (b, id) => b.completeTransfer(id)),
    conference: (consultId) => callCommand('conference', consultId, (b, id) => b.conference(id)),
    switchTo: (callId) =>
      run(
        'calls.switchTo',
        { callId },
        () => requireText(callId, 'unknown-call', 'Choose a call to switch to.'),
        (b) => b.switchTo(callId),
      ),
  };

  /** Targets the kit knows (agents in the roster) are checked before the back end is asked. */
  function checkTargetExists(target: TransferTarget): void {
    const { supervisor } = store.snapshot;
    if (
      target.kind === 'agent' &&
      supervisor.agentIds.length > 0 &&
      !supervisor.agents[target.agentId]
    ) {
      throw new CallCenterError('unknown-agent', `There is no agent "${target.agentId}".`);
    }
    if (
      target.kind === 'queue' &&
      supervisor.queueIds.length > 0 &&
      !supervisor.queues[target.queueId]
    ) {
      throw new CallCenterError(
        'invalid-transfer-target',
        `There is no queue "${target.queueId}".`,
      );
    }
    if (
      target.kind === 'ivr' &&
      !store.snapshot.backend.ivrNodes.some((n) => n.id === target.nodeId)
    ) {
      throw new CallCenterError(
        'invalid-transfer-target',
        `There is no IVR node "${target.nodeId}".`,
      );
    }
  }

  function supervisorCommand(
    name: Exclude<keyof SupervisorCommands, 'pickUp' | 'stop' | 'forceNotReady'>,
    agentId: string,
  ): Promise<void> {
    return run(
      `supervisor.${name}`,
      { agentId },
      () => requireText(agentId, 'unknown-agent', 'Choose an agent.'),
      (b) => requireSupervisor(b)[name](agentId),
    );
  }

  const supervisor: SupervisorCommands = {
    listen: (agentId) => supervisorCommand('listen', agentId),
    whisper: (agentId) => supervisorCommand('whisper', agentId),
    barge: (agentId) => supervisorCommand('barge', agentId),
    takeOver: (agentId) => supervisorCommand('takeOver', agentId),
    forceHangup: (agentId) => supervisorCommand('forceHangup', agentId),
    forceReady: (agentId) => supervisorCommand('forceReady', agentId),
    forceLogout: (agentId) => supervisorCommand('forceLogout', agentId),
    forceNotReady: (agentId, reason) => {
      let valid: NotReadyReason | undefined;
      return run(
        'supervisor.forceNotReady',
        { agentId },
        () => {
          requireText(agentId, 'unknown-agent', 'Choose an agent.');
          valid =
            reason === undefined
              ? undefined
              : validateReason(reason, store.snapshot.backend.reasons);
        },
        (b) => requireSupervisor(b).forceNotReady(agentId, valid),
      );
    },
    pickUp: (waitingCallId) =>
      run(
        'supervisor.pickUp',
        { waitingCallId },
        () => requireText(waitingCallId, 'unknown-call', 'Choose a waiting call.'),
        (b) => requireSupervisor(b).pickUp(waitingCallId),
      ),
    stop: () => run('supervisor.stop', {}, noop, (b) => requireSupervisor(b).stop()),
  };

  async function deviceCommand(
    name: string,
    execute: (b: Backend) => Promise<void>,
  ): Promise<void> {
    if (destroyed) throw new CallCenterError('destroyed', 'This call center has been destroyed.');
    await ready;
    if (!backend!.devices) {
      throw new CallCenterError(
        'not-supported',
        'This back end does not use local audio devices.',
        {
          command: `devices.${name}`,
        },
      );
    }
    try {
      await execute(backend!);
    } catch (error) {
      const failure = toCallCenterError(error, `devices.${name}`);
      store.dispatch({ type: 'error/raised', error: failure.toInfo() });
      throw failure;
    }
  }

  function checkDevice(
    id: string | null,
    list: readonly AudioDevice[],
    what: string,
    name: string,
  ): void {
    if (id !== null && list.length > 0 && !list.some((d) => d.id === id)) {
      throw new CallCenterError('invalid-device', `There is no ${what} with id "${id}".`, {
        command: `devices.${name}`,
      });
    }
  }

  const devices: DeviceCommands = {
    list: async () => {
      await deviceCommand('list', (b) => b.devices!.refresh());
      const { inputs, outputs } = store.snapshot.devices;
      return { inputs, outputs };
    },
    // async: an unknown device rejects the promise rather than throwing at the caller.
    selectInput: async (id) => {
      checkDevice(id, store.snapshot.devices.inputs, 'microphone', 'selectInput');
      return deviceCommand('selectInput', (b) => b.devices!.selectInput(id));
    },
    selectOutput: async (id) => {
      checkDevice(id, store.snapshot.devices.outputs, 'speaker', 'selectOutput');
      return deviceCommand('selectOutput', (b) => b.devices!.selectOutput(id));
    },
    selectRinger: async (id) => {
      checkDevice(id, store.snapshot.devices.outputs, 'ringer', 'selectRinger');
      return deviceCommand('selectRinger', (b) => b.devices!.selectRinger(id));
    },
    enableAudio: () => deviceCommand('enableAudio', (b) => b.devices!.enableAudio()),
  };

  return {
    state$: store.state$,
    get snapshot() {
      return store.snapshot;
    },
    events$,
    ready,
    select: (selector, compare) => store.select(selector, compare),
    selectors,
    agent,
    calls,
    supervisor,
    devices,
    allowed: () => store.read(selectAllowedActions),
    refusal: (command, subject) => refusal(store.snapshot, command, subject),
    dismissError: (id) => store.dispatch({ type: 'error/dismissed', id }),
    get destroyed() {
      return destroyed;
    },
    async destroy() {
      if (destroyed) return;
      destroyed = true;
      try {
        if (backend) await backend.destroy();
      } finally {
        subscription?.unsubscribe();
        store.destroy();
      }
    },
  };
}

function resolveBackend(
  requested: string | Backend | Promise<Backend>,
  config: CallCenterConfig,
): Promise<Backend> {
  if (typeof requested !== 'string') return Promise.resolve(requested);
  // Throws synchronously for an unknown name, so a typo fails where it is written.
  const load = backendLoader(requested);
  const options = {
    ...(config.options ?? {}),
    ...(config.credentials ? { credentials: config.credentials } : {}),
  };
  return load().then((factory) => factory(options as never));
}

function requireSupervisor(b: Backend) {
  if (!b.supervisor)
    throw new CallCenterError('not-supported', 'This back end has no supervisor actions.');
  return b.supervisor;
}

function validateLogin(request: LoginRequest, phoneTypes: readonly string[]): void {
  if (!request || typeof request.agentId !== 'string' || request.agentId.trim() === '') {
    throw new CallCenterError('invalid-login', 'Enter an agent id to log in.');
  }
  if (request.phoneType !== undefined && !['webrtc', 'sip', 'pstn'].includes(request.phoneType)) {
    throw new CallCenterError(
      'invalid-login',
      `"${String(request.phoneType)}" is not a phone type (webrtc, sip or pstn).`,
    );
  }
  if (
    request.phoneType !== undefined &&
    phoneTypes.length > 0 &&
    !phoneTypes.includes(request.phoneType)
  ) {
    throw new CallCenterError(
      'invalid-login',
      `This back end does not offer the phone type "${request.phoneType}" (it offers ${phoneTypes.join(', ')}).`,
    );
  }
}

function requireText(
  value: unknown,
  code: 'unknown-agent' | 'unknown-call',
  message: string,
): void {
  if (typeof value !== 'string' || value.trim() === '') throw new CallCenterError(code, message);
}

function noop(): void {}

function withTimeout<T>(promise: Promise<T>, ms: number, command: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new CallCenterError(
            'timeout',
            `The back end did not answer within ${Math.round(ms / 1000)} s.`,
            { command },
          ),
        ),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
