import { msg } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { CallCenter } from '../../core/call-center.js';
import type { CallCommand } from '../../core/model/allowed-actions.js';
import type { ErrorCode, VendorError } from '../../core/model/errors.js';
import type { Call } from '../../core/store/state.js';
import { CcElement } from '../base/cc-element.js';
import { lazyChunk, LazyChunkController } from '../base/lazy-chunk.js';
import { AnnouncerController } from '../base/live-announcer.js';
import { ShortcutsController, type ShortcutMap } from '../base/shortcuts.js';
import { CallCenterController } from '../context/call-center-controller.js';
import type { CcDevicePicker } from '../device-picker/device-picker.component.js';
import { CcDialRequestEvent } from '../events/dial-request.js';
import { DomainEventsController } from '../events/domain-events-controller.js';
import { CcErrorEvent } from '../events/error.js';
import type { CcSwitchCallEvent } from '../hold-list/switch-call-event.js';
import { LocaleController } from '../i18n/locale-controller.js';
import type { CcTransferSubmitEvent } from '../transfer-dialog/transfer-submit-event.js';
import type { TransferAction } from '../transfer-dialog/transfer-submit-event.js';
import { incomingCallMessage, muteMessage, stateChangeMessage } from './announcements.js';
import { phoneBarCallState, type PhoneBarCallState } from './call-state.js';
import { controlButton } from './control-button.template.js';
import { dialerTemplate } from './dialer.template.js';
import { DtmfQueue } from './dtmf-queue.js';
import { errorToShow, type ShownError } from './error-display.js';
import { errorTemplate } from './error.template.js';
import { incomingTemplate } from './incoming.template.js';
import { LiveSubscription } from './live-subscription.js';
import { cleanDialString, pasteCleanNumber } from './number-paste.js';
import { phoneBarStyles } from './phone-bar.styles.js';
import type { PhoneBarView } from './phone-bar-view.js';
import { toolsTemplate } from './tools.template.js';

/**
 * The in-call chunk (see in-call.ts): loaded at login, when a call exists, or when the keypad
 * or device picker is first opened; shared by every bar on the page.
 */
const inCallChunk = lazyChunk(() => import('./in-call.js'));

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
  private readonly inCall = new LazyChunkController(this, inCallChunk);

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
    // Logged in (with a SIP back end: the back end has started) or a call exists: load the
    // in-call chunk now, long before the agent needs a call control.
    if (this.agent.value?.presence !== 'offline' || (this.calls.value ?? []).length > 0)
      this.inCall.need();

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

  /** Also waits for the in-call chunk when it is loading, so awaiting callers see it rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.inCall.pending) return done;
    await this.inCall.settled();
    return this.getUpdateComplete();
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
    this.inCall.need();
    this.keypadOpen = !this.keypadOpen;
    if (this.keypadOpen)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('[part~="keypad"]')?.focus(),
      );
  }

  private toggleDevices(): void {
    this.inCall.need();
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

  // Rendering --------------------------------------------------------------------------------

  /** What the templates see of the bar (getters: each read is this render's value). */
  private readonly view: PhoneBarView = (() => {
    // The getters read the bar's private state at render time; `this` inside them is the view.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const bar = this;
    return {
      get callCenter() {
        return bar.callCenter;
      },
      get callState() {
        return bar.callState;
      },
      get calls() {
        return bar.calls.value ?? [];
      },
      get holdList() {
        return bar.holdList.value ?? [];
      },
      get work() {
        return bar.work.value;
      },
      get quality() {
        return bar.quality.value ?? null;
      },
      get caps() {
        return bar.caps.value;
      },
      get backend() {
        return bar.backend.value;
      },
      get devices() {
        return bar.devices.value;
      },
      get selfId() {
        return bar.agent.value?.id ?? null;
      },
      get inCallTones() {
        return bar.inCallTones;
      },
      get keypadOpen() {
        return bar.keypadOpen;
      },
      get devicesOpen() {
        return bar.devicesOpen;
      },
      get transferOpen() {
        return bar.transferOpen;
      },
      get transferMode() {
        return bar.transferMode;
      },
      get transferBusy() {
        return bar.transferBusy;
      },
      get dialogError() {
        return bar.dialogError;
      },
      get roster() {
        return bar.roster.value;
      },
      get queues() {
        return bar.queues.value;
      },
      supported: (command) => bar.supported(command),
      allowed: (command) => bar.allowed(command),
      button: (options) =>
        controlButton(options, options.shortcut ? bar.keys.keysFor(options.shortcut) : ''),
      run: (command) => void bar.attempt(command),
      answer: () => bar.answer(),
      reject: () => bar.reject(),
      hangup: () => bar.hangup(),
      toggleHold: () => bar.toggleHold(),
      toggleMute: () => bar.toggleMute(),
      openTransfer: (mode) => bar.openTransfer(mode),
      onKeypadInput: (event) => bar.handleKeypadInput(event),
      onSwitch: (event) => bar.handleSwitch(event),
      onTransferSubmit: (event) => void bar.handleTransferSubmit(event),
      onTransferClose: () => bar.handleTransferClose(),
      onDeviceChange: (event) => bar.handleDeviceChange(event),
    };
  })();

  private renderDialer() {
    const tones = this.inCallTones;
    if (!tones && !this.supported('dial')) return nothing;
    const shown = this.shownError;
    return dialerTemplate({
      tones,
      value: tones ? (this.tones?.digits ?? '') : this.number,
      invalid:
        !tones && shown !== null && shown === this.ownError && NUMBER_ERRORS.includes(shown.code),
      callerIds: this.caps.value?.callerIdChoice ? (this.backend.value?.callerIds ?? []) : [],
      callerId: this.callerId,
      canDial: this.allowed('dial'),
      onSubmit: (event) => this.handleDialSubmit(event),
      onInput: (event) => this.handleNumberInput(event),
      onBeforeInput: (event) => this.handleNumberBeforeInput(event),
      onPaste: (event) => this.handleNumberPaste(event),
      onCallerId: (event) => this.handleCallerId(event),
    });
  }

  private renderTools() {
    return toolsTemplate({
      keypad: this.supported('sendDtmf') || this.supported('dial'),
      keypadOpen: this.keypadOpen,
      devices: (this.caps.value?.localMedia ?? false) && !this.noDevices,
      devicesOpen: this.devicesOpen,
      audioBlocked: this.devices.value?.audioBlocked ?? false,
      button: this.view.button,
      onKeypad: () => this.toggleKeypad(),
      onDevices: () => this.toggleDevices(),
      onEnableAudio: () => void this.attempt(() => this.callCenter.devices.enableAudio()),
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
