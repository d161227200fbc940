import { msg } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LoginRequest } from '../../core/backends/backend.js';
import type { NextState, NotReadyReason, PhoneType } from '../../core/store/state.js';
import { AnnouncerController } from '../base/live-announcer.js';
import { CcElement } from '../base/cc-element.js';
import { lazyChunk, LazyChunkController } from '../base/lazy-chunk.js';
import { ShortcutsController, type ShortcutMap } from '../base/shortcuts.js';
import { everySecond } from '../call-timer/ticker.js';
import { CallCenterController } from '../context/call-center-controller.js';
import { DomainEventsController } from '../events/domain-events-controller.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { agentStatusStyles } from './agent-status.styles.js';
import {
  agentStateAttribute,
  shownError,
  type AgentStateAttribute,
  type ShownError,
} from './agent-status-view.js';
import type { AgentStatusHost } from './agent-status-host.js';
import { loginFormTemplate } from './login-form.template.js';
import {
  audioBlockedTemplate,
  connectionTemplate,
  errorTemplate,
  presenceAnnouncement,
  statusTemplate,
} from './status-line.template.js';

/** The logged-in controls (see logged-in.ts), shared by every agent status on the page. */
const loggedInChunk = lazyChunk(() => import('./logged-in.js'));

/**
 * The agent's presence: log in, go ready or not ready with a reason, wrap up after calls, choose
 * the state to take when the current call ends, log out. Shows how long the agent has been in
 * the current state, the wrap-up countdown, connection problems, and a button to enable sound
 * when the browser blocked it.
 *
 * Controls the back end does not support are hidden; controls not allowed right now are
 * disabled. Uses the call center of the nearest `<cc-call-center>`, else the page's default.
 *
 * Keyboard shortcuts (documented defaults; change with `shortcuts`, switch off with
 * `no-shortcuts`): Alt+Shift+R ready, Alt+Shift+N not ready with the chosen reason. During a
 * call both set the next state instead.
 *
 * @summary Agent presence: login, ready / not ready with a reason, wrap-up, next state, logout.
 *
 * @event cc-agent-state-change - Presence, reason or work changed (`detail.presence`, `previous`, `reason`, `work`). Dispatched once per call center: by the provider when there is one, else by the first kit element.
 * @event cc-incoming-call - A call rings (see `cc-agent-state-change` for who dispatches).
 * @event cc-call-answered - A call was answered.
 * @event cc-call-ended - A call ended: `detail.callId`, `cause`, `duration` (s).
 * @event cc-error - Something failed: `detail.code`, `message`, `vendor` (untrusted text).
 *
 * @csspart base - The wrapper; carries the state as a class (`state-ready`, ...).
 * @csspart connection-status - The banner for connecting, reconnecting, disconnected, registration failed.
 * @csspart audio-banner - The "sound is blocked" banner.
 * @csspart enable-audio-button - Its button.
 * @csspart login-form - The login form (offline).
 * @csspart agent-id-input - Agent id input.
 * @csspart extension-input - Extension input.
 * @csspart password-input - Password input (never holds the password after submit).
 * @csspart phone-type-select - Phone type choice (when the back end offers several).
 * @csspart login-button - Login submit button.
 * @csspart status - The current state: indicator, label, reason, work, timer.
 * @csspart state-indicator - The coloured dot.
 * @csspart state-label - Presence label ("Not ready").
 * @csspart reason - The not-ready reason (back-end text).
 * @csspart work-label - The work state during calls ("On a call").
 * @csspart state-timer - Time in the current state.
 * @csspart status-button - The button that changes presence: "Set ready" when not ready, "Set not ready" when ready.
 * @csspart reason-menu - The `<select>` of not-ready reasons.
 * @csspart reason-button - While not ready: switches to the reason chosen in the menu.
 * @csspart wrap-up - The wrap-up group.
 * @csspart wrap-up-timer - Wrap-up time left.
 * @csspart extend-button - Each "extend wrap-up" button (+30 s, +60 s).
 * @csspart end-wrap-up-button - End wrap-up, go ready.
 * @csspart end-wrap-up-not-ready-button - End wrap-up, go not ready with the chosen reason.
 * @csspart next-state - The next-state group (during calls and wrap-up).
 * @csspart next-state-menu - The `<select>` of next states.
 * @csspart next-state-button - Applies the next state chosen in the menu.
 * @csspart next-state-label - The next state chosen.
 * @csspart next-state-clear-button - Clears the next state.
 * @csspart logout-button - Log out.
 * @csspart error - The last error of this element's commands.
 * @csspart error-dismiss-button - Dismisses it.
 *
 * @cssproperty --cc-agent-status-background - Background (default `--cc-color-surface`).
 * @cssproperty --cc-agent-status-color - Text colour (default `--cc-color-text`).
 * @cssproperty --cc-agent-status-border-color - Border colour (default `--cc-color-border-subtle`).
 * @cssproperty --cc-agent-status-radius - Corner radius (default `--cc-radius-m`).
 * @cssproperty --cc-agent-status-padding - Inner padding (default `--cc-space-2`).
 * @cssproperty --cc-agent-status-gap - Space between groups (default `--cc-space-2`).
 * @cssproperty --cc-agent-status-indicator-size - Size of the state dot (default 0.625rem).
 */
