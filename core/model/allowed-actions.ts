/**
 * Which commands are allowed now: a pure function of the agent, the calls and the back end's
 * capabilities (Udesk's CallAuthority flags, generalized). Buttons read {@link allowedActions};
 * the facade calls {@link refusal} before every command and refuses with a typed error.
 *
 * A refusal is either `not-supported` (the back end lacks the capability: hide the control) or
 * `not-allowed` (not now: disable it), with a sentence saying why.
 */
import type { Call, CallCenterState, RosterAgent } from '../store/state.js';
import { activeCall, callsInOrder, consultOf, ringingInbound } from './calls.js';

export type AgentCommand =
  | 'login'
  | 'logout'
  | 'setReady'
  | 'setNotReady'
  | 'extendWrapUp'
  | 'endWrapUp'
  | 'requestNextState';

export type CallCommand =
  | 'dial'
  | 'answer'
  | 'reject'
  | 'hangup'
  | 'hold'
  | 'resume'
  | 'mute'
  | 'unmute'
  | 'sendDtmf'
  | 'transfer'
  | 'consult'
  | 'cancelConsult'
  | 'retrieve'
  | 'completeTransfer'
  | 'conference'
  | 'switchTo';

export type SupervisorCommand =
  | 'listen'
  | 'whisper'
  | 'barge'
  | 'takeOver'
  | 'pickUp'
  | 'stop'
  | 'forceHangup'
  | 'forceReady'
  | 'forceNotReady'
  | 'forceLogout';

export type CommandName =
  `agent.${AgentCommand}` | `calls.${CallCommand}` | `supervisor.${SupervisorCommand}`;

export interface Refusal {
  readonly code: 'not-supported' | 'not-allowed';
  readonly reason: string;
}

/** What a command acts on, when it is not the obvious default. */
export interface CommandSubject {
  /** A call id; defaults to the command's natural call (the active one, the ringing one). */
  readonly callId?: string;
  /** For supervisor commands: the agent acted on. */
  readonly agentId?: string;
  /** For supervisor pick-up: the waiting call. */
  readonly waitingCallId?: string;
}

const unsupported = (reason: string): Refusal => ({ code: 'not-supported', reason });
const notNow = (reason: string): Refusal => ({ code: 'not-allowed', reason });

/** Why `command` cannot run now, or null when it can. */
export function refusal(
  state: CallCenterState,
  command: CommandName,
  subject: CommandSubject = {},
): Refusal | null {
  const [group, name] = command.split('.') as ['agent' | 'calls' | 'supervisor', string];
  // One of each agent or call command at a time: a double click must not place two calls.
  // Keypad tones queue up instead; supervisor commands act on different agents and may overlap.
  if (group !== 'supervisor' && command !== 'calls.sendDtmf' && state.pending.includes(command)) {
    return notNow('That request is already in progress.');
  }
  switch (group) {
    case 'agent':
      return agentRefusal(state, name as AgentCommand);
    case 'calls':
      return callRefusal(state, name as CallCommand, subject.callId);
    case 'supervisor':
      return supervisorRefusal(state, name as SupervisorCommand, subject);
  }
}

