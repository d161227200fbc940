import { expect } from '@open-wc/testing';
import { agentReducer } from '../../core/store/reducers/agent.reducer.js';
import type { AgentState, NotReadyReason } from '../../core/store/state.js';
import { loggedInAgent, makeCall, offlineAgent, T0 } from '../helpers/builders.js';
import { deepFreeze } from '../helpers/freeze.js';

const BREAK: NotReadyReason = { code: '11', label: 'Break' };
const LUNCH: NotReadyReason = { code: '12', label: 'Lunch' };

const agent = (partial: Partial<AgentState> = {}) => deepFreeze(loggedInAgent(partial));

describe('agentReducer', () => {
  describe('agent/logged-in', () => {
    it('takes the identity and phone type, leaving presence to the presence event', () => {
      const next = agentReducer(deepFreeze(offlineAgent()), {
        type: 'agent/logged-in',
        id: '1001',
        name: 'Alice Chen',
        extension: '8001',
        phoneType: 'sip',
        at: T0,
      });
      expect(next).to.include({
        id: '1001',
        name: 'Alice Chen',
        extension: '8001',
        phoneType: 'sip',
      });
      expect(next.presence).to.equal('offline');
    });

    it('returns the same agent when the identity is re-sent unchanged', () => {
      const state = agent({ phoneType: 'webrtc' });
      const next = agentReducer(state, {
        type: 'agent/logged-in',
        id: state.id!,
        name: state.name,
        extension: state.extension,
        phoneType: 'webrtc',
        at: T0,
      });
      expect(next).to.equal(state);
    });
  });

  describe('agent/presence', () => {
    it('goes ready and restarts the state timer', () => {
      const next = agentReducer(agent({ presence: 'not-ready', reason: BREAK, since: T0 - 5000 }), {
        type: 'agent/presence',
        presence: 'ready',
        reason: null,
        at: T0,
      });
      expect(next).to.include({ presence: 'ready', reason: null, since: T0 });
    });

    it('keeps the reason only while not ready', () => {
      const notReady = agentReducer(agent(), {
        type: 'agent/presence',
        presence: 'not-ready',
        reason: BREAK,
        at: T0,
      });
      expect(notReady.reason).to.deep.equal(BREAK);
      const ready = agentReducer(notReady, {
        type: 'agent/presence',
        presence: 'ready',
        reason: BREAK,
        at: T0 + 1,
      });
      expect(ready.reason).to.equal(null);
    });

    it('returns the same agent for a repeated presence, so the timer keeps running', () => {
      const state = agent({ presence: 'not-ready', reason: BREAK, since: T0 - 90_000 });
      const next = agentReducer(state, {
        type: 'agent/presence',
        presence: 'not-ready',
        reason: { ...BREAK },
        at: T0,
      });
      expect(next).to.equal(state);
      expect(next.since).to.equal(T0 - 90_000);
    });

    it('restarts the timer when only the not-ready reason changes', () => {
      const state = agent({ presence: 'not-ready', reason: BREAK, since: T0 - 90_000 });
      const next = agentReducer(state, {
        type: 'agent/presence',
        presence: 'not-ready',
        reason: LUNCH,
        at: T0,
      });
      expect(next.reason).to.deep.equal(LUNCH);
      expect(next.since).to.equal(T0);
    });

    it('enters wrap-up with its deadline and clears the deadline when leaving it', () => {
      const wrapUp = agentReducer(agent(), {
        type: 'agent/presence',
        presence: 'wrap-up',
        reason: null,
        at: T0,
        wrapUpDeadline: T0 + 30_000,
      });
      expect(wrapUp).to.include({ presence: 'wrap-up', wrapUpDeadline: T0 + 30_000, since: T0 });
      const ready = agentReducer(wrapUp, {
        type: 'agent/presence',
        presence: 'ready',
        reason: null,
        at: T0 + 10_000,
      });
      expect(ready.wrapUpDeadline).to.equal(null);
    });

    it('ignores a deadline sent with a presence other than wrap-up', () => {
      const next = agentReducer(agent({ presence: 'not-ready', reason: BREAK }), {
        type: 'agent/presence',
        presence: 'ready',
        reason: null,
        at: T0,
        wrapUpDeadline: T0 + 30_000,
      });
      expect(next.wrapUpDeadline).to.equal(null);
    });

    it('takes a new deadline from a re-sent wrap-up without restarting the timer', () => {
      const state = agent({ presence: 'wrap-up', since: T0 - 10_000, wrapUpDeadline: T0 + 20_000 });
      const next = agentReducer(state, {
        type: 'agent/presence',
        presence: 'wrap-up',
        reason: null,
        at: T0,
        wrapUpDeadline: T0 + 50_000,
      });
      expect(next).to.include({ wrapUpDeadline: T0 + 50_000, since: T0 - 10_000 });
    });

    it('keeps a requested next state across presences but drops it when going offline', () => {
      const nextState = { presence: 'not-ready', reason: LUNCH } as const;
      const state = agent({ nextState });
      const wrapUp = agentReducer(state, {
        type: 'agent/presence',
        presence: 'wrap-up',
        reason: null,
        at: T0,
        wrapUpDeadline: T0 + 30_000,
      });
      expect(wrapUp.nextState).to.equal(nextState);
      const offline = agentReducer(wrapUp, {
        type: 'agent/presence',
        presence: 'offline',
        reason: null,
        at: T0 + 1,
      });
      expect(offline.nextState).to.equal(null);
    });
  });

  describe('agent/wrap-up-extended', () => {
    it('moves the deadline while in wrap-up', () => {
      const state = agent({ presence: 'wrap-up', wrapUpDeadline: T0 + 30_000 });
      const next = agentReducer(state, {
        type: 'agent/wrap-up-extended',
        wrapUpDeadline: T0 + 90_000,
      });
      expect(next.wrapUpDeadline).to.equal(T0 + 90_000);
      expect(next.since).to.equal(state.since);
    });

    it('is ignored outside wrap-up (a late event after the agent went ready)', () => {
      const state = agent({ presence: 'ready' });
      expect(
        agentReducer(state, { type: 'agent/wrap-up-extended', wrapUpDeadline: T0 + 90_000 }),
      ).to.equal(state);
    });
  });

  describe('agent/next-state', () => {
    it('sets and clears the next state', () => {
      const next = { presence: 'ready' } as const;
      const set = agentReducer(agent(), { type: 'agent/next-state', next });
      expect(set.nextState).to.equal(next);
      const cleared = agentReducer(set, { type: 'agent/next-state', next: null });
      expect(cleared.nextState).to.equal(null);
    });

    it('returns the same agent when the next state is already that one', () => {
      const state = agent({ nextState: null });
      expect(agentReducer(state, { type: 'agent/next-state', next: null })).to.equal(state);
    });
  });

  it('agent/logged-out forgets the identity, wrap-up and next state', () => {
    const state = agent({
      presence: 'wrap-up',
      wrapUpDeadline: T0 + 30_000,
      nextState: { presence: 'ready' },
    });
    const next = agentReducer(state, { type: 'agent/logged-out', at: T0 + 5 });
    expect(next).to.deep.equal(offlineAgent({ since: T0 + 5 }));
  });

  it("agent/restored replaces the agent with the back end's view", () => {
    const restored = loggedInAgent({
      id: '2002',
      presence: 'not-ready',
      reason: BREAK,
      since: T0 - 1,
    });
    const next = agentReducer(agent(), {
      type: 'agent/restored',
      agent: restored,
      calls: [makeCall()],
      activeId: null,
      at: T0,
    });
    expect(next).to.equal(restored);
  });

  it('returns the same agent for actions it does not handle', () => {
    const state = agent();
    expect(agentReducer(state, { type: 'call/activated', callId: 'x' })).to.equal(state);
    expect(agentReducer(state, { type: 'errors/cleared' })).to.equal(state);
  });
});
