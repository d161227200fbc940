import { msg } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { CallCenter } from '../../core/call-center.js';
import type { CallCommand } from '../../core/model/allowed-actions.js';
import { CcElement } from '../base/cc-element.js';
import { lazyChunk, LazyChunkController } from '../base/lazy-chunk.js';
import { AnnouncerController } from '../base/live-announcer.js';
import { ShortcutsController, type ShortcutMap } from '../base/shortcuts.js';
import { CallCenterController } from '../context/call-center-controller.js';
import { CcDialRequestEvent } from '../events/dial-request.js';
import { DomainEventsController } from '../events/domain-events-controller.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { BarErrorsController, NUMBER_ERRORS } from './bar-errors.controller.js';
import { createPhoneBarView } from './bar-view.js';
import { CallCommands } from './call-commands.js';
import { CallAnnouncer } from './call-announcer.js';
import { phoneBarCallState, type PhoneBarCallState } from './call-state.js';
import { dialerTemplate } from './dialer.template.js';
import type { ShownError } from './error-display.js';
import { errorTemplate } from './error.template.js';
import { incomingTemplate } from './incoming.template.js';
import { NumberEntryController } from './number-entry.controller.js';
import { cleanDialString } from './number-paste.js';
import { PanelsController } from './panels.controller.js';
import { phoneBarStyles } from './phone-bar.styles.js';
import type { PhoneBarView } from './phone-bar-view.js';
import { toolsTemplate } from './tools.template.js';
import type { TransferController } from './transfer.controller.js';

/**
 * The in-call chunk (see in-call.ts): loaded at login, when a call exists, or when the keypad
 * or device picker is first opened; shared by every bar on the page.
 */
const inCallChunk = lazyChunk(() => import('./in-call.js'));

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
export class CcPhoneBar extends CcElement {
  static override styles = phoneBarStyles;
  static override shadowRootOptions: ShadowRootInit = {
    ...CcElement.shadowRootOptions,
    delegatesFocus: true,
  };

  // Controllers ------------------------------------------------------------------------------

  private readonly i18n = new LocaleController(this);
  private readonly cc = new CallCenterController(this);
  private readonly announcer = new AnnouncerController(this);
  private readonly keys = new ShortcutsController(this, {
    answer: () => this.commands.shortcutAnswer(),
    hangup: () => this.commands.shortcutHangup(),
    hold: () => this.commands.toggleHold(),
    mute: () => this.commands.toggleMute(),
  });

  private readonly caps = this.cc.select((cc) => cc.selectors.selectCapabilities);
  private readonly backend = this.cc.select((cc) => cc.selectors.selectBackend);
  private readonly agent = this.cc.select((cc) => cc.selectors.selectAgent);
  private readonly calls = this.cc.select((cc) => cc.selectors.selectCalls);
  private readonly active = this.cc.select((cc) => cc.selectors.selectActiveCall);
  private readonly ringing = this.cc.select((cc) => cc.selectors.selectRingingCall);
  private readonly holdList = this.cc.select((cc) => cc.selectors.selectHoldList);
  private readonly work = this.cc.select((cc) => cc.selectors.selectWork);
  private readonly allowedNow = this.cc.select((cc) => cc.selectors.selectAllowedActions);
  private readonly pending = this.cc.select((cc) => cc.selectors.selectPending);
  private readonly errors = this.cc.select((cc) => cc.selectors.selectErrors);
  private readonly quality = this.cc.select((cc) => cc.selectors.selectActiveQuality);
  private readonly devices = this.cc.select((cc) => cc.selectors.selectDevices);