function agentRefusal(state: CallCenterState, command: AgentCommand): Refusal | null {
  const { agent, backend } = state;
  const caps = backend.capabilities;
  const hasCalls = state.calls.order.length > 0;
  const offline = agent.presence === 'offline';
  switch (command) {
    case 'login':
      if (!offline) return notNow('The agent is already logged in.');
      if (state.pending.includes('agent.login')) return notNow('Login is already in progress.');
      return null;
    case 'logout':
      if (offline) return notNow('The agent is not logged in.');
      if (hasCalls) return notNow('Finish the current calls before logging out.');
      return null;
    case 'setReady':
      if (!caps.agentState) return unsupported('This back end has no agent states.');
      if (offline) return notNow('Log in first.');
      if (hasCalls) return notNow('On a call: choose the next state instead.');
      if (agent.presence === 'ready') return notNow('The agent is already ready.');
      return null;
    case 'setNotReady':
      if (!caps.agentState) return unsupported('This back end has no agent states.');
      if (offline) return notNow('Log in first.');
      if (hasCalls) return notNow('On a call: choose the next state instead.');
      return null;
    case 'extendWrapUp':
      if (!caps.wrapUp?.extendable) return unsupported('This back end cannot extend wrap-up.');
      if (agent.presence !== 'wrap-up') return notNow('The agent is not in wrap-up.');
      return null;
    case 'endWrapUp':
      if (!caps.wrapUp) return unsupported('This back end has no wrap-up.');
      if (agent.presence !== 'wrap-up') return notNow('The agent is not in wrap-up.');
      if (hasCalls) return notNow('Finish the current calls first.');
      return null;
    case 'requestNextState':
      if (!caps.nextState) return unsupported('This back end cannot queue a next state.');
      if (offline) return notNow('Log in first.');
      if (!hasCalls && agent.presence !== 'wrap-up') {
        return notNow('A next state applies after a call or wrap-up; set the state directly now.');
      }
      return null;
  }
}

function callRefusal(
  state: CallCenterState,
  command: CallCommand,
  callId?: string,
): Refusal | null {
  const caps = state.backend.capabilities;
  const calls = callsInOrder(state);
  const agentOffline = caps.agentState && state.agent.presence === 'offline';
  const target = (): Call | null => commandCall(state, command, callId);
  const missing = (what: string): Refusal =>
    notNow(callId === undefined ? `There is no ${what}.` : `Call ${callId} does not exist.`);

  switch (command) {
    case 'dial': {
      if (!caps.outbound) return unsupported('This back end cannot place calls.');
      if (agentOffline) return notNow('Log in before calling.');
      if (calls.some((c) => c.state === 'dialing'))
        return notNow('A call is already being placed.');
      const busy = calls.some((c) => c.state === 'talking' || c.state === 'ringing');
      if (busy) return notNow('Hold or end the current call before placing another.');
      if (calls.length > 0 && !caps.multipleCalls)
        return notNow('This back end allows one call at a time.');
      return null;
    }
    case 'answer':
    case 'reject': {
      if (command === 'reject' && !caps.reject)
        return unsupported('This back end cannot reject calls.');
      const call = target();
      if (!call) return missing('ringing call');
      if (call.state !== 'ringing') return notNow('That call is not ringing.');
      if (
        command === 'answer' &&
        calls.some((c) => c.id !== call.id && c.state !== 'held') &&
        !caps.multipleCalls
      ) {
        return notNow('End the current call before answering another.');
      }
      return null;
    }
    case 'hangup': {
      const call = target();
      if (!call) return missing('call to hang up');
      if (call.state === 'ended') return notNow('That call has already ended.');
      // Hanging up a call that rings at the agent rejects it (as the facade does).
      if (call.state === 'ringing' && call.direction !== 'outbound') {
        return caps.reject ? null : unsupported('This back end cannot reject calls.');
      }
      return null;
    }
    case 'hold': {
      if (!caps.hold) return unsupported('This back end cannot hold calls.');
      const call = target();
      if (!call) return missing('call to hold');
      if (call.state !== 'talking')
        return notNow('Only a call in conversation can be put on hold.');
      if (call.conference) return notNow('A conference cannot be put on hold.');
      return null;
    }
    case 'resume': {
      if (!caps.hold) return unsupported('This back end cannot hold calls.');
      const call = target();
      if (!call) return missing('call to resume');
      if (call.state !== 'held') return notNow('That call is not on hold.');
      if (calls.some((c) => c.id !== call.id && (c.state === 'talking' || c.state === 'dialing'))) {
        return notNow('Another call is in progress: switch to this call instead.');
      }
      return null;
    }
    case 'mute':
    case 'unmute': {
      if (!caps.mute) return unsupported('This back end cannot mute.');
      const call = target();
      if (!call) return missing('call to mute');
      if (call.state !== 'talking' && call.state !== 'held' && call.state !== 'dialing') {
        return notNow('Only a connected call can be muted.');
      }
      if (command === 'mute' && call.muted) return notNow('The microphone is already muted.');
      if (command === 'unmute' && !call.muted) return notNow('The microphone is not muted.');
      return null;
    }
    case 'sendDtmf': {
      if (!caps.dtmf) return unsupported('This back end cannot send keypad tones.');
      const call = target();
      if (!call) return missing('call to send keypad tones to');
      if (call.state !== 'talking') return notNow('Keypad tones can only be sent in conversation.');
      return null;
    }
    case 'transfer': {
      if (caps.transferTargets.length === 0)
        return unsupported('This back end cannot transfer calls.');
      const call = target();
      if (!call) return missing('call to transfer');
      if (call.state !== 'talking' && call.state !== 'held')
        return notNow('Only a connected call can be transferred.');
      if (call.consultOf) return notNow('Complete or end the consultation first.');
      if (call.transfer?.state === 'trying') return notNow('A transfer is already in progress.');
      if (consultOf(state, call.id)) return notNow('End the consultation before a blind transfer.');
      return null;
    }
    case 'consult': {
      if (!caps.consult) return unsupported('This back end cannot consult.');
      const call = target();
      if (!call) return missing('call to consult on');
      if (call.state !== 'talking' && call.state !== 'held')
        return notNow('Only a connected call can be consulted on.');
      if (call.consultOf) return notNow('This is already a consultation.');
      if (call.conference) return notNow('A conference cannot start a consultation.');
      if (consultOf(state, call.id)) return notNow('A consultation is already in progress.');
      return null;
    }
    case 'cancelConsult':
    case 'retrieve':
    case 'completeTransfer':
    case 'conference': {
      if (!caps.consult) return unsupported('This back end cannot consult.');
      if (command === 'conference' && !caps.conference)
        return unsupported('This back end cannot hold conferences.');
      const consult = target();
      if (!consult) return missing('consultation');
      if (!consult.consultOf) return notNow('That call is not a consultation.');
      const answered = consult.state === 'talking' || consult.state === 'held';
      if (command === 'cancelConsult')
        return answered ? notNow('The consulted party has answered: retrieve instead.') : null;
      if (!answered) return notNow('Wait until the consulted party answers (or cancel).');
      return null;
    }
    case 'switchTo': {
      if (!caps.multipleCalls) return unsupported('This back end has one call at a time.');
      if (callId === undefined) return notNow('Choose a call to switch to.');
      const call = state.calls.byId[callId];
      if (!call) return missing('call');
      if (call.id === state.calls.activeId && call.state !== 'held')
        return notNow('That call is already active.');
      if (call.state !== 'held') return notNow('Only a held call can be switched to.');
      if (calls.some((c) => c.state === 'dialing'))
        return notNow('Wait until the call being placed connects.');
      return null;
    }
  }
}

