import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { CallerIdOption } from '../../core/store/state.js';
import { phoneIcon } from './icons.js';

/** What the dialer shows and whom it tells. */
export interface DialerOptions {
  /** In a call the field is the tone pad (shows the tones sent; no dial button, no caller ID). */
  tones: boolean;
  value: string;
  /** The number was refused: the field is marked invalid and described by the error. */
  invalid: boolean;
  callerIds: readonly CallerIdOption[];
  callerId: string;
  canDial: boolean;
  onSubmit: (event: Event) => void;
  onInput: (event: Event) => void;
  onBeforeInput: (event: InputEvent) => void;
  onPaste: (event: ClipboardEvent) => void;
  onCallerId: (event: Event) => void;
}

/** The number field with its caller-ID choice and dial button (keypad tones during a call). */
export function dialerTemplate(o: DialerOptions): TemplateResult {
  const label = o.tones
    ? msg('Keypad tones', { id: 'phone-bar.tones' })
    : msg('Number to call', { id: 'phone-bar.number' });
  return html`<form part="dialer" class="dialer" @submit=${o.onSubmit}>
    <label class="visually-hidden" for="number">${label}</label>
    <input
      id="number"
      part="number-input"
      type="tel"
      inputmode="tel"
      autocomplete="off"
      spellcheck="false"
      placeholder=${o.tones ? msg('Type keys to send', { id: 'phone-bar.tones-placeholder' }) : msg('Number', { id: 'phone-bar.number-placeholder' })}
      .value=${o.value}
      aria-invalid=${o.invalid ? 'true' : 'false'}
      aria-describedby=${o.invalid ? 'error' : nothing}
      @input=${o.onInput}
      @beforeinput=${o.onBeforeInput}
      @paste=${o.onPaste}
    />
    ${
      !o.tones && o.callerIds.length > 0
        ? html`<label class="visually-hidden" for="caller-id"
              >${msg('Caller ID', { id: 'phone-bar.caller-id' })}</label
            >
            <select id="caller-id" part="caller-id" @change=${o.onCallerId}>
              <option value="" ?selected=${o.callerId === ''}>
                ${msg('Default caller ID', { id: 'phone-bar.caller-id-default' })}
              </option>
              ${o.callerIds.map((c) => html`<option value=${c.id} ?selected=${c.id === o.callerId}>${c.label}</option>`)}
            </select>`
        : nothing
    }
    ${
      o.tones
        ? nothing
        : html`<button
            part="dial-button"
            type="submit"
            class="control answer"
            ?disabled=${!o.canDial}
            title=${msg('Dial', { id: 'phone-bar.dial' })}
          >
            ${phoneIcon}<span class="label">${msg('Dial', { id: 'phone-bar.dial' })}</span>
          </button>`
    }
  </form>`;
}
