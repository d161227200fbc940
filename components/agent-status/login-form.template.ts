/**
 * The login form of `<cc-agent-status>`: agent id, extension, password, phone type (as the back
 * end offers). A template function, so its parts live in the element's own shadow root.
 *
 * The password input is never bound to a value: the element reads it on submit and clears it.
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { PhoneType } from '../../core/store/state.js';
import { phoneTypeLabel } from '../i18n/labels.js';

export interface LoginFormView {
  readonly agentId: string;
  readonly extension: string;
  readonly phoneTypes: readonly PhoneType[];
  readonly showPassword: boolean;
  readonly pending: boolean;
  /** Login is allowed now (not already in progress). */
  readonly allowed: boolean;
  /** The error of the last attempt, rendered by the caller (text only). */
  readonly error: TemplateResult | typeof nothing;
  readonly onSubmit: (event: SubmitEvent) => void;
}

export function loginFormTemplate(view: LoginFormView): TemplateResult {
  const busy = view.pending;
  return html`
    <form
      part="login-form"
      class="login-form"
      aria-label=${msg('Agent login', { id: 'agent-status.login-form' })}
      aria-busy=${busy ? 'true' : 'false'}
      @submit=${view.onSubmit}
    >
      <label class="field">
        <span>${msg('Agent ID', { id: 'agent-status.agent-id' })}</span>
        <input
          part="agent-id-input"
          name="agentId"
          required
          autocomplete="username"
          autocapitalize="off"
          spellcheck="false"
          .value=${view.agentId}
        />
      </label>
      <label class="field">
        <span>${msg('Extension', { id: 'agent-status.extension' })}</span>
        <input
          part="extension-input"
          name="extension"
          inputmode="numeric"
          autocomplete="off"
          spellcheck="false"
          .value=${view.extension}
        />
      </label>
      ${
        view.showPassword
          ? html`<label class="field">
              <span>${msg('Password', { id: 'agent-status.password' })}</span>
              <input
                part="password-input"
                name="password"
                type="password"
                autocomplete="current-password"
              />
            </label>`
          : nothing
      }
      ${
        view.phoneTypes.length > 1
          ? html`<label class="field">
              <span>${msg('Phone', { id: 'agent-status.phone-type' })}</span>
              <select part="phone-type-select" name="phoneType">
                ${view.phoneTypes.map((type) => html`<option value=${type}>${phoneTypeLabel(type)}</option>`)}
              </select>
            </label>`
          : nothing
      }
      <button part="login-button" class="primary" type="submit" ?disabled=${busy || !view.allowed}>
        ${
          busy
            ? msg('Logging in…', { id: 'agent-status.logging-in' })
            : msg('Log in', { id: 'agent-status.log-in' })
        }
      </button>
      ${view.error}
    </form>
  `;
}
