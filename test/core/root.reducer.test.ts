import { expect } from '@open-wc/testing';
import { rootReducer } from '../../core/store/reducers/root.reducer.js';
import { ERROR_LIMIT, type CallCenterState } from '../../core/store/state.js';
import {
  fakeBackendInfo,
  loggedInAgent,
  makeCall,
  makeError,
  makeQuality,
  stateWith,
  T0,
} from '../helpers/builders.js';
import { deepFreeze } from '../helpers/freeze.js';

const frozen = (options: Parameters<typeof stateWith>[0] = {}): CallCenterState =>
  deepFreeze(stateWith(options));

describe('rootReducer', () => {
  describe('quality', () => {
    it('keeps the latest sample per call and leaves the other slices as they were', () => {
      const state = frozen({
        calls: [makeCall({ id: 'c1' }), makeCall({ id: 'c2', state: 'held' })],
      });
      const first = rootReducer(state, {
        type: 'quality/sampled',
        quality: makeQuality({ callId: 'c1', mos: 4.2 }),
      });
      const second = rootReducer(first, {
        type: 'quality/sampled',
        quality: makeQuality({ callId: 'c1', mos: 2.1 }),
      });
      const other = rootReducer(second, {
        type: 'quality/sampled',
        quality: makeQuality({ callId: 'c2' }),
      });
      expect(other.quality.c1!.mos).to.equal(2.1);
      expect(Object.keys(other.quality)).to.deep.equal(['c1', 'c2']);
      expect(other.calls).to.equal(state.calls);
      expect(other.agent).to.equal(state.agent);
    });

    it("drops a call's samples when it ends, and keeps the others", () => {
      const state = frozen({
        calls: [makeCall({ id: 'c1' }), makeCall({ id: 'c2', state: 'held' })],
        quality: [makeQuality({ callId: 'c1' }), makeQuality({ callId: 'c2' })],
      });
      const next = rootReducer(state, {
        type: 'call/ended',
        callId: 'c1',
        cause: 'hangup-local',
        at: T0,
      });
      expect(Object.keys(next.quality)).to.deep.equal(['c2']);
    });

    it('keeps the quality object when an unsampled call ends', () => {
      const state = frozen({
        calls: [makeCall({ id: 'c1' }), makeCall({ id: 'c2', state: 'held' })],
        quality: [makeQuality({ callId: 'c2' })],
      });
      const next = rootReducer(state, {
        type: 'call/ended',
        callId: 'c1',
        cause: 'hangup-local',
        at: T0,
      });
      expect(next.quality).to.equal(state.quality);
    });

    it('forgets every sample when the state is restored', () => {
      const state = frozen({
        calls: [makeCall({ id: 'c1' })],
        quality: [makeQuality({ callId: 'c1' })],
      });
      const next = rootReducer(state, {
        type: 'agent/restored',
        agent: loggedInAgent(),
        calls: [],
        activeId: null,
        at: T0,
      });
      expect(next.quality).to.deep.equal({});
    });
  });

  describe('pending', () => {
    it('lists commands in flight and removes one occurrence per settlement', () => {
      let state = frozen();
      state = rootReducer(state, { type: 'command/started', command: 'calls.sendDtmf' });
      state = rootReducer(state, { type: 'command/started', command: 'calls.hold' });
      state = rootReducer(state, { type: 'command/started', command: 'calls.sendDtmf' });
      expect(state.pending).to.deep.equal(['calls.sendDtmf', 'calls.hold', 'calls.sendDtmf']);
      state = rootReducer(state, { type: 'command/settled', command: 'calls.sendDtmf' });
      expect(state.pending).to.deep.equal(['calls.hold', 'calls.sendDtmf']);
      state = rootReducer(state, { type: 'command/settled', command: 'calls.sendDtmf' });
      state = rootReducer(state, { type: 'command/settled', command: 'calls.hold' });
      expect(state.pending).to.deep.equal([]);
    });

    it('returns the same state when a command that is not pending settles', () => {
      const state = frozen({ pending: ['calls.hold'] });
      expect(rootReducer(state, { type: 'command/settled', command: 'calls.dial' })).to.equal(
        state,
      );
    });
  });

  describe('errors', () => {
    it(`keeps the newest ${ERROR_LIMIT} errors, newest first`, () => {
      let state = frozen();
      for (let i = 0; i < ERROR_LIMIT + 3; i += 1) {
        state = rootReducer(state, { type: 'error/raised', error: makeError({ id: `e${i}` }) });
      }
      expect(state.errors).to.have.length(ERROR_LIMIT);
      expect(state.errors[0]!.id).to.equal(`e${ERROR_LIMIT + 2}`);
      expect(state.errors.at(-1)!.id).to.equal('e3');
    });

    it('dismisses one error by id', () => {
      const state = frozen({ errors: [makeError({ id: 'a' }), makeError({ id: 'b' })] });
      const next = rootReducer(state, { type: 'error/dismissed', id: 'a' });
      expect(next.errors.map((e) => e.id)).to.deep.equal(['b']);
      expect(rootReducer(next, { type: 'error/dismissed', id: 'a' })).to.equal(next);
    });

    it('clears all errors, and returns the same state when there are none', () => {
      const state = frozen({ errors: [makeError(), makeError()] });
      const cleared = rootReducer(state, { type: 'errors/cleared' });
      expect(cleared.errors).to.deep.equal([]);
      expect(rootReducer(cleared, { type: 'errors/cleared' })).to.equal(cleared);
    });
  });

  describe('back end, connection and devices', () => {
    it('backend/attached replaces the placeholder info and backend/info patches the lists', () => {
      const state = frozen({ capabilities: { hold: false } });
      const info = fakeBackendInfo({}, { name: 'demo' });
      const attached = rootReducer(state, { type: 'backend/attached', info });
      expect(attached.backend).to.equal(info);
      const patched = rootReducer(attached, { type: 'backend/info', patch: { wrapUpSeconds: 45 } });
      expect(patched.backend).to.include({
        name: 'demo',
        wrapUpSeconds: 45,
        capabilities: info.capabilities,
      });
    });

    it('connection/changed and devices/changed patch their slice', () => {
      const state = frozen();
      const connection = rootReducer(state, {
        type: 'connection/changed',
        patch: { transport: 'reconnecting', attempt: 2 },
      });
      expect(connection.connection).to.include({
        transport: 'reconnecting',
        attempt: 2,
        registration: 'registered',
      });
      const devices = rootReducer(connection, {
        type: 'devices/changed',
        patch: { audioBlocked: true },
      });
      expect(devices.devices).to.include({ audioBlocked: true, permission: 'unknown' });
      expect(devices.connection).to.equal(connection.connection);
    });

    it('returns the same state for a patch that changes nothing (a re-sent status)', () => {
      const state = frozen({ connection: { transport: 'connected' }, devices: { input: 'mic-1' } });
      expect(
        rootReducer(state, { type: 'connection/changed', patch: { transport: 'connected' } }),
      ).to.equal(state);
      expect(rootReducer(state, { type: 'devices/changed', patch: { input: 'mic-1' } })).to.equal(
        state,
      );
      expect(
        rootReducer(state, { type: 'backend/info', patch: { reasons: state.backend.reasons } }),
      ).to.equal(state);
    });
  });

  it('returns the same state object when an action changes nothing', () => {
    const state = frozen({ calls: [makeCall({ id: 'c1' })] });
    expect(rootReducer(state, { type: 'call/activated', callId: 'c1' })).to.equal(state);
    expect(
      rootReducer(state, { type: 'call/ended', callId: 'gone', cause: 'failed', at: T0 }),
    ).to.equal(state);
    expect(rootReducer(state, { type: 'agent/next-state', next: null })).to.equal(state);
    expect(rootReducer(state, { type: 'agent/wrap-up-extended', wrapUpDeadline: T0 })).to.equal(
      state,
    );
    expect(rootReducer(state, { type: 'error/dismissed', id: 'nope' })).to.equal(state);
  });
});
