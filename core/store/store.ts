/**
 * One immutable state in an RxJS BehaviorSubject. Actions go in through `dispatch`; the state
 * comes out through `state$` and memoized selector streams.
 */
import { BehaviorSubject, distinctUntilChanged, map, shareReplay, type Observable } from 'rxjs';
import type { Action } from './actions.js';
import { forkSelector } from './memoize.js';
import { rootReducer } from './reducers/root.reducer.js';
import type { CallCenterState } from './state.js';

export type Selector<T> = (state: CallCenterState) => T;

export interface Store {
  readonly state$: Observable<CallCenterState>;
  readonly snapshot: CallCenterState;
  dispatch(action: Action): void;
  /**
   * A stream of `selector(state)` that emits once per change of the selected value (by
   * reference). The same selector function returns the same shared stream.
   */
  select<T>(selector: Selector<T>, compare?: (a: T, b: T) => boolean): Observable<T>;
  /** `selector(snapshot)` through this store's own memo: the same value `select()` emits. */
  read<T>(selector: Selector<T>): T;
  /** Completes every stream; further dispatches are ignored. */
  destroy(): void;
}

export function createStore(initial: CallCenterState): Store {
  const subject = new BehaviorSubject<CallCenterState>(initial);
  const state$ = subject.asObservable();
  const cache = new WeakMap<Selector<unknown>, Observable<unknown>>();
  // A memoized selector gets this store's own copy of its memo.
  const forks = new WeakMap<Selector<unknown>, Selector<unknown>>();
  const own = <T>(selector: Selector<T>): Selector<T> => {
    let fork = forks.get(selector as Selector<unknown>);
    if (!fork)
      forks.set(
        selector as Selector<unknown>,
        (fork = forkSelector(selector as Selector<unknown>)),
      );
    return fork as Selector<T>;
  };
  let destroyed = false;

  return {
    state$,
    get snapshot() {
      return subject.getValue();
    },
    dispatch(action) {
      if (destroyed) return;
      const current = subject.getValue();
      const next = rootReducer(current, action);
      if (next !== current) subject.next(next);
    },
    select<T>(selector: Selector<T>, compare?: (a: T, b: T) => boolean): Observable<T> {
      if (!compare) {
        const cached = cache.get(selector as Selector<unknown>);
        if (cached) return cached as Observable<T>;
      }
      const stream = state$.pipe(
        map(own(selector)),
        distinctUntilChanged(compare),
        // refCount: the selector stops computing when the last subscriber leaves.
        shareReplay({ refCount: true, bufferSize: 1 }),
      );
      if (!compare) cache.set(selector as Selector<unknown>, stream);
      return stream;
    },
    read(selector) {
      return own(selector)(subject.getValue());
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      subject.complete();
    },
  };
}
