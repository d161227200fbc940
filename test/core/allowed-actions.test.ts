import { expect } from '@open-wc/testing';
import type { Capabilities } from '../../core/backends/capabilities.js';
import {
  allowedActions,
  commandCall,
  refusal,
  type CommandName,
  type CommandSubject,
} from '../../core/model/allowed-actions.js';
import type { CallCenterState } from '../../core/store/state.js';
import {
  makeBusyRosterAgent,
  makeCall,
  makeRosterAgent,
  makeWaitingCall,
  stateWith,
  T0,
  type StateOptions,
} from '../helpers/builders.js';

type Expected = 'allowed' | 'not-allowed' | 'not-supported';

interface Case {
  readonly when: string;
  readonly state: CallCenterState;
  readonly expect: Expected;
  readonly subject?: CommandSubject;
}

const BREAK = { code: '11', label: 'Break' };

/** A state; `caps` is merged over full capabilities. */
const s = (options: StateOptions = {}, caps: Partial<Capabilities> = {}) =>
  stateWith({ ...options, capabilities: { ...options.capabilities, ...caps } });

// Calls used across the table.
const ringing = (id = 'r1', direction: 'inbound' | 'internal' = 'inbound') =>
  makeCall({ id, state: 'ringing', direction });
const talking = (id = 'c1', extra = {}) => makeCall({ id, state: 'talking', ...extra });
const held = (id = 'h1', extra = {}) => makeCall({ id, state: 'held', ...extra });
const dialing = (id = 'd1', extra = {}) =>
  makeCall({ id, state: 'dialing', direction: 'outbound', ...extra });
const consultDialing = () => [
  held('c1'),
  dialing('k1', { direction: 'internal', consultOf: 'c1' }),
];
const consultTalking = () => [
  held('c1'),
  talking('k1', { direction: 'internal', consultOf: 'c1' }),
];

const STATES = {
  offline: s({ agent: 'offline' }),
  ready: s(),
  notReady: s({ agent: { presence: 'not-ready', reason: BREAK } }),
  wrapUp: s({ agent: { presence: 'wrap-up', wrapUpDeadline: T0 + 30_000 } }),
  ringing: s({ calls: [ringing()] }),
  talking: s({ calls: [talking()] }),
  held: s({ calls: [held()] }),
  dialing: s({ calls: [dialing()] }),
  muted: s({ calls: [talking('c1', { muted: true })] }),
  conference: s({
    calls: [
      talking('c1', { conference: true }),
      talking('c2', { conference: true, direction: 'internal' }),
    ],
    activeId: 'c1',
  }),
  consultDialing: s({ calls: consultDialing(), activeId: 'k1' }),
  consultTalking: s({ calls: consultTalking(), activeId: 'k1' }),
};

