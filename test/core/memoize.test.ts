import { expect } from '@open-wc/testing';
import { createSelector } from '../../core/store/memoize.js';
import type { CallCenterState } from '../../core/store/state.js';
import { makeCall, stateWith } from '../helpers/builders.js';

describe('createSelector', () => {
  it('recomputes only when an input changes by reference', () => {
    let runs = 0;
    const selectIds = createSelector(
      [(s: CallCenterState) => s.calls.order, (s: CallCenterState) => s.calls.activeId],
      (order, activeId) => {
        runs += 1;
        return order.filter((id) => id !== activeId);
      },
    );
    const state = stateWith({
      calls: [makeCall({ id: 'a', state: 'held' }), makeCall({ id: 'b' })],
    });
    const first = selectIds(state);
    expect(first).to.deep.equal(['a']);
    expect(selectIds({ ...state, errors: [] })).to.equal(first);
    expect(runs).to.equal(1);
    const switched = selectIds({ ...state, calls: { ...state.calls, activeId: 'a' } });
    expect(switched).to.deep.equal(['b']);
    expect(runs).to.equal(2);
  });
});
