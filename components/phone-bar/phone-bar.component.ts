import { msg } from '@lit/localize';
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { CcElement } from '../base/cc-element.js';
import { ElementLogicController } from '../base/element-logic.js';
import { lazyChunk } from '../base/lazy-chunk.js';
import type { ShortcutMap } from '../base/shortcuts.js';
import { CallCenterController } from '../context/call-center-controller.js';
import { DomainEventsController } from '../events/domain-events-controller.js';
import { LocaleController } from '../i18n/locale-controller.js';
import type { PhoneBarCallState } from './call-state.js';
import type { PhoneBarHost } from './phone-bar-host.js';
import { phoneBarStyles } from './phone-bar.styles.js';

/**
 * What the bar does (phone-bar-logic.ts): loaded with `import()` when the first bar connects,
 * beside the call center's back end, and shared by every bar on the page.
 */
const logicChunk = lazyChunk(() => import('./phone-bar-logic.js'));

/**
 * The agent's phone: dial (with paste clean-up and caller-ID choice), answer or reject
 * incoming calls, and in a call hang up, hold, mute, send keypad tones, transfer, consult then
 * transfer / conference / cancel / retrieve, switch between held calls, watch the call timer and
 * quality, and pick audio devices.
 *
 * Works with the call center of the nearest `<cc-call-center>` (or the page-wide default). A
 * control is shown only when the back end supports it, and enabled only when the core's
 * allowed-actions function allows it now.
 *
 * Keyboard: every control is a native button or field. In a call, keys 0-9, * and # typed in
 * the bar (or in the number field, which then shows the tones sent) go out as keypad tones.
 * Shortcuts anywhere in the page (defaults, each changeable through `shortcuts` or all off with
 * `no-shortcuts`): answer Alt+Shift+A, hang up Alt+Shift+H, hold/resume Alt+Shift+O,
 * mute/unmute Alt+Shift+M.
 *
 * @summary The agent's toolbar for calls: dial, answer, hold, mute, keypad, transfer, consult, conference.
 *
 * @event cc-dial-request - Before any call is placed (dial button, Enter, `dial()`); cancelable: `preventDefault()` and nothing is dialed. `detail.number` is the cleaned number.
 * @event cc-incoming-call - A call rings (dispatched by the provider, or by this element when it has none).
 * @event cc-call-answered - A call was answered.
 * @event cc-call-ended - A call ended: `detail.callId`, `detail.cause`, `detail.duration` (s).
 * @event cc-error - A command of this bar failed before reaching the back end (invalid number, not allowed now); back-end failures come from the call center's relay.
 *
 * @csspart base - The bar.
 * @csspart incoming-call - The incoming-call banner (`<cc-incoming-call>`; its parts as `incoming-call__*`).
 * @csspart answer-button - Answers the ringing call.
 * @csspart reject-button - Rejects the ringing call.
 * @csspart remote-party - Who the current call is with.
 * @csspart call-state - The current call's state in words.
 * @csspart call-timer - The call's duration (`<cc-call-timer>`; `call-timer__base`).
 * @csspart quality-indicator - The call quality (`<cc-quality-indicator>`; `quality-indicator__base`, `__grade`, `__label`, `__details`).
 * @csspart dialer - The form around the number field.
 * @csspart number-input - The number field (keypad tones during a call).
 * @csspart caller-id - The caller-ID select.
 * @csspart dial-button - Places the call.
 * @csspart controls - The group of call controls.
 * @csspart hangup-button - Ends the current call.
 * @csspart hold-button - Holds or resumes the current call (`aria-pressed`).
 * @csspart mute-button - Mutes or unmutes the microphone (`aria-pressed`).
 * @csspart keypad-button - Opens or closes the keypad.
 * @csspart transfer-button - Opens the transfer dialog; during a consultation, completes the transfer.
 * @csspart complete-transfer-button - Completes the transfer during a consultation (also `transfer-button`).
 * @csspart consult-button - Opens the dialog to consult someone.
 * @csspart conference-button - Joins the consultation into a three-way call.
 * @csspart cancel-consult-button - Cancels a consultation that has not been answered.
 * @csspart retrieve-button - Ends the consultation and returns to the customer.
 * @csspart device-button - Opens or closes the device picker.
 * @csspart enable-audio-button - Lets sound play after the browser blocked it.
 * @csspart keypad - The keypad (`<cc-dial-pad>`; `keypad__base`, `keypad__key`).
 * @csspart device-picker - The device picker (`<cc-device-picker>`; `device-picker__base`, `__input-select`, `__output-select`, `__ringer-select`, `__level-meter`).
 * @csspart hold-list - The held calls (`<cc-hold-list>`; `hold-list__item`, `hold-list__switch-button`).
 * @csspart transfer-dialog - The transfer dialog (`<cc-transfer-dialog>`; its parts as `transfer-dialog__*`).
 * @csspart error - The error message.
 * @csspart error-dismiss-button - Hides the error message.
 *
 * @cssproperty --cc-phone-bar-background - Bar background (default `--cc-color-surface`).
 * @cssproperty --cc-phone-bar-color - Bar text colour (default `--cc-color-text`).
 * @cssproperty --cc-phone-bar-border - Bar border colour (default `--cc-color-border-subtle`).
 * @cssproperty --cc-phone-bar-radius - Bar corner radius (default `--cc-radius-m`).
 * @cssproperty --cc-phone-bar-padding - Space inside the bar (default `--cc-space-3`).
 * @cssproperty --cc-phone-bar-gap - Space between the bar's groups (default `--cc-space-2`).
 * @cssproperty --cc-phone-bar-font-family - Font (default `--cc-font-family`).
 * @cssproperty --cc-phone-bar-answer-background - Answer and dial buttons (default `--cc-color-success`).
 * @cssproperty --cc-phone-bar-answer-color - Text on them (default `--cc-color-on-success`).
 * @cssproperty --cc-phone-bar-hangup-background - Hang-up and reject buttons (default `--cc-color-danger`).
 * @cssproperty --cc-phone-bar-hangup-color - Text on them (default `--cc-color-on-danger`).
 * @cssproperty --cc-phone-bar-pressed-background - Hold and mute while on (default `--cc-color-warning-surface`).
 * @cssproperty --cc-phone-bar-pressed-border - Their border while on (default `--cc-color-warning`).
 * @cssproperty --cc-phone-bar-panel-background - Keypad and device panels (default `--cc-color-surface-raised`).
 * @cssproperty --cc-phone-bar-error-background - Error message background (default `--cc-color-danger-surface`).
 * @cssproperty --cc-phone-bar-error-color - Error message text (default `--cc-color-text`).
 */