/**
 * The call a call command acts on: the given one, else its natural default: the ringing call
 * for answer and reject, the consultation for consult follow-ups, the active call otherwise.
 */
export function commandCall(
  state: CallCenterState,
  command: CallCommand,
  callId?: string,
): Call | null {
  if (callId !== undefined) return state.calls.byId[callId] ?? null;
  switch (command) {
    case 'answer':
    case 'reject':
      return ringingInbound(state);
    case 'cancelConsult':
    case 'retrieve':
    case 'completeTransfer':
    case 'conference': {
      const active = activeCall(state);
      if (!active) return null;
      return active.consultOf ? active : consultOf(state, active.id);
    }
    case 'dial':
    case 'switchTo':
      return null;
    default:
      return activeCall(state);
  }
}

function supervisorRefusal(
  state: CallCenterState,
  command: SupervisorCommand,
  subject: CommandSubject,
): Refusal | null {
  const caps = state.backend.capabilities;
  const { supervisor } = state;
  if (command === 'stop') {
    return supervisor.supervising ? null : notNow('You are not supervising a call.');
  }
  if (!caps.supervisor.includes(command))
    return unsupported(`This back end does not support ${command}.`);
  if (command === 'pickUp') {
    const waiting = supervisor.waiting.find((w) => w.id === subject.waitingCallId);
    if (!waiting) return notNow('That call is no longer waiting.');
    if (state.calls.order.length > 0) return notNow('End your own call before picking up another.');
    return null;
  }
  const agent: RosterAgent | undefined = subject.agentId
    ? supervisor.agents[subject.agentId]
    : undefined;
  if (!agent) return notNow(`Agent ${subject.agentId ?? '(none)'} is not in the roster.`);
  switch (command) {
    case 'listen':
    case 'whisper':
    case 'barge':
    case 'takeOver': {
      if (!agent.callId) return notNow(`${agent.name} is not on a call.`);
      if (state.calls.order.length > 0 && supervisor.supervising?.agentId !== agent.id) {
        return notNow('End your own call first.');
      }
      const current = supervisor.supervising;
      if (current && current.agentId !== agent.id)
        return notNow('Stop supervising the other call first.');
      if (current && current.mode === command) return notNow(`Already in ${command} mode.`);
      return null;
    }
    case 'forceHangup':
      return agent.callId ? null : notNow(`${agent.name} is not on a call.`);
    case 'forceReady':
      if (agent.presence === 'offline') return notNow(`${agent.name} is logged out.`);
      return agent.presence === 'ready' ? notNow(`${agent.name} is already ready.`) : null;
    case 'forceNotReady':
      if (agent.presence === 'offline') return notNow(`${agent.name} is logged out.`);
      return agent.presence === 'not-ready' ? notNow(`${agent.name} is already not ready.`) : null;
    case 'forceLogout':
      return agent.presence === 'offline' ? notNow(`${agent.name} is already logged out.`) : null;
  }
}

