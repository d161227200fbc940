import type { TransferTarget } from '../../core/store/state.js';

/** What the agent asked the transfer dialog to do with the chosen target. */
export type TransferAction = 'transfer' | 'consult';

/**
 * Fired by `<cc-transfer-dialog>` when the agent confirms a target: transfer the call now
 * (blind) or consult the target first. The phone bar runs the command and closes the dialog
 * when it succeeds, or shows the error inside it.
 */
export class CcTransferSubmitEvent extends Event {
  static readonly type = 'cc-transfer-submit';

  constructor(
    readonly action: TransferAction,
    readonly transferTarget: TransferTarget,
  ) {
    super(CcTransferSubmitEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-transfer-submit': CcTransferSubmitEvent;
  }
}
