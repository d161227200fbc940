import { expect } from '@open-wc/testing';
import { callsReducer } from '../../core/store/reducers/calls.reducer.js';
import { CALL_HISTORY_LIMIT, type Call, type CallsState } from '../../core/store/state.js';
import { loggedInAgent, makeCall, makeRecord, T0 } from '../helpers/builders.js';
import { deepFreeze } from '../helpers/freeze.js';

const EMPTY: CallsState = deepFreeze({ byId: {}, order: [], activeId: null, history: [] });

/** Calls state from calls in creation order, `activeId` as given. */
function callsState(
  calls: readonly Call[],
  activeId: string | null,
  history: CallsState['history'] = [],
): CallsState {
  return deepFreeze({
    byId: Object.fromEntries(calls.map((c) => [c.id, c])),
    order: calls.map((c) => c.id),
    activeId,
    history,
  });
}

const created = (state: CallsState, call: Call) =>
  callsReducer(state, { type: 'call/created', call });
const ended = (state: CallsState, callId: string, at = T0) =>
  callsReducer(state, { type: 'call/ended', callId, cause: 'hangup-remote', at });

describe('callsReducer', () => {
  describe('call/created', () => {
    it('adds the call in creation order and makes the first call active', () => {
      const call = makeCall({ id: 'c1', state: 'ringing' });
      const next = created(EMPTY, call);
      expect(next.byId.c1).to.equal(call);
      expect(next.order).to.deep.equal(['c1']);
      expect(next.activeId).to.equal('c1');
    });

    it('does not let an inbound call that rings during a conversation steal the controls', () => {
      const talking = makeCall({ id: 'c1', state: 'talking' });
      const next = created(
        callsState([talking], 'c1'),
        makeCall({ id: 'c2', state: 'ringing', direction: 'inbound' }),
      );
      expect(next.order).to.deep.equal(['c1', 'c2']);
      expect(next.activeId).to.equal('c1');
    });

    it('does not let an internal call (a colleague) that rings during a conversation steal the controls', () => {
      const talking = makeCall({ id: 'c1', state: 'talking' });
      const next = created(
        callsState([talking], 'c1'),
        makeCall({ id: 'c2', state: 'ringing', direction: 'internal' }),
      );
      expect(next.activeId).to.equal('c1');
    });

    it('gives the controls to a call the agent places while another is held', () => {
      const held = makeCall({ id: 'c1', state: 'held' });
      const next = created(
        callsState([held], 'c1'),
        makeCall({ id: 'c2', state: 'dialing', direction: 'outbound' }),
      );
      expect(next.activeId).to.equal('c2');
    });

    it('gives the controls to a consultation', () => {
      const customer = makeCall({ id: 'c1', state: 'held' });
      const consult = makeCall({
        id: 'c2',
        state: 'dialing',
        direction: 'internal',
        consultOf: 'c1',
      });
      expect(created(callsState([customer], 'c1'), consult).activeId).to.equal('c2');
    });

    it('ignores a duplicate creation of a call it already has', () => {
      const state = callsState([makeCall({ id: 'c1' })], 'c1');
      expect(created(state, makeCall({ id: 'c1', state: 'ringing' }))).to.equal(state);
    });
  });

  describe('call/updated', () => {
    it('patches the call and nothing else', () => {
      const other = makeCall({ id: 'c2', state: 'held' });
      const state = callsState([makeCall({ id: 'c1' }), other], 'c1');
      const next = callsReducer(state, {
        type: 'call/updated',
        callId: 'c1',
        patch: { muted: true },
      });
      expect(next.byId.c1!.muted).to.equal(true);
      expect(next.byId.c2).to.equal(other);
      expect(next.order).to.equal(state.order);
    });

    it('ignores an update of an unknown call', () => {
      const state = callsState([makeCall({ id: 'c1' })], 'c1');
      expect(
        callsReducer(state, { type: 'call/updated', callId: 'nope', patch: { muted: true } }),
      ).to.equal(state);
    });

    it('returns the same state when the patch changes nothing (a re-sent event)', () => {
      const state = callsState([makeCall({ id: 'c1', state: 'talking', muted: false })], 'c1');
      const next = callsReducer(state, {
        type: 'call/updated',
        callId: 'c1',
        patch: { state: 'talking', muted: false },
      });
      expect(next).to.equal(state);
    });
  });

  describe('call/activated', () => {
    it('moves the controls to another call', () => {
      const state = callsState(
        [makeCall({ id: 'c1', state: 'held' }), makeCall({ id: 'c2' })],
        'c2',
      );
      expect(callsReducer(state, { type: 'call/activated', callId: 'c1' }).activeId).to.equal('c1');
    });

    it('ignores an unknown call and the call that is already active', () => {
      const state = callsState([makeCall({ id: 'c1' })], 'c1');
      expect(callsReducer(state, { type: 'call/activated', callId: 'nope' })).to.equal(state);
      expect(callsReducer(state, { type: 'call/activated', callId: 'c1' })).to.equal(state);
    });
  });

  describe('call/ended', () => {
    it('removes the call and records it in the history, newest first', () => {
      const call = makeCall({
        id: 'c1',
        direction: 'outbound',
        startedAt: T0 - 60_000,
        answeredAt: T0 - 50_000,
      });
      const older = makeRecord({ id: 'old' });
      const next = callsReducer(callsState([call], 'c1', [older]), {
        type: 'call/ended',
        callId: 'c1',
        cause: 'busy',
        at: T0,
      });
      expect(next.byId).to.deep.equal({});
      expect(next.order).to.deep.equal([]);
      expect(next.activeId).to.equal(null);
      expect(next.history).to.deep.equal([
        {
          id: 'c1',
          direction: 'outbound',
          remote: call.remote,
          queue: null,
          startedAt: T0 - 60_000,
          answeredAt: T0 - 50_000,
          endedAt: T0,
          endCause: 'busy',
        },
        older,
      ]);
    });

    it(`keeps at most ${CALL_HISTORY_LIMIT} records, dropping the oldest`, () => {
      const history = Array.from({ length: CALL_HISTORY_LIMIT }, (_, i) =>
        makeRecord({ id: `h${i}` }),
      );
      const next = ended(callsState([makeCall({ id: 'c1' })], 'c1', history), 'c1');
      expect(next.history).to.have.length(CALL_HISTORY_LIMIT);
      expect(next.history[0]!.id).to.equal('c1');
      expect(next.history.at(-1)!.id).to.equal(`h${CALL_HISTORY_LIMIT - 2}`);
    });

    it('returns the controls to the customer when the active consultation ends', () => {
      const customer = makeCall({ id: 'c1', state: 'held' });
      const other = makeCall({ id: 'c2', state: 'held' });
      const consult = makeCall({ id: 'c3', direction: 'internal', consultOf: 'c1' });
      const next = ended(callsState([customer, other, consult], 'c3'), 'c3');
      expect(next.activeId).to.equal('c1');
    });

    it('falls back to the newest call that is not ringing when the active call ends', () => {
      const held = makeCall({ id: 'c1', state: 'held' });
      const talking = makeCall({ id: 'c2' });
      const ringing = makeCall({ id: 'c3', state: 'ringing' });
      const next = ended(callsState([held, talking, ringing], 'c2'), 'c2');
      expect(next.activeId).to.equal('c1');
    });

    it('falls back to a ringing call when nothing else is left', () => {
      const ringing = makeCall({ id: 'c2', state: 'ringing' });
      const next = ended(callsState([makeCall({ id: 'c1' }), ringing], 'c1'), 'c1');
      expect(next.activeId).to.equal('c2');
    });

    it('keeps the active call when another call ends', () => {
      const next = ended(
        callsState([makeCall({ id: 'c1', state: 'held' }), makeCall({ id: 'c2' })], 'c2'),
        'c1',
      );
      expect(next.activeId).to.equal('c2');
    });

    it('turns the consultation of an ended customer call into a call of its own', () => {
      const customer = makeCall({ id: 'c1', state: 'held' });
      const consult = makeCall({ id: 'c2', direction: 'internal', consultOf: 'c1' });
      const next = ended(callsState([customer, consult], 'c2'), 'c1');
      expect(next.byId.c2!.consultOf).to.equal(null);
      expect(next.activeId).to.equal('c2');
    });

    it('ignores the end of an unknown call (a duplicate event)', () => {
      const state = callsState([makeCall({ id: 'c1' })], 'c1');
      expect(ended(state, 'nope')).to.equal(state);
    });
  });

  describe('agent/restored', () => {
    const restore = (state: CallsState, calls: readonly Call[], activeId: string | null) =>
      callsReducer(state, {
        type: 'agent/restored',
        agent: loggedInAgent(),
        calls,
        activeId,
        at: T0,
      });

    it("replaces the calls with the back end's, keeping the history", () => {
      const history = [makeRecord({ id: 'old' })];
      const a = makeCall({ id: 'a', state: 'held' });
      const b = makeCall({ id: 'b' });
      const next = restore(callsState([a, b], 'b', history), [a, b], 'a');
      expect(next.order).to.deep.equal(['a', 'b']);
      expect(next.byId).to.deep.equal({ a, b });
      expect(next.activeId).to.equal('a');
      expect(next.history).to.equal(history);
    });

    it('records the calls the back end no longer has in the history, ended by the network', () => {
      const history = [makeRecord({ id: 'old' })];
      const lost = makeCall({ id: 'lost' });
      const next = restore(callsState([lost], 'lost', history), [], null);
      expect(next.history.map((r) => r.id)).to.deep.equal(['lost', 'old']);
      expect(next.history[0]!.endCause).to.equal('network');
      expect(next.history[0]!.endedAt).to.equal(T0);
    });

    it('makes the newest call active when the given one does not exist', () => {
      const a = makeCall({ id: 'a', state: 'held' });
      const b = makeCall({ id: 'b' });
      expect(restore(EMPTY, [a, b], 'gone').activeId).to.equal('b');
      expect(restore(EMPTY, [a, b], null).activeId).to.equal('b');
      expect(restore(EMPTY, [], null).activeId).to.equal(null);
    });
  });

  it('returns the same state for actions it does not handle', () => {
    const state = callsState([makeCall({ id: 'c1' })], 'c1');
    expect(callsReducer(state, { type: 'agent/logged-out', at: T0 })).to.equal(state);
    expect(callsReducer(state, { type: 'command/started', command: 'calls.hold' })).to.equal(state);
  });
});