export class CcAgentStatus extends CcElement {
  static override styles = agentStatusStyles;
  static override shadowRootOptions: ShadowRootInit = {
    ...CcElement.shadowRootOptions,
    delegatesFocus: true,
  };

  // Controllers
  private readonly cc = new CallCenterController(this);
  private readonly i18n = new LocaleController(this);
  private readonly announcer = new AnnouncerController(this);
  private readonly agent = this.cc.select((cc) => cc.selectors.selectAgent);
  private readonly work = this.cc.select((cc) => cc.selectors.selectWork);
  private readonly backend = this.cc.select((cc) => cc.selectors.selectBackend);
  private readonly connection = this.cc.select((cc) => cc.selectors.selectConnection);
  private readonly devices = this.cc.select((cc) => cc.selectors.selectDevices);
  private readonly allowed = this.cc.select((cc) => cc.selectors.selectAllowedActions);
  private readonly pending = this.cc.select((cc) => cc.selectors.selectPending);
  /** Created after the call-center controller: it asks that controller for the call center. */
  protected readonly domainEvents = new DomainEventsController(this, () => this.cc.callCenter);
  private readonly keys = new ShortcutsController(this, {
    ready: () => void this.goReady(),
    notReady: () => void this.goNotReady(),
  });
  private readonly loggedIn = new LazyChunkController(this, loggedInChunk);

  // State
  /** The reason chosen in the reason menu (a code of the back end's reasons). */
  @state() private chosenReason: string | null = null;
  /** The next state chosen in the menu, before it is applied. */
  @state() private chosenNext: string | null = null;
  /** The last failure of a command started here. */
  @state() private error: ShownError | null = null;
  private stopTicking: (() => void) | null = null;
  /** A part to focus after the next render (the control that replaced the focused one). */
  private focusAfterRender: string | null = null;
  private announced: string | null = null;

  // Public properties
  /** Prefills the login form's agent id (the host often knows who is signing in). */
  @property({ attribute: 'agent-id' }) agentId = '';

  /** Prefills the login form's extension. */
  @property() extension = '';

  /** Hides the password field (the host supplies credentials through `<cc-call-center>`). */
  @property({ type: Boolean, attribute: 'no-password' }) noPassword = false;

  /**
   * Overrides of the keyboard shortcuts, e.g. `{ ready: 'Alt+Shift+1', notReady: null }`
   * (null switches one off). Defaults: ready Alt+Shift+R, notReady Alt+Shift+N.
   */
  @property({ attribute: false }) shortcuts: ShortcutMap = {};

  /** Switches every keyboard shortcut of this element off. */
  @property({ type: Boolean, reflect: true, attribute: 'no-shortcuts' }) noShortcuts = false;

  /** The agent's state, reflected for styling: offline | ready | not-ready | wrap-up | on-call. Read only. */
  @property({ reflect: true, attribute: 'agent-state' }) agentState: AgentStateAttribute =
    'offline';

