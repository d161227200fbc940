/**
 * `createSelector`: a derived value recomputed only when one of its inputs changes (by
 * reference), so a selector that builds an array returns the same array until something it
 * depends on changes, and `distinctUntilChanged` downstream stays quiet.
 */
import type { CallCenterState } from './state.js';

type Input<T> = (state: CallCenterState) => T;
type Values<Inputs extends readonly Input<unknown>[]> = {
  [K in keyof Inputs]: Inputs[K] extends Input<infer V> ? V : never;
};

export function createSelector<const Inputs extends readonly Input<unknown>[], Result>(
  inputs: Inputs,
  project: (...values: Values<Inputs>) => Result,
): (state: CallCenterState) => Result {
  let lastArgs: unknown[] | null = null;
  let lastResult: Result;
  return (state) => {
    const args = inputs.map((input) => input(state));
    if (lastArgs && args.every((value, i) => value === lastArgs![i])) return lastResult;
    lastArgs = args;
    lastResult = project(...(args as Values<Inputs>));
    return lastResult;
  };
}