const TABLE: Partial<Record<CommandName, readonly Case[]>> = {
  'agent.login': [
    { when: 'offline', state: STATES.offline, expect: 'allowed' },
    { when: 'already logged in', state: STATES.ready, expect: 'not-allowed' },
    {
      when: 'a login is in flight',
      state: s({ agent: 'offline', pending: ['agent.login'] }),
      expect: 'not-allowed',
    },
  ],
  'agent.logout': [
    { when: 'ready with no calls', state: STATES.ready, expect: 'allowed' },
    { when: 'in wrap-up', state: STATES.wrapUp, expect: 'allowed' },
    { when: 'offline', state: STATES.offline, expect: 'not-allowed' },
    { when: 'on a call', state: STATES.talking, expect: 'not-allowed' },
  ],
  'agent.setReady': [
    { when: 'not ready', state: STATES.notReady, expect: 'allowed' },
    { when: 'in wrap-up', state: STATES.wrapUp, expect: 'allowed' },
    { when: 'already ready', state: STATES.ready, expect: 'not-allowed' },
    { when: 'offline', state: STATES.offline, expect: 'not-allowed' },
    {
      when: 'on a call',
      state: s({ agent: { presence: 'not-ready', reason: BREAK }, calls: [talking()] }),
      expect: 'not-allowed',
    },
    {
      when: 'the back end has no agent states',
      state: s({ agent: { presence: 'not-ready', reason: BREAK } }, { agentState: false }),
      expect: 'not-supported',
    },
  ],
  'agent.setNotReady': [
    { when: 'ready', state: STATES.ready, expect: 'allowed' },
    { when: 'not ready (changing the reason)', state: STATES.notReady, expect: 'allowed' },
    { when: 'offline', state: STATES.offline, expect: 'not-allowed' },
    { when: 'ringing', state: STATES.ringing, expect: 'not-allowed' },
    {
      when: 'the back end has no agent states',
      state: s({}, { agentState: false }),
      expect: 'not-supported',
    },
  ],
  'agent.extendWrapUp': [
    { when: 'in wrap-up', state: STATES.wrapUp, expect: 'allowed' },
    { when: 'ready', state: STATES.ready, expect: 'not-allowed' },
    {
      when: 'wrap-up cannot be extended',
      state: s(
        { agent: { presence: 'wrap-up' } },
        { wrapUp: { extendable: false, min: 30, max: 900 } },
      ),
      expect: 'not-supported',
    },
    {
      when: 'the back end has no wrap-up',
      state: s({ agent: { presence: 'wrap-up' } }, { wrapUp: null }),
      expect: 'not-supported',
    },
  ],
  'agent.endWrapUp': [
    { when: 'in wrap-up', state: STATES.wrapUp, expect: 'allowed' },
    { when: 'not ready', state: STATES.notReady, expect: 'not-allowed' },
    {
      when: 'in wrap-up with a call ringing',
      state: s({ agent: { presence: 'wrap-up' }, calls: [ringing()] }),
      expect: 'not-allowed',
    },
    {
      when: 'the back end has no wrap-up',
      state: s({ agent: { presence: 'wrap-up' } }, { wrapUp: null }),
      expect: 'not-supported',
    },
  ],
  'agent.requestNextState': [
    { when: 'on a call', state: STATES.talking, expect: 'allowed' },
    { when: 'in wrap-up', state: STATES.wrapUp, expect: 'allowed' },
    { when: 'idle and ready (set it directly)', state: STATES.ready, expect: 'not-allowed' },
    { when: 'offline', state: STATES.offline, expect: 'not-allowed' },
    {
      when: 'the back end cannot queue a next state',
      state: s({ calls: [talking()] }, { nextState: false }),
      expect: 'not-supported',
    },
  ],
  'calls.dial': [
    { when: 'ready and idle', state: STATES.ready, expect: 'allowed' },
    {
      when: 'not ready (agents may call out while not ready)',
      state: STATES.notReady,
      expect: 'allowed',
    },
    {
      when: 'a call is held and several calls are possible',
      state: STATES.held,
      expect: 'allowed',
    },
    {
      when: 'a bare phone with no agent states',
      state: s({ agent: 'offline' }, { agentState: false }),
      expect: 'allowed',
    },
    { when: 'offline', state: STATES.offline, expect: 'not-allowed' },
    { when: 'a call is being placed', state: STATES.dialing, expect: 'not-allowed' },
    { when: 'talking', state: STATES.talking, expect: 'not-allowed' },
    { when: 'a call is ringing', state: STATES.ringing, expect: 'not-allowed' },
    {
      when: 'a call is held and only one call is possible',
      state: s({ calls: [held()] }, { multipleCalls: false }),
      expect: 'not-allowed',
    },
    {
      when: 'the back end cannot place calls',
      state: s({}, { outbound: false }),
      expect: 'not-supported',
    },
  ],
  'calls.answer': [
    { when: 'a call rings', state: STATES.ringing, expect: 'allowed' },
    {
      when: 'a call rings during a conversation, several calls possible',
      state: s({ calls: [talking(), ringing()] }),
      expect: 'allowed',
    },
    {
      when: 'a call rings during a conversation, one call at a time',
      state: s({ calls: [talking(), ringing()] }, { multipleCalls: false }),
      expect: 'not-allowed',
    },
    { when: 'nothing rings', state: STATES.talking, expect: 'not-allowed' },
    { when: 'only an outbound call is being placed', state: STATES.dialing, expect: 'not-allowed' },
    {
      when: 'the named call is in conversation',
      state: s({ calls: [talking(), ringing()] }),
      subject: { callId: 'c1' },
      expect: 'not-allowed',
    },
    {
      when: 'the named call does not exist',
      state: STATES.ringing,
      subject: { callId: 'nope' },
      expect: 'not-allowed',
    },
  ],
  'calls.reject': [
    { when: 'a call rings', state: STATES.ringing, expect: 'allowed' },
    { when: 'nothing rings', state: STATES.talking, expect: 'not-allowed' },
    {
      when: 'the back end cannot reject',
      state: s({ calls: [ringing()] }, { reject: false }),
      expect: 'not-supported',
    },
  ],
  'calls.hangup': [
    { when: 'talking', state: STATES.talking, expect: 'allowed' },
    { when: 'placing a call (cancel)', state: STATES.dialing, expect: 'allowed' },
    { when: 'the active call is held', state: STATES.held, expect: 'allowed' },
    { when: 'a call rings (reject)', state: STATES.ringing, expect: 'allowed' },
    { when: 'no call', state: STATES.ready, expect: 'not-allowed' },
    {
      when: 'a call rings and the back end cannot reject',
      state: s({ calls: [ringing()] }, { reject: false }),
      expect: 'not-supported',
    },
    {
      when: 'an internal call rings and the back end cannot reject',
      state: s({ calls: [ringing('r1', 'internal')] }, { reject: false }),
      expect: 'not-supported',
    },
  ],
  'calls.hold': [
    { when: 'talking', state: STATES.talking, expect: 'allowed' },
    { when: 'already held', state: STATES.held, expect: 'not-allowed' },
    { when: 'placing a call', state: STATES.dialing, expect: 'not-allowed' },
    { when: 'in a conference', state: STATES.conference, expect: 'not-allowed' },
    { when: 'no call', state: STATES.ready, expect: 'not-allowed' },
    {
      when: 'the back end cannot hold',
      state: s({ calls: [talking()] }, { hold: false }),
      expect: 'not-supported',
    },
  ],
  'calls.resume': [
    { when: 'the active call is held', state: STATES.held, expect: 'allowed' },
    { when: 'talking', state: STATES.talking, expect: 'not-allowed' },
    {
      when: 'another call is in conversation',
      state: s({ calls: [held(), talking()] }),
      subject: { callId: 'h1' },
      expect: 'not-allowed',
    },
    {
      when: 'the back end cannot hold',
      state: s({ calls: [held()] }, { hold: false }),
      expect: 'not-supported',
    },
  ],
  'calls.mute': [
    { when: 'talking', state: STATES.talking, expect: 'allowed' },
    { when: 'held', state: STATES.held, expect: 'allowed' },
    { when: 'placing a call', state: STATES.dialing, expect: 'allowed' },
    { when: 'ringing', state: STATES.ringing, expect: 'not-allowed' },
    { when: 'already muted', state: STATES.muted, expect: 'not-allowed' },
    { when: 'no call', state: STATES.ready, expect: 'not-allowed' },
    {
      when: 'the back end cannot mute',
      state: s({ calls: [talking()] }, { mute: false }),
      expect: 'not-supported',
    },
  ],
  'calls.unmute': [
    { when: 'muted', state: STATES.muted, expect: 'allowed' },
    { when: 'not muted', state: STATES.talking, expect: 'not-allowed' },
    {
      when: 'the back end cannot mute',
      state: s({ calls: [talking('c1', { muted: true })] }, { mute: false }),
      expect: 'not-supported',
    },
  ],
  'calls.sendDtmf': [
    { when: 'talking', state: STATES.talking, expect: 'allowed' },
    { when: 'held', state: STATES.held, expect: 'not-allowed' },
    { when: 'placing a call', state: STATES.dialing, expect: 'not-allowed' },
    {
      when: 'the back end cannot send DTMF',
      state: s({ calls: [talking()] }, { dtmf: null }),
      expect: 'not-supported',
    },
  ],
  'calls.transfer': [
    { when: 'talking', state: STATES.talking, expect: 'allowed' },
    { when: 'held', state: STATES.held, expect: 'allowed' },
    { when: 'placing a call', state: STATES.dialing, expect: 'not-allowed' },
    { when: 'on the consultation itself', state: STATES.consultTalking, expect: 'not-allowed' },
    {
      when: 'the customer call has a consultation',
      state: s({ calls: consultTalking(), activeId: 'c1' }),
      expect: 'not-allowed',
    },
    {
      when: 'a transfer is already trying',
      state: s({
        calls: [
          talking('c1', {
            transfer: { target: { kind: 'queue', queueId: 'sales' }, state: 'trying' },
          }),
        ],
      }),
      expect: 'not-allowed',
    },
    {
      when: 'an earlier transfer failed',
      state: s({
        calls: [
          talking('c1', {
            transfer: { target: { kind: 'queue', queueId: 'sales' }, state: 'failed' },
          }),
        ],
      }),
      expect: 'allowed',
    },
    {
      when: 'the back end cannot transfer',
      state: s({ calls: [talking()] }, { transferTargets: [] }),
      expect: 'not-supported',
    },
  ],
  'calls.consult': [
    { when: 'talking', state: STATES.talking, expect: 'allowed' },
    { when: 'held', state: STATES.held, expect: 'allowed' },
    { when: 'ringing', state: STATES.ringing, expect: 'not-allowed' },
    { when: 'on the consultation itself', state: STATES.consultTalking, expect: 'not-allowed' },
    {
      when: 'the customer call already has a consultation',
      state: s({ calls: consultTalking(), activeId: 'c1' }),
      expect: 'not-allowed',
    },
    { when: 'in a conference', state: STATES.conference, expect: 'not-allowed' },
    {
      when: 'the back end cannot consult',
      state: s({ calls: [talking()] }, { consult: false }),
      expect: 'not-supported',
    },
  ],
  'calls.cancelConsult': [
    { when: 'the consultation is still ringing', state: STATES.consultDialing, expect: 'allowed' },
    {
      when: 'from the customer call, consultation ringing',
      state: s({ calls: consultDialing(), activeId: 'c1' }),
      expect: 'allowed',
    },
    { when: 'the consulted party answered', state: STATES.consultTalking, expect: 'not-allowed' },
    { when: 'no consultation', state: STATES.talking, expect: 'not-allowed' },
    {
      when: 'the back end cannot consult',
      state: s({ calls: consultDialing(), activeId: 'k1' }, { consult: false }),
      expect: 'not-supported',
    },
  ],
  'calls.retrieve': [
    { when: 'the consulted party answered', state: STATES.consultTalking, expect: 'allowed' },
    {
      when: 'the consultation is still ringing',
      state: STATES.consultDialing,
      expect: 'not-allowed',
    },
    { when: 'no consultation', state: STATES.talking, expect: 'not-allowed' },
    {
      when: 'the named call is not a consultation',
      state: STATES.consultTalking,
      subject: { callId: 'c1' },
      expect: 'not-allowed',
    },
  ],
  'calls.completeTransfer': [
    { when: 'the consulted party answered', state: STATES.consultTalking, expect: 'allowed' },
    {
      when: 'the consultation is still ringing',
      state: STATES.consultDialing,
      expect: 'not-allowed',
    },
    {
      when: 'the back end cannot consult',
      state: s({ calls: consultTalking(), activeId: 'k1' }, { consult: false }),
      expect: 'not-supported',
    },
  ],
  'calls.conference': [
    { when: 'the consulted party answered', state: STATES.consultTalking, expect: 'allowed' },
    {
      when: 'the consultation is still ringing',
      state: STATES.consultDialing,
      expect: 'not-allowed',
    },
    { when: 'no consultation', state: STATES.talking, expect: 'not-allowed' },
    {
      when: 'the back end has no conferences',
      state: s({ calls: consultTalking(), activeId: 'k1' }, { conference: false }),
      expect: 'not-supported',
    },
  ],
  'calls.switchTo': [
    {
      when: 'a held call while another is active',
      state: s({ calls: [held(), talking()] }),
      subject: { callId: 'h1' },
      expect: 'allowed',
    },
    {
      when: 'the active call is held',
      state: STATES.held,
      subject: { callId: 'h1' },
      expect: 'allowed',
    },
    { when: 'no call is named', state: s({ calls: [held(), talking()] }), expect: 'not-allowed' },
    {
      when: 'the named call is the active conversation',
      state: s({ calls: [held(), talking()] }),
      subject: { callId: 'c1' },
      expect: 'not-allowed',
    },
    {
      when: 'the named call rings',
      state: s({ calls: [talking(), ringing()] }),
      subject: { callId: 'r1' },
      expect: 'not-allowed',
    },
    {
      when: 'a call is being placed',
      state: s({ calls: [held(), dialing()] }),
      subject: { callId: 'h1' },
      expect: 'not-allowed',
    },
    {
      when: 'the named call does not exist',
      state: STATES.held,
      subject: { callId: 'nope' },
      expect: 'not-allowed',
    },
    {
      when: 'one call at a time',
      state: s({ calls: [held(), talking()] }, { multipleCalls: false }),
      subject: { callId: 'h1' },
      expect: 'not-supported',
    },
  ],
};

