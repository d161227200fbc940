/**
 * What `<cc-phone-bar>` does, loaded with `import()` as soon as a bar connects, beside the
 * call center's back end (see phone-bar.component.ts): the store selections, the commands and
 * the errors they show, the number field and keypad tones, the panels, the announcements, the
 * shortcuts, and the rendering. Until it is here the bar shows its frame, disabled.
 */
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { CallCenter } from '../../core/call-center.js';
import type { CallCommand } from '../../core/model/allowed-actions.js';
import { lazyChunk, LazyChunkController } from '../base/lazy-chunk.js';
import { AnnouncerController } from '../base/live-announcer.js';
import { ShortcutsController } from '../base/shortcuts.js';
import type { CallCenterController } from '../context/call-center-controller.js';
import { CcDialRequestEvent } from '../events/dial-request.js';
import { BarErrorsController, NUMBER_ERRORS } from './bar-errors.controller.js';
import { createPhoneBarView } from './bar-view.js';
import { CallCommands } from './call-commands.js';
import { CallAnnouncer } from './call-announcer.js';
import { phoneBarCallState } from './call-state.js';
import { dialerTemplate } from './dialer.template.js';
import type { ShownError } from './error-display.js';
import { errorTemplate } from './error.template.js';
import { incomingTemplate } from './incoming.template.js';
import { NumberEntryController } from './number-entry.controller.js';
import { cleanDialString } from './number-paste.js';
import { PanelsController } from './panels.controller.js';
import type * as InCallChunk from './in-call.js';
import type { PhoneBarHost } from './phone-bar-host.js';
import type { PhoneBarView } from './phone-bar-view.js';
import { toolsTemplate } from './tools.template.js';
import type { TransferController } from './transfer.controller.js';

/**
 * The in-call chunk (see in-call.ts): loaded at login, when a call exists, or when the keypad
 * or device picker is first opened; shared by every bar on the page.
 */
const inCallChunk = lazyChunk(() => import('./in-call.js'));

/** One bar's behaviour and rendering; the element creates it once this module is here. */
export class PhoneBarLogic {
  // Controllers ------------------------------------------------------------------------------

  private readonly announcer: AnnouncerController;
  private readonly keys: ShortcutsController;

  private readonly caps;
  private readonly backend;
  private readonly agent;
  private readonly calls;
  private readonly active;
  private readonly ringing;
  private readonly holdList;
  private readonly work;
  private readonly allowedNow;
  private readonly pending;
  private readonly errors;
  private readonly quality;
  private readonly devices;

  private readonly inCall: LazyChunkController<typeof InCallChunk>;
  /** Runs the bar's commands and keeps the errors it shows. */
  private readonly failures: BarErrorsController;
  /** The keypad and device panels. */
  private readonly panels: PanelsController;
  /** The number field and keypad tones. */
  private readonly entry: NumberEntryController;
  /** Answer, reject, hang up, hold and mute, for the buttons and the shortcuts. */
  private readonly commands: CallCommands;
  private readonly announcements: CallAnnouncer;
  /** What the templates see of the bar. */
  private readonly view: PhoneBarView;

  // State ------------------------------------------------------------------------------------

  private focusWasInside = false;
  /** The transfer dialog, its directory and queues: created once the in-call chunk is here. */
  private transfer: TransferController | null = null;

