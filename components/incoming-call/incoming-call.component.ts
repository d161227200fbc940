import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { CcElement } from '../base/cc-element.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { incomingCallStyles } from './incoming-call.styles.js';

/**
 * The banner of a call ringing at the agent: who calls (name, number, location) and through
 * which queue, with the answer and reject controls slotted in by the host. Everything it shows
 * comes from outside and is rendered as text only.
 *
 * @summary Incoming-call banner: number, name, location and queue, with slotted actions.
 *
 * @slot actions - Answer and reject controls.
 *
 * @csspart base - The banner.
 * @csspart remote-party - The caller's name, number, location and queue.
 * @csspart name - The caller's display name.
 * @csspart number - The caller's number.
 * @csspart location - Where the number is from.
 * @csspart queue - The queue the call came through.
 * @csspart actions - The wrapper of the `actions` slot.
 *
 * @cssproperty --cc-incoming-call-background - Banner background.
 * @cssproperty --cc-incoming-call-color - Banner text colour.
 * @cssproperty --cc-incoming-call-border - Banner border colour.
 * @cssproperty --cc-incoming-call-heading-color - Colour of the "Incoming call" heading.
 * @cssproperty --cc-incoming-call-radius - Banner corner radius.
 * @cssproperty --cc-incoming-call-padding - Banner padding.
 */
export class CcIncomingCall extends CcElement {
  static override styles = incomingCallStyles;

  private readonly i18n = new LocaleController(this);

  /** The caller's number. Untrusted: rendered as text. */
  @property() number = '';

  /** The caller's display name, when known. Untrusted: rendered as text. */
  @property({ attribute: 'display-name' }) displayName = '';

  /** Where the number is from ("Shanghai"), when known. Untrusted: rendered as text. */
  @property() location = '';

  /** The name of the queue the call came through. Untrusted: rendered as text. */
  @property() queue = '';

  override render() {
    const who =
      this.displayName || this.number || msg('Unknown caller', { id: 'incoming-call.unknown' });
    return html`
      <section
        part="base"
        lang=${this.i18n.lang}
        aria-label=${msg('Incoming call', { id: 'incoming-call.heading' })}
      >
        <div part="remote-party">
          <span class="heading" aria-hidden="true"
            >${msg('Incoming call', { id: 'incoming-call.heading' })}</span
          >
          <span part="name">${who}</span>
          ${this.displayName && this.number ? html`<span part="number">${this.number}</span>` : nothing}
          <span class="meta">
            ${
              this.location
                ? html`<span part="location"
                    ><span class="visually-hidden"
                      >${msg('Location', { id: 'incoming-call.location' })}: </span
                    >${this.location}</span
                  >`
                : nothing
            }
            ${
              this.queue
                ? html`<span part="queue"
                    >${msg('Queue', { id: 'incoming-call.queue' })}: ${this.queue}</span
                  >`
                : nothing
            }
          </span>
        </div>
        <div part="actions"><slot name="actions"></slot></div>
      </section>
    `;
  }
}