// Supervisor states: Ann idle and ready, Ben on a call, Cat not ready, Dan logged out.
const ann = makeRosterAgent({ id: 'ann', name: 'Ann' });
const ben = makeBusyRosterAgent({ id: 'ben', name: 'Ben' });
const cat = makeRosterAgent({ id: 'cat', name: 'Cat', presence: 'not-ready', reason: BREAK });
const dan = makeRosterAgent({ id: 'dan', name: 'Dan', presence: 'offline' });
const eve = makeBusyRosterAgent({ id: 'eve', name: 'Eve' });
const roster = [ann, ben, cat, dan, eve];
const sup = (options: StateOptions = {}, caps: Partial<Capabilities> = {}) =>
  s({ roster, ...options }, caps);

const SUPERVISOR_TABLE: Partial<Record<CommandName, readonly Case[]>> = {
  'supervisor.listen': [
    {
      when: 'the agent is on a call',
      state: sup(),
      subject: { agentId: 'ben' },
      expect: 'allowed',
    },
    { when: 'the agent is idle', state: sup(), subject: { agentId: 'ann' }, expect: 'not-allowed' },
    {
      when: 'the agent is not in the roster',
      state: sup(),
      subject: { agentId: 'zed' },
      expect: 'not-allowed',
    },
    { when: 'no agent is named', state: sup(), expect: 'not-allowed' },
    {
      when: 'the supervisor is on a call of their own',
      state: sup({ calls: [talking()] }),
      subject: { agentId: 'ben' },
      expect: 'not-allowed',
    },
    {
      when: 'already supervising another agent',
      state: sup({ supervising: { agentId: 'eve', callId: 'x', mode: 'listen' } }),
      subject: { agentId: 'ben' },
      expect: 'not-allowed',
    },
    {
      when: 'already listening to this agent',
      state: sup({ supervising: { agentId: 'ben', callId: 'x', mode: 'listen' } }),
      subject: { agentId: 'ben' },
      expect: 'not-allowed',
    },
    {
      when: 'the back end cannot listen',
      state: sup({}, { supervisor: ['barge'] }),
      subject: { agentId: 'ben' },
      expect: 'not-supported',
    },
  ],
  'supervisor.barge': [
    {
      when: 'listening to the same agent (escalate)',
      state: sup({ supervising: { agentId: 'ben', callId: 'x', mode: 'listen' } }),
      subject: { agentId: 'ben' },
      expect: 'allowed',
    },
    {
      when: 'the back end cannot barge',
      state: sup({}, { supervisor: ['listen'] }),
      subject: { agentId: 'ben' },
      expect: 'not-supported',
    },
  ],
  'supervisor.whisper': [
    {
      when: 'the agent is on a call',
      state: sup(),
      subject: { agentId: 'ben' },
      expect: 'allowed',
    },
    {
      when: 'the back end cannot whisper',
      state: sup({}, { supervisor: ['listen'] }),
      subject: { agentId: 'ben' },
      expect: 'not-supported',
    },
  ],
  'supervisor.takeOver': [
    {
      when: 'the agent is on a call',
      state: sup(),
      subject: { agentId: 'ben' },
      expect: 'allowed',
    },
    { when: 'the agent is idle', state: sup(), subject: { agentId: 'ann' }, expect: 'not-allowed' },
  ],
  'supervisor.pickUp': [
    {
      when: 'the call waits',
      state: sup({ waiting: [makeWaitingCall({ id: 'w1' })] }),
      subject: { waitingCallId: 'w1' },
      expect: 'allowed',
    },
    {
      when: 'the call no longer waits',
      state: sup({ waiting: [makeWaitingCall({ id: 'w1' })] }),
      subject: { waitingCallId: 'w2' },
      expect: 'not-allowed',
    },
    {
      when: 'the supervisor is on a call',
      state: sup({ waiting: [makeWaitingCall({ id: 'w1' })], calls: [held()] }),
      subject: { waitingCallId: 'w1' },
      expect: 'not-allowed',
    },
    {
      when: 'the back end cannot pick up',
      state: sup({ waiting: [makeWaitingCall({ id: 'w1' })] }, { supervisor: ['listen'] }),
      subject: { waitingCallId: 'w1' },
      expect: 'not-supported',
    },
  ],
  'supervisor.stop': [
    {
      when: 'supervising',
      state: sup({ supervising: { agentId: 'ben', callId: 'x', mode: 'whisper' } }),
      expect: 'allowed',
    },
    { when: 'not supervising', state: sup(), expect: 'not-allowed' },
  ],
  'supervisor.forceHangup': [
    {
      when: 'the agent is on a call',
      state: sup(),
      subject: { agentId: 'ben' },
      expect: 'allowed',
    },
    { when: 'the agent is idle', state: sup(), subject: { agentId: 'ann' }, expect: 'not-allowed' },
    {
      when: 'the back end cannot force a hang-up',
      state: sup({}, { supervisor: ['listen'] }),
      subject: { agentId: 'ben' },
      expect: 'not-supported',
    },
  ],
  'supervisor.forceReady': [
    {
      when: 'the agent is not ready',
      state: sup(),
      subject: { agentId: 'cat' },
      expect: 'allowed',
    },
    {
      when: 'the agent is ready',
      state: sup(),
      subject: { agentId: 'ann' },
      expect: 'not-allowed',
    },
    {
      when: 'the agent is logged out',
      state: sup(),
      subject: { agentId: 'dan' },
      expect: 'not-allowed',
    },
  ],
  'supervisor.forceNotReady': [
    { when: 'the agent is ready', state: sup(), subject: { agentId: 'ann' }, expect: 'allowed' },
    {
      when: 'the agent is already not ready',
      state: sup(),
      subject: { agentId: 'cat' },
      expect: 'not-allowed',
    },
    {
      when: 'the agent is logged out',
      state: sup(),
      subject: { agentId: 'dan' },
      expect: 'not-allowed',
    },
  ],
  'supervisor.forceLogout': [
    {
      when: 'the agent is logged in',
      state: sup(),
      subject: { agentId: 'cat' },
      expect: 'allowed',
    },
    {
      when: 'the agent is logged out',
      state: sup(),
      subject: { agentId: 'dan' },
      expect: 'not-allowed',
    },
    {
      when: 'the back end cannot force a logout',
      state: sup({}, { supervisor: [] }),
      subject: { agentId: 'cat' },
      expect: 'not-supported',
    },
  ],
};

