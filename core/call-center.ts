/**
 * The facade: wires one back end to one store and offers typed command groups (the groups live
 * in core/facade/, one file each).
 *
 * Every command: validates its input (typed error, nothing changes), checks the allowed-actions
 * function (typed error, nothing changes), marks itself pending, asks the back end, and settles
 * when the back end confirms or refuses. Back-end failures are also recorded in `errors`.
 */
import type { Subscription } from 'rxjs';
import type { Backend } from './backends/backend.js';
import { backendLoader } from './backends/registry.js';
import { domainEvents } from './events.js';
import { withTimeout, type CommandContext } from './facade/command-context.js';
import { deferredGroups } from './facade/deferred-groups.js';
import type { CallCenter, CallCenterConfig, CommandGroups } from './facade/types.js';
import { refusal } from './model/allowed-actions.js';
import { CallCenterError, toCallCenterError } from './model/errors.js';
import { createInitialState, emptyBackendInfo } from './store/initial-state.js';
import * as selectors from './store/selectors.js';
import { selectAllowedActions } from './store/selectors.js';
import { createStore } from './store/store.js';

export type {
  AgentCommands,
  CallCenter,
  CallCenterConfig,
  CallCommands,
  CommandGroups,
  DeviceCommands,
  DialOptions,
  SupervisorCommands,
} from './facade/types.js';

const DEFAULT_COMMAND_TIMEOUT = 20_000;

/** Builds a call center on a back end. Throws `unknown-backend` for a name that is not registered. */
export function createCallCenter(config: CallCenterConfig = {}): CallCenter {
  const requested = config.backend ?? 'demo';
  const backendPromise = resolveBackend(requested, config);
  // The command code loads beside the back end: nothing can run before the back end starts.
  const engine = import('./facade/engine.js');
  const placeholderName = typeof requested === 'string' ? requested : 'custom';
  const store = createStore(createInitialState(emptyBackendInfo(placeholderName)));
  const timeoutMs = config.commandTimeout ?? DEFAULT_COMMAND_TIMEOUT;
  let backend: Backend | null = null;
  let destroyed = false;
  let subscription: Subscription | null = null;

  store.dispatch({ type: 'connection/changed', patch: { transport: 'connecting' } });

  const ready: Promise<void> = Promise.all([backendPromise, engine]).then(async ([b]) => {
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

  const gone = (command: string) =>
    new CallCenterError('destroyed', 'This call center has been destroyed.', { command });

  const ctx: CommandContext = {
    store,
    async run(command, subject, validate, execute) {
      if (destroyed) throw gone(command);
      // Validation reads the back end's lists (reasons, phone types, capabilities): wait for them.
      await ready.catch((error: unknown) => {
        throw toCallCenterError(error, command);
      });
      if (destroyed) throw gone(command);
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
        throw ctx.fail(error, command);
      } finally {
        store.dispatch({ type: 'command/settled', command });
      }
    },
    async started(command) {
      if (destroyed) throw gone(command);
      await ready;
      if (destroyed) throw gone(command);
      return backend!;
    },
    fail(error, command) {
      const failure = toCallCenterError(error, command);
      store.dispatch({ type: 'error/raised', error: failure.toInfo() });
      return failure;
    },
  };

  const groups: Promise<CommandGroups> = engine.then((m) => m.createCommandGroups(ctx));

  return {
    ...deferredGroups(groups),
    state$: store.state$,
    get snapshot() {
      return store.snapshot;
    },
    events$: domainEvents(store.state$),
    ready,
    select: (selector, compare) => store.select(selector, compare),
    selectors,
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