export type AllowedActions = {
  readonly agent: Readonly<Record<AgentCommand, boolean>>;
  readonly calls: Readonly<Record<CallCommand, boolean>>;
  /** Present as long as the back end supports it, whatever the target agent. */
  readonly supervisor: Readonly<Record<Exclude<SupervisorCommand, 'stop'>, boolean>> & {
    readonly stop: boolean;
  };
};

const AGENT_COMMANDS: readonly AgentCommand[] = [
  'login',
  'logout',
  'setReady',
  'setNotReady',
  'extendWrapUp',
  'endWrapUp',
  'requestNextState',
];
const CALL_COMMANDS: readonly CallCommand[] = [
  'dial',
  'answer',
  'reject',
  'hangup',
  'hold',
  'resume',
  'mute',
  'unmute',
  'sendDtmf',
  'transfer',
  'consult',
  'cancelConsult',
  'retrieve',
  'completeTransfer',
  'conference',
  'switchTo',
];

/**
 * Which agent and call commands may run now on their default subject (the active call, the
 * ringing call); `switchTo` is true when any held call can be switched to. Supervisor flags say
 * whether the back end supports the action; per-agent checks use {@link refusal}.
 */
export function allowedActions(state: CallCenterState): AllowedActions {
  const agent = Object.fromEntries(
    AGENT_COMMANDS.map((c) => [c, refusal(state, `agent.${c}`) === null]),
  ) as Record<AgentCommand, boolean>;
  const calls = Object.fromEntries(
    CALL_COMMANDS.map((c) => [
      c,
      c === 'switchTo' ? canSwitch(state) : refusal(state, `calls.${c}`) === null,
    ]),
  ) as Record<CallCommand, boolean>;
  const caps = state.backend.capabilities.supervisor;
  return {
    agent,
    calls,
    supervisor: {
      listen: caps.includes('listen'),
      whisper: caps.includes('whisper'),
      barge: caps.includes('barge'),
      takeOver: caps.includes('takeOver'),
      pickUp: caps.includes('pickUp'),
      forceHangup: caps.includes('forceHangup'),
      forceReady: caps.includes('forceReady'),
      forceNotReady: caps.includes('forceNotReady'),
      forceLogout: caps.includes('forceLogout'),
      stop: state.supervisor.supervising !== null,
    },
  };
}

function canSwitch(state: CallCenterState): boolean {
  return state.calls.order.some((id) => refusal(state, 'calls.switchTo', { callId: id }) === null);
}
