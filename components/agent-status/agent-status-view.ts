/**
 * Pure helpers of `<cc-agent-status>`: what the element shows, computed from store values.
 * No Lit, no DOM: easy to read and to test.
 */
import type { ErrorCode, VendorError } from '../../core/model/errors.js';
import type { Capabilities } from '../../core/backends/capabilities.js';
import type { NextState, NotReadyReason, Presence, WorkState } from '../../core/store/state.js';

/** The `agent-state` attribute. */
export type AgentStateAttribute = 'offline' | 'ready' | 'not-ready' | 'wrap-up' | 'on-call';

export function agentStateAttribute(presence: Presence, work: WorkState): AgentStateAttribute {
  if (presence === 'offline') return 'offline';
  if (work !== 'idle') return 'on-call';
  return presence;
}

/** An error the element shows: a code to localize, and what the vendor said (untrusted). */
export interface ShownError {
  readonly code: ErrorCode;
  readonly vendor?: VendorError;
}

/** Reads a rejection from the facade (a CallCenterError) without importing core at run time. */
export function shownError(error: unknown): ShownError {
  if (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string'
  ) {
    const vendor = 'vendor' in error ? (error.vendor as VendorError | undefined) : undefined;
    return { code: error.code as ErrorCode, ...(vendor ? { vendor } : {}) };
  }
  return { code: 'server-error' };
}

/**
 * Wrap-up extensions offered as buttons: the back end's minimum and twice it, within its
 * range (Sobot 30-900 s gives +30 s and +60 s).
 */
export function extensionSteps(wrapUp: Capabilities['wrapUp']): number[] {
  if (!wrapUp?.extendable) return [];
  const steps = [wrapUp.min, wrapUp.min * 2].filter((s) => s > 0 && s <= wrapUp.max);
  return [...new Set(steps)];
}

/** Value of a next-state `<option>`: "", "ready", "offline" or "not-ready:<code>". */
export function nextStateValue(next: NextState | null): string {
  if (!next) return '';
  return next.presence === 'not-ready' ? `not-ready:${next.reason.code}` : next.presence;
}

/** The next state an `<option>` value stands for; undefined for an unknown reason code. */
export function parseNextState(
  value: string,
  reasons: readonly NotReadyReason[],
): NextState | null | undefined {
  if (value === '') return null;
  if (value === 'ready' || value === 'offline') return { presence: value };
  const code = value.startsWith('not-ready:') ? value.slice('not-ready:'.length) : null;
  const reason = reasons.find((r) => r.code === code);
  return reason ? { presence: 'not-ready', reason } : undefined;
}
