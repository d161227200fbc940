import { expect } from '@open-wc/testing';
import { createStore } from '../../core/store/store.js';
import type { CallCenterState } from '../../core/store/state.js';
import { makeCall, makeQuality, stateWith, T0 } from '../helpers/builders.js';

const initial = () => stateWith({ calls: [makeCall({ id: 'c1' })] });

describe('createStore', () => {
  it('reduces dispatched actions into the snapshot and state$', () => {
    const store = createStore(initial());
    const states: CallCenterState[] = [];
    store.state$.subscribe((s) => states.push(s));
    store.dispatch({ type: 'call/updated', callId: 'c1', patch: { state: 'held' } });
    expect(store.snapshot.calls.byId.c1!.state).to.equal('held');
    expect(states).to.have.length(2);
    expect(states[1]).to.equal(store.snapshot);
  });

  it('does not emit a state for an action that changes nothing', () => {
    const store = createStore(initial());
    const states: CallCenterState[] = [];
    store.state$.subscribe((s) => states.push(s));
    store.dispatch({ type: 'call/activated', callId: 'c1' });
    store.dispatch({ type: 'call/ended', callId: 'gone', cause: 'failed', at: T0 });
    store.dispatch({ type: 'call/updated', callId: 'c1', patch: { state: 'talking' } });
    expect(states).to.have.length(1);
  });

  it('computes a selector once per state however many subscribe, and not at all with none', () => {
    const store = createStore(initial());
    let runs = 0;
    const selector = (s: CallCenterState) => {
      runs += 1;
      return s.quality;
    };
    const a = store.select(selector).subscribe();
    const b = store.select(selector).subscribe();
    expect(runs).to.equal(1);
    store.dispatch({ type: 'quality/sampled', quality: makeQuality({ callId: 'c1' }) });
    expect(runs).to.equal(2);
    a.unsubscribe();
    b.unsubscribe();
    store.dispatch({ type: 'quality/sampled', quality: makeQuality({ callId: 'c1', mos: 2 }) });
    expect(runs).to.equal(2);
  });

  it('replays the current value to a late subscriber', () => {
    const store = createStore(initial());
    const stream = store.select((s) => s.calls.activeId);
    stream.subscribe();
    const seen: (string | null)[] = [];
    stream.subscribe((v) => seen.push(v));
    expect(seen).to.deep.equal(['c1']);
  });

  it('uses a compare function to decide what counts as a change', () => {
    const store = createStore(initial());
    const seen: number[] = [];
    store
      .select(
        (s) => Object.keys(s.quality).length,
        (a, b) => a > 0 === b > 0,
      )
      .subscribe((v) => seen.push(v));
    store.dispatch({ type: 'quality/sampled', quality: makeQuality({ callId: 'c1' }) });
    store.dispatch({ type: 'quality/sampled', quality: makeQuality({ callId: 'c2' }) });
    expect(seen).to.deep.equal([0, 1]);
  });

  it('completes every stream on destroy and ignores later dispatches', () => {
    const store = createStore(initial());
    let completed = 0;
    store.state$.subscribe({ complete: () => (completed += 1) });
    store.select((s) => s.agent).subscribe({ complete: () => (completed += 1) });
    store.destroy();
    store.destroy();
    expect(completed).to.equal(2);
    const before = store.snapshot;
    store.dispatch({ type: 'errors/cleared' });
    store.dispatch({ type: 'call/ended', callId: 'c1', cause: 'failed', at: T0 });
    expect(store.snapshot).to.equal(before);
  });
});
