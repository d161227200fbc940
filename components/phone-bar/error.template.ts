import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { errorMessage } from '../i18n/labels.js';
import { vendorText, type ShownError } from './error-display.js';
import { alertIcon, cancelIcon } from './icons.js';

/** The bar's error message (an alert) with its dismiss button. */
export function errorTemplate(shown: ShownError, onDismiss: () => void): TemplateResult {
  const detail = vendorText(shown.vendor);
  return html`<div part="error" id="error" class="error" role="alert">
    ${alertIcon}
    <span class="error-text">
      <span>${errorMessage(shown.code)}</span>
      ${detail ? html`<span class="error-detail">${detail}</span>` : nothing}
    </span>
    <button
      part="error-dismiss-button"
      type="button"
      class="dismiss"
      aria-label=${msg('Dismiss', { id: 'phone-bar.dismiss' })}
      @click=${onDismiss}
    >
      ${cancelIcon}
    </button>
  </div>`;
}
