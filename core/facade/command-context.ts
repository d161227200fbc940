/**
 * What every command group shares: the store, and the one path every command takes.
 */
import type { Backend } from '../backends/backend.js';
import type { CommandName, CommandSubject } from '../model/allowed-actions.js';
import { CallCenterError } from '../model/errors.js';
import type { Store } from '../store/store.js';

export interface CommandContext {
  readonly store: Store;
  /**
   * Validates (typed error, nothing changes), checks the allowed-actions function (typed error,
   * nothing changes), marks the command pending, asks the back end, records its failures.
   */
  run<T>(
    command: CommandName,
    subject: CommandSubject,
    validate: () => void,
    execute: (backend: Backend) => Promise<T>,
  ): Promise<T>;
  /** The started back end, for commands outside the allowed-actions model (devices). */
  started(command: string): Promise<Backend>;
  /** Records a back-end failure in the store and returns it typed. */
  fail(error: unknown, command: string): CallCenterError;
}

export function noop(): void {}

export function requireText(
  value: unknown,
  code: 'unknown-agent' | 'unknown-call',
  message: string,
): void {
  if (typeof value !== 'string' || value.trim() === '') throw new CallCenterError(code, message);
}

export function withTimeout<T>(promise: Promise<T>, ms: number, command: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new CallCenterError(
            'timeout',
            `The back end did not answer within ${Math.round(ms / 1000)} s.`,
            { command },
          ),
        ),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
