/**
 * Catching the kit's typed errors in tests: the thrown value must be a CallCenterError, and the
 * test gets it back to check its code, command and message.
 */
import { CallCenterError } from '../../core/model/errors.js';

/** The CallCenterError `fn` throws; fails the test when it throws nothing or something else. */
export function thrownBy(fn: () => unknown): CallCenterError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CallCenterError) return error;
    throw new Error(`Expected a CallCenterError, got ${String(error)}`);
  }
  throw new Error('Expected a CallCenterError, but nothing was thrown.');
}

/** The CallCenterError `promise` rejects with; fails the test when it resolves or rejects otherwise. */
export async function rejectionOf(promise: Promise<unknown>): Promise<CallCenterError> {
  let value: unknown;
  try {
    value = await promise;
  } catch (error) {
    if (error instanceof CallCenterError) return error;
    throw new Error(`Expected a CallCenterError, got ${String(error)}`);
  }
  throw new Error(`Expected a rejection, but it resolved with ${JSON.stringify(value)}.`);
}