  private readonly inCall = new LazyChunkController(this, inCallChunk);
  /** Runs the bar's commands and keeps the errors it shows. */
  private readonly failures = new BarErrorsController(
    this,
    () => this.callCenter,
    (event) => this.emit(event),
  );
  /** The keypad and device panels. */
  private readonly panels = new PanelsController(
    this,
    () => this.callCenter,
    () => this.inCall.need(),
  );
  /** The number field and keypad tones. */
  private readonly entry: NumberEntryController = (() => {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const bar = this;
    return new NumberEntryController(this, {
      get callCenter() {
        return bar.callCenter;
      },
      get inCallTones() {
        return bar.inCallTones;
      },
      get activeCallId() {
        return bar.active.value?.id ?? null;
      },
      attempt: (command) => bar.failures.attempt(command),
      clearNumberError: () => bar.failures.clearNumberError(),
      dial: (number) => bar.dial(number),
    });
  })();
  /** Answer, reject, hang up, hold and mute, for the buttons and the shortcuts. */
  private readonly commands = new CallCommands(
    () => this.callCenter,
    () => this.active.value ?? null,
    (command) => this.allowed(command),
    (command) => void this.failures.attempt(command),
  );
  private readonly announcements = new CallAnnouncer((text) => this.announcer.announce(text));

  // State ------------------------------------------------------------------------------------

  private focusWasInside = false;
  /** The transfer dialog, its directory and queues: created once the in-call chunk is here. */
  private transfer: TransferController | null = null;

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

  // Handlers ---------------------------------------------------------------------------------

