import { msg } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { CallCenter } from '../../core/call-center.js';
import type { CallCommand } from '../../core/model/allowed-actions.js';
import type { ErrorCode, VendorError } from '../../core/model/errors.js';
import type { Call } from '../../core/store/state.js';
import { CcElement } from '../base/cc-element.js';
import { AnnouncerController } from '../base/live-announcer.js';
import { ShortcutsController, type ShortcutAction, type ShortcutMap } from '../base/shortcuts.js';
import { CallCenterController } from '../context/call-center-controller.js';
import type { CcDevicePicker } from '../device-picker/device-picker.component.js';
import { CcDialRequestEvent } from '../events/dial-request.js';
import { DomainEventsController } from '../events/domain-events-controller.js';
import { CcErrorEvent } from '../events/error.js';
import type { HoldListItem } from '../hold-list/hold-list.component.js';
import type { CcSwitchCallEvent } from '../hold-list/switch-call-event.js';
import { errorMessage, presenceLabel, workLabel } from '../i18n/labels.js';
import { LocaleController } from '../i18n/locale-controller.js';
import type { CcTransferSubmitEvent } from '../transfer-dialog/transfer-submit-event.js';
import type { TransferAction } from '../transfer-dialog/transfer-submit-event.js';
import {
  incomingCallMessage,
  muteMessage,
  partyName,
  stateChangeMessage,
} from './announcements.js';
import { phoneBarCallState, type PhoneBarCallState } from './call-state.js';
import { DtmfQueue } from './dtmf-queue.js';
import { errorToShow, vendorText, type ShownError } from './error-display.js';
import * as icons from './icons.js';
import { LiveSubscription } from './live-subscription.js';
import { cleanDialString, pasteCleanNumber } from './number-paste.js';
import { phoneBarStyles } from './phone-bar.styles.js';

