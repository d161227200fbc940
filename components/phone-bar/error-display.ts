/**
 * Which error the phone bar shows: the newest failure that concerns calls or audio, from the
 * store (back-end failures, media problems) or from the bar's own last command (input and
 * "not now" refusals, which the core reports by throwing, not by storing).
 */
import type { ErrorCode, KitErrorInfo, VendorError } from '../../core/model/errors.js';

export interface ShownError {
  /** Store id, or null for the bar's own. */
  readonly id: string | null;
  readonly code: ErrorCode;
  readonly vendor?: VendorError;
  readonly at: number;
}

/** Errors of other elements' commands (agent presence, supervisor actions) stay with them. */
export function concernsPhoneBar(error: KitErrorInfo): boolean {
  const command = error.command;
  return command === undefined || command.startsWith('calls.') || command.startsWith('devices.');
}

export function errorToShow(
  stored: readonly KitErrorInfo[],
  own: ShownError | null,
  hidden: ReadonlySet<string>,
): ShownError | null {
  const fromStore = stored.find((e) => !hidden.has(e.id) && concernsPhoneBar(e)) ?? null;
  if (own && (!fromStore || own.at >= fromStore.at)) return own;
  if (!fromStore) return null;
  return {
    id: fromStore.id,
    code: fromStore.code,
    at: fromStore.at,
    ...(fromStore.vendor ? { vendor: fromStore.vendor } : {}),
  };
}

/** "E1234: Line busy": what the vendor said, for a detail line (shown as text only). */
export function vendorText(vendor: VendorError | undefined): string {
  if (!vendor) return '';
  return [vendor.code, vendor.message]
    .filter((part) => part !== undefined && part !== '')
    .join(': ');
}