  constructor(
    private readonly host: PhoneBarHost,
    private readonly cc: CallCenterController,
    private readonly emit: (event: Event) => boolean,
  ) {
    this.announcer = new AnnouncerController(host);
    this.keys = new ShortcutsController(host, {
      answer: () => this.commands.shortcutAnswer(),
      hangup: () => this.commands.shortcutHangup(),
      hold: () => this.commands.toggleHold(),
      mute: () => this.commands.toggleMute(),
    });
    this.caps = cc.select((c) => c.selectors.selectCapabilities);
    this.backend = cc.select((c) => c.selectors.selectBackend);
    this.agent = cc.select((c) => c.selectors.selectAgent);
    this.calls = cc.select((c) => c.selectors.selectCalls);
    this.active = cc.select((c) => c.selectors.selectActiveCall);
    this.ringing = cc.select((c) => c.selectors.selectRingingCall);
    this.holdList = cc.select((c) => c.selectors.selectHoldList);
    this.work = cc.select((c) => c.selectors.selectWork);
    this.allowedNow = cc.select((c) => c.selectors.selectAllowedActions);
    this.pending = cc.select((c) => c.selectors.selectPending);
    this.errors = cc.select((c) => c.selectors.selectErrors);
    this.quality = cc.select((c) => c.selectors.selectActiveQuality);
    this.devices = cc.select((c) => c.selectors.selectDevices);

    this.inCall = new LazyChunkController(host, inCallChunk);
    this.failures = new BarErrorsController(host, () => this.callCenter, emit);
    this.panels = new PanelsController(
      host,
      () => this.callCenter,
      () => this.inCall.need(),
    );
    // The getters read the bar's state at the time of each call.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const bar = this;
    this.entry = new NumberEntryController(host, {
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
    this.commands = new CallCommands(
      () => this.callCenter,
      () => this.active.value ?? null,
      (command) => this.allowed(command),
      (command) => void this.failures.attempt(command),
    );
    this.announcements = new CallAnnouncer((text) => this.announcer.announce(text));
    this.view = createPhoneBarView({
      get callCenter() {
        return bar.callCenter;
      },
      get callState() {
        return bar.host.callState;
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
  }

  // Handlers ---------------------------------------------------------------------------------

  /** Escape closes a panel; keypad tones typed anywhere in the bar go out while talking. */
  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Escape') {
      this.panels.closePanels(event);
      return;
    }
    this.entry.handleKeydown(event);
  };

  private handleCallerId(event: Event): void {
    this.host.callerId = (event.target as HTMLSelectElement).value;
  }

  private handleDismissError(): void {
    this.failures.dismiss(this.shownError);
    this.entry.focus();
  }

  // The element's lifecycle ------------------------------------------------------------------

  willUpdate(): void {
    const host = this.host;
    this.focusWasInside = host.shadowRoot?.activeElement != null;
    const active = this.active.value ?? null;
    const next = phoneBarCallState(
      this.work.value ?? 'idle',
      this.agent.value?.presence ?? 'offline',
    );
    this.announcements.state(next, active);
    host.callState = next;
    // Logged in (with a SIP back end: the back end has started) or a call exists: load the
    // in-call chunk now, long before the agent needs a call control.
    if (this.agent.value?.presence !== 'offline' || (this.calls.value ?? []).length > 0)
      this.inCall.need();
    this.announcements.calls(this.ringing.value ?? null, active);
    this.entry.sync();
    const chunk = this.inCall.value;
    this.transfer ??= chunk
      ? new chunk.TransferController(host, () => this.callCenter, this.failures)
      : null;
    this.transfer?.sync(active, this.caps.value);
  }

  updated(): void {
    const host = this.host;
    // A control that had focus went away (answered, hung up, switched): keep the keyboard
    // user in the bar, on the control they most likely want next.
    if (this.focusWasInside && host.shadowRoot?.activeElement == null && host.isConnected) {
      const candidates = [
        '[part~="hangup-button"]:not([disabled])',
        '[part~="answer-button"]:not([disabled])',
        '[part~="number-input"]',
      ];
      for (const selector of candidates) {
        const next = host.renderRoot.querySelector<HTMLElement>(selector);
        if (next) {
          next.focus();
          break;
        }
      }
    }
  }

  /** True while the in-call chunk this bar asked for is loading. */
  get loading(): boolean {
    return this.inCall.pending;
  }

  /** Resolves when no chunk load this bar started is under way. */
  settled(): Promise<void> {
    return this.inCall.settled();
  }

  // Commands ---------------------------------------------------------------------------------

  /** See `CcPhoneBar.dial()`. */
  async dial(number: string = this.entry.number): Promise<string | null> {
    const cleaned = cleanDialString(String(number ?? ''));
    this.entry.number = cleaned;
    this.failures.ownError = null;
    if (!this.emit(new CcDialRequestEvent({ number: cleaned }))) return null;
    const callerId = this.host.callerId;
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
      callerId: this.host.callerId,
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

  render(lang: string) {
    const active = this.active.value ?? null;
    const ringing = this.ringing.value ?? null;
    const shown = this.shownError;
    // Until the in-call chunk is here (it is requested at login), the bar shows what an idle,
    // logged-out bar needs: the dialer, the tools, errors, and an incoming banner that works.
    const inCall = this.inCall.value;
    const view = this.view;
    return html`<div part="base" class="bar" lang=${lang} @keydown=${this.onKeydown}>
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