/** Keys a telephone keypad sends (A-D only where the back end allows them). */
const DTMF_KEY = /^[0-9*#A-D]$/i;
/** Error codes about the typed number: they mark the number field invalid. */
const NUMBER_ERRORS: readonly ErrorCode[] = ['empty-number', 'invalid-number', 'invalid-sip-uri'];

type Outcome<T> = { ok: true; value: T } | { ok: false };

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
    answer: () => this.shortcutAnswer(),
    hangup: () => this.shortcutHangup(),
    hold: () => this.toggleHold(),
    mute: () => this.toggleMute(),
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
  /** The directory and queues: followed only while the transfer dialog is open. */
  private readonly roster = new LiveSubscription(
    (cc) => cc.selectors.selectRosterAgents,
    [],
    () => this.requestUpdate(),
  );
  private readonly queues = new LiveSubscription(
    (cc) => cc.selectors.selectQueues,
    [],
    () => this.requestUpdate(),
  );

  private readonly dtmf = new DtmfQueue((digits) => this.callCenter.calls.sendDtmf(digits));

  // Queries ----------------------------------------------------------------------------------

  @query('[part~="number-input"]') private numberInput?: HTMLInputElement;

  // State ------------------------------------------------------------------------------------

  /** What the number field holds (idle), as typed or pasted. */
  @state() private number = '';
  /** Keypad tones sent on the current call, shown in the number field during the call. */
  @state() private tones: { callId: string; digits: string } | null = null;
  @state() private keypadOpen = false;
  @state() private devicesOpen = false;
  /** The back end turned out to have no local devices (its `devices.list()` is not supported). */
  @state() private noDevices = false;
  @state() private transferOpen = false;
  @state() private transferMode: TransferAction = 'transfer';
  @state() private transferBusy = false;
  @state() private dialogError: ShownError | null = null;
  /** The bar's own last failure (input, "not now"): the core throws these rather than storing them. */
  @state() private ownError: ShownError | null = null;
  /** Store errors this bar has hidden (dismissed, or shown in the transfer dialog instead). */
  @state() private hiddenErrors: ReadonlySet<string> = new Set();

  private previousState: PhoneBarCallState | null = null;
  private previousRinging: string | null = null;
  private previousMuted: boolean | null = null;
  private focusWasInside = false;
  private errorSerial = 0;

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

  private handleNumberInput(event: Event): void {
    if (this.inCallTones) return;
    this.number = (event.target as HTMLInputElement).value;
    if (this.ownError && NUMBER_ERRORS.includes(this.ownError.code)) this.ownError = null;
  }

  private handleNumberPaste(event: ClipboardEvent): void {
    if (!this.inCallTones) {
      pasteCleanNumber(event);
      return;
    }
    event.preventDefault();
    const text = event.clipboardData?.getData('text/plain') ?? '';
    const digits = [...cleanDialString(text)].filter((c) => DTMF_KEY.test(c)).join('');
    if (digits) this.sendTones(digits);
  }

  /** During a call the field is the tone pad: each typed key is sent, nothing else is typed. */
  private handleNumberBeforeInput(event: InputEvent): void {
    if (!this.inCallTones) return;
    event.preventDefault();
    const digits = [...(event.data ?? '')].filter((c) => DTMF_KEY.test(c)).join('');
    if (digits) this.sendTones(digits);
  }

  private handleDialSubmit(event: Event): void {
    event.preventDefault();
    if (this.inCallTones) return;
    void this.dial(this.number);
  }

  /** Keypad tones typed anywhere in the bar (outside text fields) while talking. */
  private handleKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Escape') {
      this.closePanels(event);
      return;
    }
    if (!this.inCallTones || !DTMF_KEY.test(event.key)) return;
    const origin = event.composedPath()[0];
    if (
      origin instanceof HTMLInputElement ||
      origin instanceof HTMLSelectElement ||
      origin instanceof HTMLTextAreaElement
    )
      return;
    event.preventDefault();
    this.sendTones(event.key.toUpperCase());
  }

  private handleKeypadInput(event: Event): void {
    const key = (event as InputEvent).data;
    event.stopPropagation();
    if (!key) return;
    if (this.inCallTones) {
      this.sendTones(key);
    } else {
      this.number += key;
      this.numberInput?.focus();
    }
  }

  private handleCallerId(event: Event): void {
    this.callerId = (event.target as HTMLSelectElement).value;
  }

  private handleSwitch(event: CcSwitchCallEvent): void {
    void this.attempt(() => this.callCenter.calls.switchTo(event.callId));
  }

  private async handleTransferSubmit(event: CcTransferSubmitEvent): Promise<void> {
    // An internal conversation between the dialog and the bar; the bar's own events say what happened.
    event.stopPropagation();
    const cc = this.callCenter;
    this.transferBusy = true;
    this.dialogError = null;
    const { action, transferTarget } = event;
    const outcome = await this.attempt(async () => {
      if (action === 'consult') await cc.calls.consult(transferTarget);
      else await cc.calls.transfer(transferTarget);
    }, 'dialog');
    this.transferBusy = false;
    if (outcome.ok) this.transferOpen = false;
  }

  private handleTransferClose(): void {
    this.transferOpen = false;
    this.dialogError = null;
  }

  private handleDeviceChange(event: Event): void {
    event.stopPropagation();
    const picker = event.target as CcDevicePicker;
    const devices = this.callCenter.devices;
    switch (picker.changed) {
      case 'input':
        void this.attempt(() => devices.selectInput(picker.input));
        break;
      case 'output':
        void this.attempt(() => devices.selectOutput(picker.output));
        break;
      case 'ringer':
        void this.attempt(() => devices.selectRinger(picker.ringer));
        break;
    }
  }

  private handleDismissError(): void {
    const shown = this.shownError;
    if (shown?.id) {
      this.hiddenErrors = new Set([...this.hiddenErrors, shown.id]);
      this.callCenter.dismissError(shown.id);
    }
    if (shown && shown === this.ownError) this.ownError = null;
    this.numberInput?.focus();
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
    if (this.previousState !== null) {
      this.announcer.announce(stateChangeMessage(this.previousState, next, active));
    }
    this.previousState = next;
    this.callState = next;

    const ringing = this.ringing.value ?? null;
    if (ringing && ringing.id !== this.previousRinging)
      this.announcer.announce(incomingCallMessage(ringing));
    this.previousRinging = ringing?.id ?? null;

    const muted = active ? active.muted : null;
    if (muted !== null && this.previousMuted !== null && muted !== this.previousMuted) {
      this.announcer.announce(muteMessage(muted));
    }
    this.previousMuted = muted;

    if (this.tones && this.tones.callId !== active?.id) this.tones = null;
    if (this.transferOpen && !this.canOpenTransfer(active)) this.transferOpen = false;
    // The directory and queues are followed only while the dialog that lists them is open.
    const caps = this.caps.value;
    const open = this.transferOpen && caps !== undefined;
    const agents =
      open && (caps.transferTargets.includes('agent') || caps.consultTargets.includes('agent'));
    const queues =
      open && (caps.transferTargets.includes('queue') || caps.consultTargets.includes('queue'));
    this.roster.sync(this.cc.callCenter, agents);
    this.queues.sync(this.cc.callCenter, queues);
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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.roster.stop();
    this.queues.stop();
  }

  // Public methods ---------------------------------------------------------------------------

  /**
   * Dials `number` (by default what the number field holds) as the dial button does: cleans
   * it up, fires the cancelable `cc-dial-request`, and unless a listener cancelled it asks the
   * core to dial. An invalid number shows its error and dials nothing.
   *
   * @returns the new call's id, or null when the request was cancelled or failed.
   */
  async dial(number: string = this.number): Promise<string | null> {
    const cleaned = cleanDialString(String(number ?? ''));
    this.number = cleaned;
    this.ownError = null;
    if (!this.emit(new CcDialRequestEvent({ number: cleaned }))) return null;
    const callerId = this.callerId;
    const outcome = await this.attempt(() =>
      this.callCenter.calls.dial(cleaned, callerId ? { callerId } : {}),
    );
    if (!outcome.ok) return null;
    this.number = '';
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
    return errorToShow(this.errors.value ?? [], this.ownError, this.hiddenErrors);
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

  private canOpenTransfer(active: Call | null): boolean {
    return (
      active !== null &&
      (active.state === 'talking' || active.state === 'held') &&
      !active.consultOf
    );
  }

  /**
   * Runs a facade command; a failure is shown (in the bar, or in the transfer dialog) instead of
   * thrown. Back-end failures are already in the store and relayed as `cc-error`; failures the
   * core refused before asking the back end are not, so the bar reports them itself.
   */
  private async attempt<T>(
    command: () => Promise<T>,
    where: 'bar' | 'dialog' = 'bar',
  ): Promise<Outcome<T>> {
    const started = Date.now();
    try {
      return { ok: true, value: await command() };
    } catch (error) {
      const failure = error as {
        code?: ErrorCode;
        message?: string;
        command?: string;
        vendor?: VendorError;
      };
      const code: ErrorCode = failure.code ?? 'server-error';
      const stored = this.callCenter.snapshot.errors.find(
        (e) => e.at >= started && e.code === code && e.command === failure.command,
      );
      const shown: ShownError = {
        id: stored?.id ?? null,
        code,
        at: Date.now(),
        ...(failure.vendor ? { vendor: failure.vendor } : {}),
      };
      if (where === 'dialog') {
        this.dialogError = shown;
        if (stored) this.hiddenErrors = new Set([...this.hiddenErrors, stored.id]);
      } else if (!stored) {
        this.ownError = shown;
      }
      if (!stored) {
        this.errorSerial += 1;
        this.emit(
          new CcErrorEvent({
            id: `phone-bar-${this.errorSerial}`,
            code,
            message: failure.message ?? '',
            ...(failure.command === undefined ? {} : { command: failure.command }),
            ...(failure.vendor === undefined ? {} : { vendor: failure.vendor }),
          }),
        );
      }
      return { ok: false };
    }
  }

  private sendTones(digits: string): void {
    const active = this.active.value;
    if (!active) return;
    const sent = this.tones?.callId === active.id ? this.tones.digits : '';
    this.tones = { callId: active.id, digits: sent + digits };
    void this.attempt(() => this.dtmf.push(digits));
  }

  private answer(): void {
    void this.attempt(() => this.callCenter.calls.answer());
  }

  private reject(): void {
    void this.attempt(() => this.callCenter.calls.reject());
  }

  private hangup(): void {
    void this.attempt(() => this.callCenter.calls.hangup());
  }

  private toggleHold(): void {
    const active = this.active.value;
    if (!active) return;
    if (active.state === 'held' && this.allowed('resume'))
      void this.attempt(() => this.callCenter.calls.resume());
    else if (active.state === 'talking' && this.allowed('hold'))
      void this.attempt(() => this.callCenter.calls.hold());
  }

  private toggleMute(): void {
    const active = this.active.value;
    if (!active) return;
    if (active.muted && this.allowed('unmute'))
      void this.attempt(() => this.callCenter.calls.unmute());
    else if (!active.muted && this.allowed('mute'))
      void this.attempt(() => this.callCenter.calls.mute());
  }

  private shortcutAnswer(): void {
    if (this.allowed('answer')) this.answer();
  }

  private shortcutHangup(): void {
    if (this.allowed('hangup')) this.hangup();
  }

  private openTransfer(mode: TransferAction): void {
    this.transferMode = mode;
    this.dialogError = null;
    this.transferOpen = true;
  }

  private toggleKeypad(): void {
    this.keypadOpen = !this.keypadOpen;
    if (this.keypadOpen)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('[part~="keypad"]')?.focus(),
      );
  }

  private toggleDevices(): void {
    this.devicesOpen = !this.devicesOpen;
    if (!this.devicesOpen) return;
    void this.callCenter.devices.list().catch((error: { code?: ErrorCode }) => {
      if (error?.code === 'not-supported') {
        this.noDevices = true;
        this.devicesOpen = false;
      }
    });
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[part~="device-picker"]')?.focus(),
    );
  }

  /** Escape closes the keypad or device panel it was pressed in and returns to its button. */
  private closePanels(event: KeyboardEvent): void {
    const path = event.composedPath();
    const inPanel = (part: string) =>
      path.some(
        (n) => n instanceof HTMLElement && n.getAttribute('part')?.split(' ').includes(part),
      );
    const back = (part: string) =>
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`[part~="${part}"]`)?.focus(),
      );
    if (this.keypadOpen && inPanel('keypad-panel')) {
      this.keypadOpen = false;
      back('keypad-button');
      event.preventDefault();
    } else if (this.devicesOpen && inPanel('device-panel')) {
      this.devicesOpen = false;
      back('device-button');
      event.preventDefault();
    }
  }

  private shortcutHint(action: ShortcutAction): string {
    return this.keys.keysFor(action);
  }

  // Rendering --------------------------------------------------------------------------------

  /** A control button: an icon and a label (visually hidden in narrow layouts, always its name). */
  private button(options: {
    part: string;
    label: string;
    icon: TemplateResult;
    onClick: () => void;
    enabled: boolean;
    pressed?: boolean;
    expanded?: boolean;
    controls?: string;
    shortcut?: ShortcutAction;
    tone?: 'answer' | 'hangup';
  }): TemplateResult {
    const keys = options.shortcut ? this.shortcutHint(options.shortcut) : '';
    return html`<button
      part=${options.part}
      type="button"
      class="control ${options.tone ?? ''}"
      ?disabled=${!options.enabled}
      aria-pressed=${options.pressed === undefined ? nothing : String(options.pressed)}
      aria-expanded=${options.expanded === undefined ? nothing : String(options.expanded)}
      aria-controls=${options.controls ?? nothing}
      aria-keyshortcuts=${keys || nothing}
      title=${keys ? `${options.label} (${keys})` : options.label}
      @click=${options.onClick}
    >
      ${options.icon}<span class="label">${options.label}</span>
    </button>`;
  }

  private renderIncoming(ringing: Call | null) {
    if (!ringing) return nothing;
    return html`<cc-incoming-call
      part="incoming-call"
      exportparts="base: incoming-call__base, remote-party: incoming-call__remote-party, name: incoming-call__name, number: incoming-call__number, location: incoming-call__location, queue: incoming-call__queue, actions: incoming-call__actions"
      .number=${ringing.remote.number}
      .displayName=${ringing.remote.displayName ?? ''}
      .location=${ringing.remote.location ?? ''}
      .queue=${ringing.queue?.name ?? ''}
    >
      <span slot="actions" class="incoming-actions">
        ${this.button({
          part: 'answer-button',
          label: msg('Answer', { id: 'phone-bar.answer' }),
          icon: icons.phoneIcon,
          onClick: () => this.answer(),
          enabled: this.allowed('answer'),
          shortcut: 'answer',
          tone: 'answer',
        })}
        ${
          this.supported('reject')
            ? this.button({
                part: 'reject-button',
                label: msg('Reject', { id: 'phone-bar.reject' }),
                icon: icons.hangupIcon,
                onClick: () => this.reject(),
                enabled: this.allowed('reject'),
                tone: 'hangup',
              })
            : nothing
        }
      </span>
    </cc-incoming-call>`;
  }

  private renderParty(active: Call | null) {
    const state = this.callState;
    if (!active || (active.state === 'ringing' && active.direction !== 'outbound')) {
      return state === 'wrap-up'
        ? html`<div part="remote-party" class="party">
            <span part="call-state" class="state">${presenceLabel('wrap-up')}</span>
          </div>`
        : nothing;
    }
    const conference = (this.calls.value ?? []).filter((c) => c.conference);
    const who = conference.length > 1 ? conference.map(partyName).join(', ') : partyName(active);
    const showNumber = conference.length <= 1 && active.remote.displayName && active.remote.number;
    const quality = this.quality.value ?? null;
    return html`<div part="remote-party" class="party">
      <span class="who">
        <span class="name">${who}</span>
        ${showNumber ? html`<span class="number">${active.remote.number}</span>` : nothing}
      </span>
      <span class="status">
        <span part="call-state" class="state">${workLabel(this.work.value ?? 'talking')}</span>
        <cc-call-timer
          part="call-timer"
          exportparts="base: call-timer__base"
          .start=${active.answeredAt ?? active.startedAt}
          label=${msg('Call duration', { id: 'phone-bar.duration' })}
        ></cc-call-timer>
        ${
          quality
            ? html`<cc-quality-indicator
                part="quality-indicator"
                exportparts="base: quality-indicator__base, grade: quality-indicator__grade, label: quality-indicator__label, details: quality-indicator__details"
                .quality=${quality}
              ></cc-quality-indicator>`
            : nothing
        }
      </span>
    </div>`;
  }

  private renderDialer() {
    const tones = this.inCallTones;
    if (!tones && !this.supported('dial')) return nothing;
    const backend = this.backend.value;
    const callerIds = this.caps.value?.callerIdChoice ? (backend?.callerIds ?? []) : [];
    const shown = this.shownError;
    const invalid =
      !tones && shown !== null && shown === this.ownError && NUMBER_ERRORS.includes(shown.code);
    const label = tones
      ? msg('Keypad tones', { id: 'phone-bar.tones' })
      : msg('Number to call', { id: 'phone-bar.number' });
    return html`<form part="dialer" class="dialer" @submit=${this.handleDialSubmit}>
      <label class="visually-hidden" for="number">${label}</label>
      <input
        id="number"
        part="number-input"
        type="tel"
        inputmode="tel"
        autocomplete="off"
        spellcheck="false"
        placeholder=${tones ? msg('Type keys to send', { id: 'phone-bar.tones-placeholder' }) : msg('Number', { id: 'phone-bar.number-placeholder' })}
        .value=${tones ? (this.tones?.digits ?? '') : this.number}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${invalid ? 'error' : nothing}
        @input=${this.handleNumberInput}
        @beforeinput=${this.handleNumberBeforeInput}
        @paste=${this.handleNumberPaste}
      />
      ${
        !tones && callerIds.length > 0
          ? html`<label class="visually-hidden" for="caller-id"
                >${msg('Caller ID', { id: 'phone-bar.caller-id' })}</label
              >
              <select id="caller-id" part="caller-id" @change=${this.handleCallerId}>
                <option value="" ?selected=${this.callerId === ''}>
                  ${msg('Default caller ID', { id: 'phone-bar.caller-id-default' })}
                </option>
                ${callerIds.map((c) => html`<option value=${c.id} ?selected=${c.id === this.callerId}>${c.label}</option>`)}
              </select>`
          : nothing
      }
      ${
        tones
          ? nothing
          : html`<button
              part="dial-button"
              type="submit"
              class="control answer"
              ?disabled=${!this.allowed('dial')}
              title=${msg('Dial', { id: 'phone-bar.dial' })}
            >
              ${icons.phoneIcon}<span class="label">${msg('Dial', { id: 'phone-bar.dial' })}</span>
            </button>`
      }
    </form>`;
  }

  private renderCallControls(active: Call | null) {
    if (!active || (active.state === 'ringing' && active.direction !== 'outbound')) return nothing;
    const calls = this.calls.value ?? [];
    const consult = active.consultOf
      ? active
      : (calls.find((c) => c.consultOf === active.id) ?? null);
    const connected = active.state === 'talking' || active.state === 'held';
    const held = active.state === 'held';
    const consultAnswered =
      consult !== null && (consult.state === 'talking' || consult.state === 'held');
    return html`
      ${this.button({
        part: 'hangup-button',
        label: msg('Hang up', { id: 'phone-bar.hangup' }),
        icon: icons.hangupIcon,
        onClick: () => this.hangup(),
        enabled: this.allowed('hangup'),
        shortcut: 'hangup',
        tone: 'hangup',
      })}
      ${
        this.supported('hold') && connected
          ? this.button({
              part: 'hold-button',
              label: msg('Hold', { id: 'phone-bar.hold' }),
              icon: held ? icons.resumeIcon : icons.holdIcon,
              onClick: () => this.toggleHold(),
              enabled: held ? this.allowed('resume') : this.allowed('hold'),
              pressed: held,
              shortcut: 'hold',
            })
          : nothing
      }
      ${
        this.supported('mute') && active.state !== 'ringing'
          ? this.button({
              part: 'mute-button',
              label: msg('Mute', { id: 'phone-bar.mute' }),
              icon: active.muted ? icons.micOffIcon : icons.micIcon,
              onClick: () => this.toggleMute(),
              enabled: active.muted ? this.allowed('unmute') : this.allowed('mute'),
              pressed: active.muted,
              shortcut: 'mute',
            })
          : nothing
      }
      ${
        consult
          ? this.renderConsultControls(consult, consultAnswered)
          : html`${
              this.supported('transfer') && connected
                ? this.button({
                    part: 'transfer-button',
                    label: msg('Transfer', { id: 'phone-bar.transfer' }),
                    icon: icons.transferIcon,
                    onClick: () => this.openTransfer('transfer'),
                    enabled: this.allowed('transfer'),
                    expanded: this.transferOpen && this.transferMode === 'transfer',
                  })
                : nothing
            }
            ${
              this.supported('consult') && connected && !active.conference
                ? this.button({
                    part: 'consult-button',
                    label: msg('Consult', { id: 'phone-bar.consult' }),
                    icon: icons.consultIcon,
                    onClick: () => this.openTransfer('consult'),
                    enabled: this.allowed('consult'),
                    expanded: this.transferOpen && this.transferMode === 'consult',
                  })
                : nothing
            }`
      }
    `;
  }

  private renderConsultControls(consult: Call, answered: boolean) {
    const cc = () => this.callCenter.calls;
    return html`
      ${this.button({
        part: 'transfer-button complete-transfer-button',
        label: msg('Transfer', { id: 'phone-bar.transfer' }),
        icon: icons.transferIcon,
        onClick: () => void this.attempt(() => cc().completeTransfer(consult.id)),
        enabled: this.allowed('completeTransfer'),
      })}
      ${
        this.supported('conference')
          ? this.button({
              part: 'conference-button',
              label: msg('Conference', { id: 'phone-bar.conference' }),
              icon: icons.conferenceIcon,
              onClick: () => void this.attempt(() => cc().conference(consult.id)),
              enabled: this.allowed('conference'),
            })
          : nothing
      }
      ${
        answered
          ? this.button({
              part: 'retrieve-button',
              label: msg('Back to caller', { id: 'phone-bar.retrieve' }),
              icon: icons.retrieveIcon,
              onClick: () => void this.attempt(() => cc().retrieve(consult.id)),
              enabled: this.allowed('retrieve'),
            })
          : this.button({
              part: 'cancel-consult-button',
              label: msg('Cancel consultation', { id: 'phone-bar.cancel-consult' }),
              icon: icons.cancelIcon,
              onClick: () => void this.attempt(() => cc().cancelConsult(consult.id)),
              enabled: this.allowed('cancelConsult'),
            })
      }
    `;
  }

  private renderTools() {
    const caps = this.caps.value;
    const keypad = this.supported('sendDtmf') || this.supported('dial');
    const devices = (caps?.localMedia ?? false) && !this.noDevices;
    const blocked = this.devices.value?.audioBlocked ?? false;
    return html`
      ${
        keypad
          ? this.button({
              part: 'keypad-button',
              label: msg('Keypad', { id: 'phone-bar.keypad' }),
              icon: icons.keypadIcon,
              onClick: () => this.toggleKeypad(),
              enabled: true,
              expanded: this.keypadOpen,
              controls: 'keypad-panel',
            })
          : nothing
      }
      ${
        devices
          ? this.button({
              part: 'device-button',
              label: msg('Audio devices', { id: 'phone-bar.devices' }),
              icon: icons.devicesIcon,
              onClick: () => this.toggleDevices(),
              enabled: true,
              expanded: this.devicesOpen,
              controls: 'device-panel',
            })
          : nothing
      }
      ${
        blocked
          ? this.button({
              part: 'enable-audio-button',
              label: msg('Enable sound', { id: 'phone-bar.enable-audio' }),
              icon: icons.alertIcon,
              onClick: () => void this.attempt(() => this.callCenter.devices.enableAudio()),
              enabled: true,
            })
          : nothing
      }
    `;
  }

  private renderHoldList(active: Call | null) {
    const held = (this.holdList.value ?? []).filter((c) => c.id !== active?.id);
    if (held.length === 0) return nothing;
    const items: HoldListItem[] = held.map((c) => ({
      id: c.id,
      name: c.remote.displayName ?? '',
      number: c.remote.number,
      since: c.answeredAt ?? c.startedAt,
      switchable: this.callCenter.refusal('calls.switchTo', { callId: c.id }) === null,
    }));
    return html`<cc-hold-list
      part="hold-list"
      exportparts="base: hold-list__base, item: hold-list__item, switch-button: hold-list__switch-button"
      .items=${items}
      @cc-switch-call=${this.handleSwitch}
    ></cc-hold-list>`;
  }

  private renderPanels() {
    const devices = this.devices.value;
    const letters = this.caps.value?.dtmf?.letters ?? false;
    return html`
      ${
        this.keypadOpen
          ? html`<div id="keypad-panel" part="keypad-panel" class="panel">
              <cc-dial-pad
                part="keypad"
                exportparts="base: keypad__base, key: keypad__key"
                ?letters=${letters && this.inCallTones}
                label=${this.inCallTones ? msg('Keypad tones', { id: 'phone-bar.tones' }) : msg('Keypad', { id: 'phone-bar.keypad' })}
                @input=${this.handleKeypadInput}
              ></cc-dial-pad>
            </div>`
          : nothing
      }
      ${
        this.devicesOpen && devices
          ? html`<div id="device-panel" part="device-panel" class="panel">
              <cc-device-picker
                part="device-picker"
                exportparts="base: device-picker__base, input-select: device-picker__input-select, output-select: device-picker__output-select, ringer-select: device-picker__ringer-select, level-meter: device-picker__level-meter"
                .inputs=${devices.inputs}
                .outputs=${devices.outputs}
                .input=${devices.input}
                .output=${devices.output}
                .ringer=${devices.ringer}
                ?output-selectable=${devices.outputSelectable}
                .permission=${devices.permission}
                @change=${this.handleDeviceChange}
              ></cc-device-picker>
            </div>`
          : nothing
      }
    `;
  }

  private renderError() {
    const shown = this.shownError;
    if (!shown) return nothing;
    const detail = vendorText(shown.vendor);
    return html`<div part="error" id="error" class="error" role="alert">
      ${icons.alertIcon}
      <span class="error-text">
        <span>${errorMessage(shown.code)}</span>
        ${detail ? html`<span class="error-detail">${detail}</span>` : nothing}
      </span>
      <button
        part="error-dismiss-button"
        type="button"
        class="dismiss"
        aria-label=${msg('Dismiss', { id: 'phone-bar.dismiss' })}
        @click=${this.handleDismissError}
      >
        ${icons.cancelIcon}
      </button>
    </div>`;
  }

  private renderTransferDialog() {
    const caps = this.caps.value;
    if (!caps || (caps.transferTargets.length === 0 && !caps.consult)) return nothing;
    const error = this.dialogError;
    const detail = vendorText(error?.vendor);
    return html`<cc-transfer-dialog
      part="transfer-dialog"
      exportparts="base: transfer-dialog__base, kind: transfer-dialog__kind, search: transfer-dialog__search, agent-list: transfer-dialog__agent-list, target-list: transfer-dialog__target-list, number-input: transfer-dialog__number-input, error: transfer-dialog__error, cancel-button: transfer-dialog__cancel-button, consult-button: transfer-dialog__consult-button, transfer-button: transfer-dialog__transfer-button"
      .open=${this.transferOpen}
      .mode=${this.transferMode}
      .transferKinds=${caps.transferTargets}
      .consultKinds=${caps.consult ? caps.consultTargets : []}
      .canTransfer=${this.allowed('transfer')}
      .canConsult=${this.allowed('consult')}
      .agents=${this.roster.value}
      .queues=${this.queues.value}
      .ivrNodes=${this.backend.value?.ivrNodes ?? []}
      .selfId=${this.agent.value?.id ?? null}
      .busy=${this.transferBusy}
      .error=${error ? (detail ? `${errorMessage(error.code)} (${detail})` : errorMessage(error.code)) : ''}
      @cc-transfer-submit=${this.handleTransferSubmit}
      @close=${this.handleTransferClose}
    ></cc-transfer-dialog>`;
  }

  override render() {
    const active = this.active.value ?? null;
    const ringing = this.ringing.value ?? null;
    return html`<div part="base" class="bar" lang=${this.i18n.lang} @keydown=${this.handleKeydown}>
      ${this.renderIncoming(ringing)}
      <div class="row">
        ${this.renderParty(active)} ${this.renderDialer()}
        <div
          part="controls"
          class="controls"
          role="group"
          aria-label=${msg('Call controls', { id: 'phone-bar.controls' })}
        >
          ${this.renderCallControls(active)} ${this.renderTools()}
        </div>
      </div>
      ${this.renderHoldList(active)} ${this.renderPanels()} ${this.renderError()}
      ${this.renderTransferDialog()}
    </div>`;
  }
}
