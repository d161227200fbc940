import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Call } from '../../core/store/state.js';
import { conferenceIcon, retrieveIcon, transferIcon } from './call-icons.js';
import { cancelIcon } from './icons.js';
import type { PhoneBarView } from './phone-bar-view.js';

/**
 * During a consultation: complete the transfer, join a conference, and go back to the caller
 * (answered) or cancel the consultation (still ringing).
 */
export function consultControlsTemplate(
  bar: PhoneBarView,
  consult: Call,
  answered: boolean,
): TemplateResult {
  const calls = () => bar.callCenter.calls;
  return html`
    ${bar.button({
      part: 'transfer-button complete-transfer-button',
      label: msg('Transfer', { id: 'phone-bar.transfer' }),
      icon: transferIcon,
      onClick: () => bar.run(() => calls().completeTransfer(consult.id)),
      enabled: bar.allowed('completeTransfer'),
    })}
    ${
      bar.supported('conference')
        ? bar.button({
            part: 'conference-button',
            label: msg('Conference', { id: 'phone-bar.conference' }),
            icon: conferenceIcon,
            onClick: () => bar.run(() => calls().conference(consult.id)),
            enabled: bar.allowed('conference'),
          })
        : nothing
    }
    ${
      answered
        ? bar.button({
            part: 'retrieve-button',
            label: msg('Back to caller', { id: 'phone-bar.retrieve' }),
            icon: retrieveIcon,
            onClick: () => bar.run(() => calls().retrieve(consult.id)),
            enabled: bar.allowed('retrieve'),
          })
        : bar.button({
            part: 'cancel-consult-button',
            label: msg('Cancel consultation', { id: 'phone-bar.cancel-consult' }),
            icon: cancelIcon,
            onClick: () => bar.run(() => calls().cancelConsult(consult.id)),
            enabled: bar.allowed('cancelConsult'),
          })
    }
  `;
}
