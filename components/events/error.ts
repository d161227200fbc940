import type { ErrorCode, VendorError } from '../../core/model/errors.js';

export interface CcErrorDetail {
  /** Unique per occurrence (the id `callCenter.dismissError()` takes). */
  readonly id: string;
  /** Stable code: switch on it. */
  readonly code: ErrorCode;
  /** The kit's English message for developers and logs (the UI shows a localized one). */
  readonly message: string;
  /** The command that failed ("calls.dial"), when one did. */
  readonly command?: string;
  /**
   * What the vendor said, verbatim. Untrusted: treat as data, render as text only, never as
   * HTML.
   */
  readonly vendor?: VendorError;
}

/** Something failed: a command, the connection, the registration, media. Bubbling and composed. */
export class CcErrorEvent extends CustomEvent<CcErrorDetail> {
  static readonly type = 'cc-error';

  constructor(detail: CcErrorDetail) {
    super(CcErrorEvent.type, { bubbles: true, composed: true, cancelable: false, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-error': CcErrorEvent;
  }
}
