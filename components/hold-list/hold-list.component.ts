import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { CcElement } from '../base/cc-element.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { holdListStyles } from './hold-list.styles.js';
import { CcSwitchCallEvent } from './switch-call-event.js';

/** One held call as the list shows it. Name and number are untrusted text. */
export interface HoldListItem {
  readonly id: string;
  readonly name: string;
  readonly number: string;
  /** When the call was answered (epoch ms): the timer counts the call's length from it. */
  readonly since: number | null;
  /** Whether the agent may switch to this call now. */
  readonly switchable: boolean;
}

/**
 * The calls on hold (the Huawei hold list), oldest first, each with a button that switches to
 * it: the current call goes on hold and the chosen one becomes active.
 *
 * @summary Held calls with a switch button each.
 *
 * @event cc-switch-call - The agent chose a held call; `event.callId` says which.
 *
 * @csspart base - The list.
 * @csspart item - Each held call.
 * @csspart switch-button - The button that switches to a call.
 * @csspart call-timer - The call's duration (re-exported parts of `<cc-call-timer>`: `call-timer__base`).
 *
 * @cssproperty --cc-hold-list-item-background - Background of a held call.
 * @cssproperty --cc-hold-list-item-border - Border colour of a held call.
 * @cssproperty --cc-hold-list-item-radius - Corner radius of a held call.
 * @cssproperty --cc-hold-list-button-background - Switch button background.
 * @cssproperty --cc-hold-list-button-color - Switch button text colour.
 * @cssproperty --cc-hold-list-button-border - Switch button border colour.
 */
export class CcHoldList extends CcElement {
  static override styles = holdListStyles;

  private readonly i18n = new LocaleController(this);

  /** The held calls, oldest first. */
  @property({ attribute: false }) items: readonly HoldListItem[] = [];

  /** Accessible name of the list. */
  @property() label = '';

  private handleSwitch(item: HoldListItem): void {
    this.emit(new CcSwitchCallEvent(item.id));
  }

  override render() {
    if (this.items.length === 0) return nothing;
    return html`
      <ul
        part="base"
        lang=${this.i18n.lang}
        aria-label=${this.label || msg('Calls on hold', { id: 'hold-list.name' })}
      >
        ${repeat(
          this.items,
          (item) => item.id,
          (item) => {
            const who = item.name || item.number;
            return html`<li part="item">
              <span class="who">
                <span class="name">${who}</span>
                <span class="state">
                  ${msg('On hold', { id: 'hold-list.held' })}
                  <cc-call-timer
                    part="call-timer"
                    exportparts="base: call-timer__base"
                    .start=${item.since}
                    label=${msg('Call duration', { id: 'hold-list.duration' })}
                  ></cc-call-timer>
                </span>
              </span>
              <button
                part="switch-button"
                type="button"
                ?disabled=${!item.switchable}
                aria-label=${msg(str`Switch to ${who}`, { id: 'hold-list.switch-to' })}
                @click=${() => this.handleSwitch(item)}
              >
                ${msg('Switch', { id: 'hold-list.switch' })}
              </button>
            </li>`;
          },
        )}
      </ul>
    `;
  }
}
