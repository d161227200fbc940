import { define } from '../base/cc-element.js';
import { CcTransferDialog } from './transfer-dialog.component.js';

export { CcTransferDialog };
export type { TransferQueue } from './transfer-dialog.component.js';
export { CcTransferSubmitEvent } from './transfer-submit-event.js';
export type { TransferAction } from './transfer-submit-event.js';
define('cc-transfer-dialog', CcTransferDialog);

declare global {
  interface HTMLElementTagNameMap {
    'cc-transfer-dialog': CcTransferDialog;
  }
}
