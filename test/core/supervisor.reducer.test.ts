import { expect } from '@open-wc/testing';
import { supervisorReducer } from '../../core/store/reducers/supervisor.reducer.js';
import type { SupervisorState } from '../../core/store/state.js';
import {
  makeBusyRosterAgent,
  makeQueue,
  makeRosterAgent,
  makeWaitingCall,
  stateWith,
  T0,
} from '../helpers/builders.js';
import { deepFreeze } from '../helpers/freeze.js';

function supervisorState(options: Parameters<typeof stateWith>[0] = {}): SupervisorState {
  return deepFreeze(stateWith(options).supervisor);
}

const ann = makeRosterAgent({ id: '1', name: 'Ann' });
const ben = makeBusyRosterAgent({ id: '2', name: 'Ben' });
const cat = makeRosterAgent({ id: '3', name: 'Cat' });
const sales = makeQueue({ id: 'sales' });
const support = makeQueue({ id: 'support' });

describe('supervisorReducer', () => {
  it('supervisor/roster replaces agents and queues, keeping their order', () => {
    const state = supervisorState({ roster: [cat] });
    const next = supervisorReducer(state, {
      type: 'supervisor/roster',
      agents: [ben, ann],
      queues: [support, sales],
    });
    expect(next.agentIds).to.deep.equal(['2', '1']);
    expect(next.agents).to.deep.equal({ '1': ann, '2': ben });
    expect(next.queueIds).to.deep.equal(['support', 'sales']);
    expect(next.queues.sales).to.equal(sales);
  });

  describe('supervisor/agents-changed', () => {
    it('applies a batch of partial changes in one new state, leaving the others untouched', () => {
      const state = supervisorState({ roster: [ann, ben, cat] });
      const next = supervisorReducer(state, {
        type: 'supervisor/agents-changed',
        changes: [
          { id: '1', presence: 'not-ready', reason: { code: '11', label: 'Break' }, since: T0 },
          { id: '2', work: 'held' },
        ],
      });
      expect(next.agents['1']).to.include({ presence: 'not-ready', since: T0, name: 'Ann' });
      expect(next.agents['2']).to.include({ work: 'held', callId: ben.callId });
      expect(next.agents['3']).to.equal(cat);
      expect(next.agentIds).to.equal(state.agentIds);
    });

    it('adds an agent it did not know when the change is a complete agent', () => {
      const state = supervisorState({ roster: [ann] });
      const next = supervisorReducer(state, { type: 'supervisor/agents-changed', changes: [cat] });
      expect(next.agentIds).to.deep.equal(['1', '3']);
      expect(next.agents['3']).to.deep.equal(cat);
    });

    it('drops a partial change for an agent it does not know', () => {
      const state = supervisorState({ roster: [ann] });
      const next = supervisorReducer(state, {
        type: 'supervisor/agents-changed',
        changes: [{ id: '9', presence: 'ready' }],
      });
      expect(next.agentIds).to.deep.equal(['1']);
      expect(next.agents['9']).to.equal(undefined);
      expect(next).to.equal(state);
    });

    it('returns the same state for an empty batch', () => {
      const state = supervisorState({ roster: [ann] });
      expect(supervisorReducer(state, { type: 'supervisor/agents-changed', changes: [] })).to.equal(
        state,
      );
    });
  });

  describe('supervisor/agents-removed', () => {
    it('removes the agents and stops supervising one of them', () => {
      const state = supervisorState({
        roster: [ann, ben, cat],
        supervising: { agentId: '2', callId: ben.callId!, mode: 'listen' },
      });
      const next = supervisorReducer(state, { type: 'supervisor/agents-removed', ids: ['2', '3'] });
      expect(next.agentIds).to.deep.equal(['1']);
      expect(Object.keys(next.agents)).to.deep.equal(['1']);
      expect(next.supervising).to.equal(null);
    });

    it('keeps supervising an agent who stays', () => {
      const supervising = { agentId: '2', callId: ben.callId!, mode: 'barge' } as const;
      const state = supervisorState({ roster: [ann, ben], supervising });
      expect(
        supervisorReducer(state, { type: 'supervisor/agents-removed', ids: ['1'] }).supervising,
      ).to.equal(supervising);
    });

    it('returns the same state when none of the ids is in the roster', () => {
      const state = supervisorState({ roster: [ann] });
      expect(supervisorReducer(state, { type: 'supervisor/agents-removed', ids: ['9'] })).to.equal(
        state,
      );
    });
  });

  it('supervisor/queues-changed replaces known queues in place and appends new ones', () => {
    const state = supervisorState({ queues: [sales, support] });
    const busier = { ...support, waiting: 4, oldestWaitingSince: T0 };
    const billing = makeQueue({ id: 'billing' });
    const next = supervisorReducer(state, {
      type: 'supervisor/queues-changed',
      queues: [busier, billing],
    });
    expect(next.queueIds).to.deep.equal(['sales', 'support', 'billing']);
    expect(next.queues.support).to.equal(busier);
    expect(next.queues.sales).to.equal(sales);
  });

  it('supervisor/waiting replaces the waiting calls', () => {
    const waiting = [
      makeWaitingCall({ id: 'w1' }),
      makeWaitingCall({ id: 'w2', queueId: 'sales' }),
    ];
    const next = supervisorReducer(supervisorState({ waiting: [makeWaitingCall({ id: 'w0' })] }), {
      type: 'supervisor/waiting',
      waiting,
    });
    expect(next.waiting).to.equal(waiting);
  });

  it('supervisor/supervising sets and clears what the supervisor does', () => {
    const supervising = { agentId: '2', callId: 'x', mode: 'whisper' } as const;
    const on = supervisorReducer(supervisorState({ roster: [ben] }), {
      type: 'supervisor/supervising',
      supervising,
    });
    expect(on.supervising).to.equal(supervising);
    expect(
      supervisorReducer(on, { type: 'supervisor/supervising', supervising: null }).supervising,
    ).to.equal(null);
  });

  it('returns the same state for actions it does not handle', () => {
    const state = supervisorState({ roster: [ann] });
    expect(supervisorReducer(state, { type: 'call/activated', callId: 'c1' })).to.equal(state);
  });
});
