/**
 * What `<cc-agent-status>` does, loaded with `import()` as soon as the element connects, beside
 * the call center's back end (see agent-status.component.ts): the store selections, the login
 * form, the status line and its clock, the commands and their errors, the announcements, the
 * shortcuts, and the rendering. Until it is here the element says it is connecting.
 */
import { msg } from '@lit/localize';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { LoginRequest } from '../../core/backends/backend.js';
import type { NextState, NotReadyReason, PhoneType } from '../../core/store/state.js';
import { AnnouncerController } from '../base/live-announcer.js';
import { lazyChunk, LazyChunkController } from '../base/lazy-chunk.js';
import { ShortcutsController } from '../base/shortcuts.js';
import { everySecond } from '../call-timer/ticker.js';
import type { CallCenterController } from '../context/call-center-controller.js';
import type { AgentStatusElement } from './agent-status-element.js';
import type { AgentStatusHost } from './agent-status-host.js';
import { agentStateAttribute, shownError, type ShownError } from './agent-status-view.js';
import type * as LoggedInChunk from './logged-in.js';
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

/** One element's behaviour and rendering; the element creates it once this module is here. */
export class AgentStatusLogic implements ReactiveController {
  private readonly announcer: AnnouncerController;
  private readonly agent;
  private readonly work;
  private readonly backend;
  private readonly connection;
  private readonly devices;
  private readonly allowed;
  private readonly pending;
  private readonly keys: ShortcutsController;
  private readonly loggedIn: LazyChunkController<typeof LoggedInChunk>;
  /** What the logged-in templates see of the element. */
  private readonly view: AgentStatusHost;

  /** The reason chosen in the reason menu (a code of the back end's reasons). */
  private chosenReasonCode: string | null = null;
  /** The next state chosen in the menu, before it is applied. */
  private chosenNextValue: string | null = null;
  /** The last failure of a command started here. */
  private error: ShownError | null = null;
  private stopTicking: (() => void) | null = null;
  /** A part to focus after the next render (the control that replaced the focused one). */
  private focusAfterRender: string | null = null;
  private announced: string | null = null;