function outcome(state: CallCenterState, command: CommandName, subject?: CommandSubject): Expected {
  const refused = refusal(state, command, subject);
  if (refused) expect(refused.reason, 'a refusal says why').to.be.a('string').and.not.equal('');
  return refused ? refused.code : 'allowed';
}

describe('refusal and allowedActions', () => {
  for (const [command, cases] of Object.entries({ ...TABLE, ...SUPERVISOR_TABLE }) as [
    CommandName,
    Case[],
  ][]) {
    describe(command, () => {
      for (const c of cases) {
        it(`${c.expect === 'allowed' ? 'allows it' : `refuses it (${c.expect})`} when ${c.when}`, () => {
          expect(outcome(c.state, command, c.subject)).to.equal(c.expect);
          // The buttons' flags agree with the refusal on the default subject.
          const [group, name] = command.split('.') as ['agent' | 'calls' | 'supervisor', string];
          if (group !== 'supervisor' && c.subject === undefined && name !== 'switchTo') {
            const flags = allowedActions(c.state)[group] as Readonly<Record<string, boolean>>;
            expect(flags[name]).to.equal(c.expect === 'allowed');
          }
        });
      }
    });
  }

  it('has a case for every agent and call command', () => {
    const flags = allowedActions(STATES.ready);
    const names = [
      ...Object.keys(flags.agent).map((n) => `agent.${n}`),
      ...Object.keys(flags.calls).map((n) => `calls.${n}`),
      ...Object.keys(flags.supervisor).map((n) => `supervisor.${n}`),
    ];
    const covered = Object.keys({ ...TABLE, ...SUPERVISOR_TABLE });
    expect(names.filter((n) => !covered.includes(n))).to.deep.equal([]);
  });

  describe('allowedActions', () => {
    it('says switchTo is possible when any held call can be switched to', () => {
      expect(allowedActions(s({ calls: [held(), talking()] })).calls.switchTo).to.equal(true);
      expect(allowedActions(STATES.talking).calls.switchTo).to.equal(false);
      expect(allowedActions(s({ calls: [held(), dialing()] })).calls.switchTo).to.equal(false);
    });

    it('lists supervisor actions by capability, whatever the agent, and stop while supervising', () => {
      const limited = allowedActions(sup({}, { supervisor: ['listen', 'forceReady'] })).supervisor;
      expect(limited).to.include({
        listen: true,
        forceReady: true,
        barge: false,
        takeOver: false,
        pickUp: false,
        stop: false,
      });
      const supervising = allowedActions(
        sup({ supervising: { agentId: 'ben', callId: 'x', mode: 'listen' } }),
      );
      expect(supervising.supervisor.stop).to.equal(true);
    });

    it('offers only login before login', () => {
      const { agent, calls } = allowedActions(STATES.offline);
      expect(
        Object.entries(agent)
          .filter(([, v]) => v)
          .map(([k]) => k),
      ).to.deep.equal(['login']);
      expect(Object.values(calls).some(Boolean)).to.equal(false);
    });
  });
});

