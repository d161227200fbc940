/**
 * Memoized selectors. A derived value is recomputed only when one of its inputs changes (by
 * reference), so a selector that builds an array returns the same array until something it
 * depends on changes, and `distinctUntilChanged` downstream stays quiet.
 *
 * Memos are per store: `store.select()` forks each memoized selector (and its inputs), so two
 * call centers on one page do not evict each other's cached values.
 */
import type { CallCenterState } from './state.js';

type Input<T> = (state: CallCenterState) => T;
type Values<Inputs extends readonly Input<unknown>[]> = {
  [K in keyof Inputs]: Inputs[K] extends Input<infer V> ? V : never;
};

const FORK = Symbol('cc-phone-kit/fork-selector');

/** A selector with its own memo; `fork` makes an independent copy. */
export type MemoSelector<T> = Input<T> & { readonly [FORK]?: () => MemoSelector<T> };

/** An independent copy of a memoized selector; plain selectors are returned as they are. */
export function forkSelector<T>(selector: Input<T>): Input<T> {
  const fork = (selector as MemoSelector<T>)[FORK];
  return fork ? fork() : selector;
}

/** Wraps a selector factory: each call of `make` builds a selector with a fresh memo. */
export function memoized<T>(make: () => Input<T>): MemoSelector<T> {
  const selector = make() as MemoSelector<T> & { [FORK]?: () => MemoSelector<T> };
  Object.defineProperty(selector, FORK, { value: () => memoized(make) });
  return selector;
}

export function createSelector<const Inputs extends readonly Input<unknown>[], Result>(
  inputs: Inputs,
  project: (...values: Values<Inputs>) => Result,
): MemoSelector<Result> {
  return memoized(() => {
    const own = inputs.map((input) => forkSelector(input));
    let lastArgs: unknown[] | null = null;
    let lastResult: Result;
    return (state: CallCenterState) => {
      const args = own.map((input) => input(state));
      if (lastArgs && args.every((value, i) => value === lastArgs![i])) return lastResult;
      lastArgs = args;
      lastResult = project(...(args as Values<Inputs>));
      return lastResult;
    };
  });
}