  /** Escape closes a panel; keypad tones typed anywhere in the bar go out while talking. */
  private handleKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Escape') {
      this.panels.closePanels(event);
      return;
    }
    this.entry.handleKeydown(event);
  }

  private handleCallerId(event: Event): void {
    this.callerId = (event.target as HTMLSelectElement).value;
  }

  private handleDismissError(): void {
    this.failures.dismiss(this.shownError);
    this.entry.focus();
  }

  // Watchers ---------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.focusWasInside = this.shadowRoot?.activeElement != null;
    const active = this.active.value ?? null;
    const next = phoneBarCallState(
      this.work.value ?? 'idle',
      this.agent.value?.presence ?? 'offline',
    );
    this.announcements.state(next, active);
    this.callState = next;
    // Logged in (with a SIP back end: the back end has started) or a call exists: load the
    // in-call chunk now, long before the agent needs a call control.
    if (this.agent.value?.presence !== 'offline' || (this.calls.value ?? []).length > 0)
      this.inCall.need();
    this.announcements.calls(this.ringing.value ?? null, active);
    this.entry.sync();
    const chunk = this.inCall.value;
    this.transfer ??= chunk
      ? new chunk.TransferController(this, () => this.callCenter, this.failures)
      : null;
    this.transfer?.sync(active, this.caps.value);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A control that had focus went away (answered, hung up, switched): keep the keyboard
    // user in the bar, on the control they most likely want next.
    if (this.focusWasInside && this.shadowRoot?.activeElement == null && this.isConnected) {
      const candidates = [
        '[part~="hangup-button"]:not([disabled])',
        '[part~="answer-button"]:not([disabled])',
        '[part~="number-input"]',
      ];
      for (const selector of candidates) {
        const next = this.renderRoot.querySelector<HTMLElement>(selector);
        if (next) {
          next.focus();
          break;
        }
      }
    }
  }

  /** Also waits for the in-call chunk when it is loading, so awaiting callers see it rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.inCall.pending) return done;
    await this.inCall.settled();
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
  async dial(number: string = this.entry.number): Promise<string | null> {
    const cleaned = cleanDialString(String(number ?? ''));
    this.entry.number = cleaned;
    this.failures.ownError = null;
    if (!this.emit(new CcDialRequestEvent({ number: cleaned }))) return null;
    const callerId = this.callerId;
    const outcome = await this.failures.attempt(() =>
      this.callCenter.calls.dial(cleaned, callerId ? { callerId } : {}),
    );
    if (!outcome.ok) return null;
    this.entry.number = '';
    return outcome.value;
  }

  // Internals --------------------------------------------------------------------------------

  /** The facade the bar works with (the provider's, or the page-wide default). */
  private get callCenter(): CallCenter {
    return this.cc.callCenter;
  }

  /** Typed keys are keypad tones: the active call is in conversation and tones are supported. */
  private get inCallTones(): boolean {
    return this.active.value?.state === 'talking' && this.supported('sendDtmf');
  }

  private get shownError(): ShownError | null {
    return this.failures.shown(this.errors.value ?? []);
  }

  /** False when the back end lacks the capability: the control is hidden. */
  private supported(command: CallCommand): boolean {
    return this.callCenter.refusal(`calls.${command}`)?.code !== 'not-supported';
  }

  /** True when the command may run now and is not already running. */
  private allowed(command: CallCommand): boolean {
    const flags = this.allowedNow.value;
    return (
      (flags?.calls[command] ?? false) && !(this.pending.value ?? []).includes(`calls.${command}`)
    );
  }

  // Rendering --------------------------------------------------------------------------------

  /** What the templates see of the bar (getters: each read is this render's value). */
  private readonly view: PhoneBarView = (() => {
    // The getters read the bar's private state at render time.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const bar = this;
    return createPhoneBarView({
      get callCenter() {
        return bar.callCenter;
      },
      get callState() {
        return bar.callState;
      },
      get inCallTones() {
        return bar.inCallTones;
      },
      supported: (command) => bar.supported(command),
      allowed: (command) => bar.allowed(command),
      run: (command) => void bar.failures.attempt(command),
      store: {
        caps: bar.caps,
        backend: bar.backend,
        agent: bar.agent,
        calls: bar.calls,
        holdList: bar.holdList,
        work: bar.work,
        quality: bar.quality,
        devices: bar.devices,
      },
      keys: bar.keys,
      commands: bar.commands,
      entry: bar.entry,
      panels: bar.panels,
      get transfer() {
        return bar.transfer;
      },
    });
  })();

  private renderDialer() {
    const tones = this.inCallTones;
    if (!tones && !this.supported('dial')) return nothing;
    const shown = this.shownError;
    const own = this.failures.ownError;
    return dialerTemplate({
      tones,
      value: tones ? this.entry.tones : this.entry.number,
      invalid: !tones && shown !== null && shown === own && NUMBER_ERRORS.includes(shown.code),
      callerIds: this.caps.value?.callerIdChoice ? (this.backend.value?.callerIds ?? []) : [],
      callerId: this.callerId,
      canDial: this.allowed('dial'),
      onSubmit: (event) => this.entry.handleSubmit(event),
      onInput: (event) => this.entry.handleInput(event),
      onBeforeInput: (event) => this.entry.handleBeforeInput(event),
      onPaste: (event) => this.entry.handlePaste(event),
      onCallerId: (event) => this.handleCallerId(event),
    });
  }

  private renderTools() {
    return toolsTemplate({
      keypad: this.supported('sendDtmf') || this.supported('dial'),
      keypadOpen: this.panels.keypadOpen,
      devices: (this.caps.value?.localMedia ?? false) && !this.panels.noDevices,
      devicesOpen: this.panels.devicesOpen,
      audioBlocked: this.devices.value?.audioBlocked ?? false,
      button: this.view.button,
      onKeypad: () => this.panels.toggleKeypad(),
      onDevices: () => this.panels.toggleDevices(),
      onEnableAudio: () => void this.failures.attempt(() => this.callCenter.devices.enableAudio()),
    });
  }

  override render() {
    const active = this.active.value ?? null;
    const ringing = this.ringing.value ?? null;
    const shown = this.shownError;
    // Until the in-call chunk is here (it is requested at login), the bar shows what an idle,
    // logged-out bar needs: the dialer, the tools, errors, and an incoming banner that works.
    const inCall = this.inCall.value;
    const view = this.view;
    return html`<div part="base" class="bar" lang=${this.i18n.lang} @keydown=${this.handleKeydown}>
      ${ringing ? incomingTemplate(view, ringing) : nothing}
      <div class="row">
        ${inCall ? inCall.partyTemplate(view, active) : nothing} ${this.renderDialer()}
        <div
          part="controls"
          class="controls"
          role="group"
          aria-label=${msg('Call controls', { id: 'phone-bar.controls' })}
        >
          ${inCall ? inCall.callControlsTemplate(view, active) : nothing} ${this.renderTools()}
        </div>
      </div>
      ${inCall ? inCall.holdListTemplate(view, active) : nothing}
      ${inCall ? inCall.panelsTemplate(view) : nothing}
      ${shown ? errorTemplate(shown, () => this.handleDismissError()) : nothing}
      ${inCall ? inCall.transferDialogTemplate(view) : nothing}
    </div>`;
  }
}