  constructor(
    private readonly host: AgentStatusElement,
    private readonly cc: CallCenterController,
  ) {
    this.announcer = new AnnouncerController(host);
    this.agent = cc.select((c) => c.selectors.selectAgent);
    this.work = cc.select((c) => c.selectors.selectWork);
    this.backend = cc.select((c) => c.selectors.selectBackend);
    this.connection = cc.select((c) => c.selectors.selectConnection);
    this.devices = cc.select((c) => c.selectors.selectDevices);
    this.allowed = cc.select((c) => c.selectors.selectAllowedActions);
    this.pending = cc.select((c) => c.selectors.selectPending);
    this.keys = new ShortcutsController(host, {
      ready: () => void this.goReady(),
      notReady: () => void this.goNotReady(),
    });
    this.loggedIn = new LazyChunkController(host, loggedInChunk);
    // The getters read the element's state at render time.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const el = this;
    this.view = {
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
        return el.chosenReasonCode;
      },
      set chosenReason(code) {
        el.chosenReasonCode = code;
        el.host.requestUpdate();
      },
      get chosenNext() {
        return el.chosenNextValue;
      },
      set chosenNext(value) {
        el.chosenNextValue = value;
        el.host.requestUpdate();
      },
      reason: () => el.reason(),
      keysFor: (action) => el.keys.keysFor(action),
      run: (command, focusPart) => el.run(command, focusPart),
      goReady: () => el.goReady(),
      goNotReady: () => el.goNotReady(),
    };
    host.addController(this);
  }

  // The element's lifecycle ------------------------------------------------------------------

  hostConnected(): void {
    this.stopTicking = everySecond(() => {
      if (this.agent.value && this.agent.value.presence !== 'offline') this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.stopTicking?.();
    this.stopTicking = null;
  }

  willUpdate(): void {
    const agent = this.agent.value;
    if (!agent) return;
    // Logged in (with a SIP back end: the back end has started): load the logged-in controls.
    if (agent.presence !== 'offline') this.loggedIn.need();
    const next = agentStateAttribute(agent.presence, this.work.value);
    if (next !== this.host.agentState) this.host.agentState = next;
    this.announceChanges();
  }

  updated(): void {
    const host = this.host;
    const wanted = this.focusAfterRender;
    if (wanted) {
      const target = host.renderRoot.querySelector<HTMLElement>(
        `[part~="${wanted}"]:not(:disabled)`,
      );
      // The control comes with the logged-in chunk (after login): wait for the render with it.
      if (!target && this.loggedIn.pending) return;
      this.focusAfterRender = null;
      // Only when focus was lost with a replaced control: never take it from where it is now.
      if (host.shadowRoot?.activeElement) return;
      // No such control now: the host delegates focus to its first control.
      (target ?? host).focus();
    }
  }

  /** True while the logged-in chunk this element asked for is loading. */
  get loading(): boolean {
    return this.loggedIn.pending;
  }

  /** Resolves when no chunk load this element started is under way. */
  settled(): Promise<void> {
    return this.loggedIn.settled();
  }

  // Handlers ---------------------------------------------------------------------------------

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
    this.host.agentId = agentId;
    this.host.extension = extension;
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
    this.host.requestUpdate();
  };

  // Commands ---------------------------------------------------------------------------------

  /** See `CcAgentStatus.goReady()`. */
  async goReady(): Promise<void> {
    const allowed = this.allowed.value.agent;
    if (allowed.setReady) return this.run(() => this.cc.callCenter.agent.setReady());
    if (allowed.endWrapUp) return this.run(() => this.cc.callCenter.agent.endWrapUp('ready'));
    if (allowed.requestNextState)
      return this.run(() => this.cc.callCenter.agent.requestNextState('ready'));
  }

  /** See `CcAgentStatus.goNotReady()`. */
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

  // Internals --------------------------------------------------------------------------------

  /**
   * Runs a command and keeps the failure to show. Keyboard focus survives the re-render: it
   * goes to `focusPart` (the control that takes over, e.g. the status button after login), else
   * back to a control of the same part when the focused one was replaced.
   */
  private async run(command: () => Promise<unknown>, focusPart?: string): Promise<void> {
    this.error = null;
    this.host.requestUpdate();
    const focused =
      this.host.shadowRoot?.activeElement?.getAttribute('part')?.split(' ')[0] ?? null;
    try {
      await command();
      if (focused) this.focusAfterRender = focusPart ?? focused;
    } catch (error) {
      this.error = shownError(error);
      if (focused) this.focusAfterRender = focused;
    }
    this.host.requestUpdate();
  }

  /** The reason in the menu: the chosen one, else the current one, else the back end's first. */
  private reason(): NotReadyReason | null {
    const reasons = this.backend.value.reasons;
    const code = this.chosenReasonCode ?? this.agent.value.reason?.code;
    return reasons.find((r) => r.code === code) ?? reasons[0] ?? null;
  }

  /** Says presence changes and connection trouble through the page's polite live region. */
  private announceChanges(): void {
    const text = presenceAnnouncement(this.agent.value, this.connection.value);
    // The first render states what is, it does not announce a change.
    if (this.announced !== null && text !== this.announced) this.announcer.announce(text);
    this.announced = text;
  }

  // Rendering --------------------------------------------------------------------------------

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

  render(lang: string): TemplateResult {
    const host = this.host;
    const agent = this.agent.value;
    const offline = agent.presence === 'offline';
    const pending = this.pending.value;
    // Until the logged-in chunk is here (requested at login), the status line, logout and
    // errors show; the presence, wrap-up and next-state controls follow a moment later.
    const loggedIn = this.loggedIn.value;
    const view = this.view;
    return html`<div
      part="base"
      class="base state-${host.agentState}"
      lang=${lang}
      aria-busy=${pending.some((p) => p.startsWith('agent.')) ? 'true' : 'false'}
    >
      ${connectionTemplate(this.connection.value)}
      ${audioBlockedTemplate(this.devices.value.audioBlocked, this.handleEnableAudio)}
      ${
        offline
          ? loginFormTemplate({
              agentId: host.agentId,
              extension: host.extension,
              phoneTypes: this.backend.value.phoneTypes,
              showPassword: !host.noPassword,
              pending: pending.includes('agent.login'),
              allowed: this.allowed.value.agent.login,
              error: errorTemplate(this.error, this.handleDismissError),
              onSubmit: this.handleLogin,
            })
          : html`${statusTemplate(agent, this.work.value)}
            ${loggedIn ? loggedIn.presenceControlsTemplate(view) : nothing}
            ${loggedIn ? loggedIn.wrapUpTemplate(view) : nothing}
            ${loggedIn ? loggedIn.nextStateTemplate(view) : nothing} ${this.renderLogout()}
            ${errorTemplate(this.error, this.handleDismissError)}`
      }
    </div>`;
  }
}