  // Lifecycle
  override connectedCallback(): void {
    super.connectedCallback();
    this.stopTicking = everySecond(() => {
      if (this.agent.value && this.agent.value.presence !== 'offline') this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTicking?.();
    this.stopTicking = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const agent = this.agent.value;
    if (!agent) return;
    // Logged in (with a SIP back end: the back end has started): load the logged-in controls.
    if (agent.presence !== 'offline') this.loggedIn.need();
    const next = agentStateAttribute(agent.presence, this.work.value);
    if (next !== this.agentState) this.agentState = next;
    this.announceChanges();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const wanted = this.focusAfterRender;
    if (wanted) {
      const target = this.renderRoot.querySelector<HTMLElement>(
        `[part~="${wanted}"]:not(:disabled)`,
      );
      // The control comes with the logged-in chunk (after login): wait for the render with it.
      if (!target && this.loggedIn.pending) return;
      this.focusAfterRender = null;
      // Only when focus was lost with a replaced control: never take it from where it is now.
      if (this.shadowRoot?.activeElement) return;
      // No such control now: the host delegates focus to its first control.
      (target ?? this).focus();
    }
  }

  /** Also waits for the logged-in chunk when it is loading, so awaiting callers see it rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.loggedIn.pending) return done;
    await this.loggedIn.settled();
    return this.getUpdateComplete();
  }

  // Handlers
  private readonly handleLogin = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const passwordInput = form.querySelector<HTMLInputElement>('input[name="password"]');
    const password = passwordInput?.value ?? '';
    // The password leaves the DOM at once; only the closure below holds it, for the back end.
    if (passwordInput) passwordInput.value = '';
    const agentId = String(data.get('agentId') ?? '').trim();
    const extension = String(data.get('extension') ?? '').trim();
    const phoneTypes = this.backend.value.phoneTypes;
    const phoneType = (data.get('phoneType') as PhoneType | null) ?? phoneTypes[0];
    const request: LoginRequest = {
      agentId,
      ...(extension ? { extension } : {}),
      ...(phoneType ? { phoneType } : {}),
      ...(password ? { credentials: () => password } : {}),
    };
    this.agentId = agentId;
    this.extension = extension;
    void this.run(() => this.cc.callCenter.agent.login(request), 'status-button');
  };

  private readonly handleLogout = (): void => {
    void this.run(() => this.cc.callCenter.agent.logout(), 'agent-id-input');
  };

  private readonly handleEnableAudio = (): void => {
    void this.run(() => this.cc.callCenter.devices.enableAudio());
  };

  private readonly handleDismissError = (): void => {
    this.error = null;
    this.focusAfterRender = 'status-button';
  };

  // Public methods
  /**
   * Goes ready now, or, during a call, asks for ready when it ends. Resolves when the back end
   * has confirmed; failures are shown in the element and also resolve (they are in `cc-error`).
   */
  async goReady(): Promise<void> {
    const allowed = this.allowed.value.agent;
    if (allowed.setReady) return this.run(() => this.cc.callCenter.agent.setReady());
    if (allowed.endWrapUp) return this.run(() => this.cc.callCenter.agent.endWrapUp('ready'));
    if (allowed.requestNextState)
      return this.run(() => this.cc.callCenter.agent.requestNextState('ready'));
  }

  /** Goes not ready with the reason chosen in the menu (or the back end's first). */
  async goNotReady(): Promise<void> {
    const reason = this.reason();
    if (!reason) return;
    const next: NextState = { presence: 'not-ready', reason };
    const allowed = this.allowed.value.agent;
    if (allowed.setNotReady) return this.run(() => this.cc.callCenter.agent.setNotReady(reason));
    if (allowed.endWrapUp) return this.run(() => this.cc.callCenter.agent.endWrapUp(next));
    if (allowed.requestNextState)
      return this.run(() => this.cc.callCenter.agent.requestNextState(next));
  }

  // Private helpers
  /**
   * Runs a command and keeps the failure to show. Keyboard focus survives the re-render: it
   * goes to `focusPart` (the control that takes over, e.g. the status button after login), else
   * back to a control of the same part when the focused one was replaced.
   */
  private async run(command: () => Promise<unknown>, focusPart?: string): Promise<void> {
    this.error = null;
    const focused = this.shadowRoot?.activeElement?.getAttribute('part')?.split(' ')[0] ?? null;
    try {
      await command();
      if (focused) this.focusAfterRender = focusPart ?? focused;
    } catch (error) {
      this.error = shownError(error);
      if (focused) this.focusAfterRender = focused;
    }
    this.requestUpdate();
  }

  /** The reason in the menu: the chosen one, else the current one, else the back end's first. */
  private reason(): NotReadyReason | null {
    const reasons = this.backend.value.reasons;
    const code = this.chosenReason ?? this.agent.value.reason?.code;
    return reasons.find((r) => r.code === code) ?? reasons[0] ?? null;
  }

  /** Says presence changes and connection trouble through the page's polite live region. */
  private announceChanges(): void {
    const text = presenceAnnouncement(this.agent.value, this.connection.value);
    // The first render states what is, it does not announce a change.
    if (this.announced !== null && text !== this.announced) this.announcer.announce(text);
    this.announced = text;
  }

  // Rendering
  /** What the logged-in templates see of the element (getters: this render's values). */
  private readonly host: AgentStatusHost = (() => {
    // The getters read the element's private state at render time; `this` inside them is the
    // host object.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const el = this;
    return {
      get callCenter() {
        return el.cc.callCenter;
      },
      get agent() {
        return el.agent.value;
      },
      get work() {
        return el.work.value;
      },
      get backend() {
        return el.backend.value;
      },
      get allowed() {
        return el.allowed.value.agent;
      },
      get pending() {
        return el.pending.value;
      },
      get chosenReason() {
        return el.chosenReason;
      },
      set chosenReason(code) {
        el.chosenReason = code;
      },
      get chosenNext() {
        return el.chosenNext;
      },
      set chosenNext(value) {
        el.chosenNext = value;
      },
      reason: () => el.reason(),
      keysFor: (action) => el.keys.keysFor(action),
      run: (command, focusPart) => el.run(command, focusPart),
      goReady: () => el.goReady(),
      goNotReady: () => el.goNotReady(),
    };
  })();

  private renderLogout(): TemplateResult {
    const allowed = this.allowed.value.agent.logout;
    const busy = this.pending.value.includes('agent.logout');
    return html`<button
      part="logout-button"
      class="logout"
      type="button"
      ?disabled=${!allowed || busy}
      @click=${this.handleLogout}
    >
      ${msg('Log out', { id: 'agent-status.log-out' })}
    </button>`;
  }

  override render() {
    const agent = this.agent.value;
    const offline = agent.presence === 'offline';
    const pending = this.pending.value;
    // Until the logged-in chunk is here (requested at login), the status line, logout and
    // errors show; the presence, wrap-up and next-state controls follow a moment later.
    const loggedIn = this.loggedIn.value;
    const host = this.host;
    return html`<div
      part="base"
      class="base state-${this.agentState}"
      lang=${this.i18n.lang}
      aria-busy=${pending.some((p) => p.startsWith('agent.')) ? 'true' : 'false'}
    >
      ${connectionTemplate(this.connection.value)}
      ${audioBlockedTemplate(this.devices.value.audioBlocked, this.handleEnableAudio)}
      ${
        offline
          ? loginFormTemplate({
              agentId: this.agentId,
              extension: this.extension,
              phoneTypes: this.backend.value.phoneTypes,
              showPassword: !this.noPassword,
              pending: pending.includes('agent.login'),
              allowed: this.allowed.value.agent.login,
              error: errorTemplate(this.error, this.handleDismissError),
              onSubmit: this.handleLogin,
            })
          : html`${statusTemplate(agent, this.work.value)}
            ${loggedIn ? loggedIn.presenceControlsTemplate(host) : nothing}
            ${loggedIn ? loggedIn.wrapUpTemplate(host) : nothing}
            ${loggedIn ? loggedIn.nextStateTemplate(host) : nothing} ${this.renderLogout()}
            ${errorTemplate(this.error, this.handleDismissError)}`
      }
    </div>`;
  }
}