export class CcPhoneBar extends CcElement implements PhoneBarHost {
  static override styles = phoneBarStyles;
  static override shadowRootOptions: ShadowRootInit = {
    ...CcElement.shadowRootOptions,
    delegatesFocus: true,
  };

  private readonly i18n = new LocaleController(this);
  private readonly cc = new CallCenterController(this);
  /** The bar's behaviour, created once its chunk is here. */
  private readonly behaviour = new ElementLogicController(
    this,
    logicChunk,
    (chunk) => new chunk.PhoneBarLogic(this, this.cc, (event) => this.emit(event)),
  );

  constructor() {
    super();
    // Takes part in dispatching the call center's domain events (once per call center, see
    // components/events/event-relay.ts): a lone bar on a page still reports calls to the host.
    new DomainEventsController(this, () => this.cc.callCenter);
  }

  // Public properties ------------------------------------------------------------------------

  /**
   * The bar's state, reflected as `call-state` for styling and scripts (read-only: the bar
   * sets it from the calls): idle, dialing, ringing, talking, held, consulting, conference,
   * wrap-up.
   */
  @property({ reflect: true, attribute: 'call-state' }) callState: PhoneBarCallState = 'idle';

  /** Id of the caller-ID option used for outgoing calls; empty uses the back end's default. */
  @property({ attribute: 'caller-id' }) callerId = '';

  /**
   * Keyboard shortcuts to change (`{ answer: 'Control+F9', mute: null }`): only the actions
   * given change; null or '' switches one off. Defaults: answer Alt+Shift+A, hangup
   * Alt+Shift+H, hold Alt+Shift+O, mute Alt+Shift+M.
   */
  @property({ attribute: false }) shortcuts: ShortcutMap = {};

  /** Switches every keyboard shortcut of the bar off. */
  @property({ type: Boolean, reflect: true, attribute: 'no-shortcuts' }) noShortcuts = false;

  // Lifecycle --------------------------------------------------------------------------------

  /** Also waits for the parts the bar is loading, so awaiting callers see it complete. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.behaviour.busy) return done;
    await this.behaviour.settled();
    return this.getUpdateComplete();
  }

  // Public methods ---------------------------------------------------------------------------

  /**
   * Dials `number` (by default what the number field holds) as the dial button does: cleans
   * it up, fires the cancelable `cc-dial-request`, and unless a listener cancelled it asks the
   * core to dial. An invalid number shows its error and dials nothing.
   *
   * @returns the new call's id, or null when the request was cancelled or failed.
   */
  async dial(number?: string): Promise<string | null> {
    // Null when the bar's code could not be loaded (logged, and tried again): nothing dialed.
    return (await this.behaviour.loaded())?.dial(number) ?? null;
  }

  // Rendering --------------------------------------------------------------------------------

  override render() {
    const logic = this.behaviour.logic;
    if (logic) return logic.render(this.i18n.lang);
    // Until the bar's code is here (it loads beside the back end, which nothing can use
    // before it starts either): its frame, with the number field and dial button disabled.
    const dial = msg('Dial', { id: 'phone-bar.dial' });
    return html`<div part="base" class="bar" lang=${this.i18n.lang} aria-busy="true">
      <div class="row">
        <form part="dialer" class="dialer">
          <label class="visually-hidden" for="number"
            >${msg('Number to call', { id: 'phone-bar.number' })}</label
          >
          <input
            id="number"
            part="number-input"
            type="tel"
            disabled
            placeholder=${msg('Number', { id: 'phone-bar.number-placeholder' })}
          />
          <button part="dial-button" type="submit" class="control answer" disabled title=${dial}>
            <span class="label">${dial}</span>
          </button>
        </form>
      </div>
    </div>`;
  }
}
