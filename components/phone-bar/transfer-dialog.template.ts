import { html, nothing, type TemplateResult } from 'lit';
import { errorMessage } from '../i18n/labels.js';
import { vendorText } from './error-display.js';
import type { PhoneBarView } from './phone-bar-view.js';

/** The transfer and consult dialog, when the back end offers either. */
export function transferDialogTemplate(bar: PhoneBarView): TemplateResult | typeof nothing {
  const caps = bar.caps;
  if (!caps || (caps.transferTargets.length === 0 && !caps.consult)) return nothing;
  const error = bar.dialogError;
  const detail = vendorText(error?.vendor);
  return html`<cc-transfer-dialog
    part="transfer-dialog"
    exportparts="base: transfer-dialog__base, kind: transfer-dialog__kind, search: transfer-dialog__search, agent-list: transfer-dialog__agent-list, target-list: transfer-dialog__target-list, number-input: transfer-dialog__number-input, error: transfer-dialog__error, cancel-button: transfer-dialog__cancel-button, consult-button: transfer-dialog__consult-button, transfer-button: transfer-dialog__transfer-button"
    .open=${bar.transferOpen}
    .mode=${bar.transferMode}
    .transferKinds=${caps.transferTargets}
    .consultKinds=${caps.consult ? caps.consultTargets : []}
    .canTransfer=${bar.allowed('transfer')}
    .canConsult=${bar.allowed('consult')}
    .agents=${bar.roster}
    .queues=${bar.queues}
    .ivrNodes=${bar.backend?.ivrNodes ?? []}
    .selfId=${bar.selfId}
    .busy=${bar.transferBusy}
    .error=${error ? (detail ? `${errorMessage(error.code)} (${detail})` : errorMessage(error.code)) : ''}
    @cc-transfer-submit=${bar.onTransferSubmit}
    @close=${bar.onTransferClose}
  ></cc-transfer-dialog>`;
}