describe('commandCall', () => {
  it('answers and rejects the oldest inbound call that rings', () => {
    const state = s({ calls: [talking(), ringing('r1'), ringing('r2')] });
    expect(commandCall(state, 'answer')!.id).to.equal('r1');
    expect(commandCall(state, 'reject')!.id).to.equal('r1');
  });

  it('does not answer an outbound call being placed', () => {
    expect(commandCall(STATES.dialing, 'answer')).to.equal(null);
  });

  it('acts on the active call for in-call commands', () => {
    const state = s({ calls: [held(), talking()] });
    for (const command of [
      'hangup',
      'hold',
      'resume',
      'mute',
      'unmute',
      'sendDtmf',
      'transfer',
      'consult',
    ] as const) {
      expect(commandCall(state, command)!.id, command).to.equal('c1');
    }
  });

  it('finds the consultation from the consultation or from its customer call', () => {
    expect(commandCall(s({ calls: consultTalking(), activeId: 'k1' }), 'retrieve')!.id).to.equal(
      'k1',
    );
    expect(
      commandCall(s({ calls: consultTalking(), activeId: 'c1' }), 'completeTransfer')!.id,
    ).to.equal('k1');
    expect(commandCall(s({ calls: consultTalking(), activeId: 'c1' }), 'conference')!.id).to.equal(
      'k1',
    );
    expect(commandCall(STATES.talking, 'cancelConsult')).to.equal(null);
    expect(commandCall(STATES.ready, 'retrieve')).to.equal(null);
  });

  it('uses the named call, or none when it does not exist', () => {
    const state = s({ calls: [held(), talking()] });
    expect(commandCall(state, 'hangup', 'h1')!.id).to.equal('h1');
    expect(commandCall(state, 'hangup', 'nope')).to.equal(null);
  });

  it('has no default call for dial and switchTo', () => {
    const state = s({ calls: [held(), talking()] });
    expect(commandCall(state, 'dial')).to.equal(null);
    expect(commandCall(state, 'switchTo')).to.equal(null);
  });
});
