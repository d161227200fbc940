/**
 * The facade's command groups before their code has loaded: each method waits for the real
 * group (core/facade/engine.ts, loaded with `import()`) and calls it. The method names are
 * listed as records typed by the group interfaces, so a command added to an interface and not
 * here fails the type check.
 */
import { toCallCenterError } from '../model/errors.js';
import type {
  AgentCommands,
  CallCommands,
  CommandGroups,
  DeviceCommands,
  SupervisorCommands,
} from './types.js';

type Names<G> = Record<keyof G, 0>;

const AGENT: Names<AgentCommands> = {
  login: 0,
  logout: 0,
  setReady: 0,
  setNotReady: 0,
  extendWrapUp: 0,
  endWrapUp: 0,
  requestNextState: 0,
};
const CALLS: Names<CallCommands> = {
  dial: 0,
  answer: 0,
  reject: 0,
  hangup: 0,
  hold: 0,
  resume: 0,
  mute: 0,
  unmute: 0,
  sendDtmf: 0,
  transfer: 0,
  consult: 0,
  cancelConsult: 0,
  retrieve: 0,
  completeTransfer: 0,
  conference: 0,
  switchTo: 0,
};
const SUPERVISOR: Names<SupervisorCommands> = {
  listen: 0,
  whisper: 0,
  barge: 0,
  takeOver: 0,
  pickUp: 0,
  stop: 0,
  forceHangup: 0,
  forceReady: 0,
  forceNotReady: 0,
  forceLogout: 0,
};
const DEVICES: Names<DeviceCommands> = {
  list: 0,
  selectInput: 0,
  selectOutput: 0,
  selectRinger: 0,
  enableAudio: 0,
};

type Method = (...args: unknown[]) => Promise<unknown>;

function deferredGroup<K extends keyof CommandGroups>(
  groups: Promise<CommandGroups>,
  key: K,
  names: Names<CommandGroups[K]>,
): CommandGroups[K] {
  const group: Record<string, Method> = {};
  for (const name of Object.keys(names)) {
    group[name] = (...args) =>
      groups.then(
        (loaded) => (loaded[key] as unknown as Record<string, Method>)[name]!(...args),
        (error: unknown) => {
          // The command code could not be loaded (network): a typed failure, nothing ran.
          throw toCallCenterError(error, `${key}.${name}`);
        },
      );
  }
  return group as unknown as CommandGroups[K];
}

/** Command groups usable at once, backed by `groups` when it has loaded. */
export function deferredGroups(groups: Promise<CommandGroups>): CommandGroups {
  return {
    agent: deferredGroup(groups, 'agent', AGENT),
    calls: deferredGroup(groups, 'calls', CALLS),
    supervisor: deferredGroup(groups, 'supervisor', SUPERVISOR),
    devices: deferredGroup(groups, 'devices', DEVICES),
  };
}
