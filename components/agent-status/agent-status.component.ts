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
import type { AgentStatusElement } from './agent-status-element.js';
import type { AgentStateAttribute } from './agent-status-view.js';
import { agentStatusStyles } from './agent-status.styles.js';

/**
 * What the element does (agent-status-logic.ts): loaded with `import()` when the first one
 * connects, beside the call center's back end, and shared by every agent status on the page.
 */
const logicChunk = lazyChunk(() => import('./agent-status-logic.js'));

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
export class CcAgentStatus extends CcElement implements AgentStatusElement {
  static override styles = agentStatusStyles;
  static override shadowRootOptions: ShadowRootInit = {
    ...CcElement.shadowRootOptions,
    delegatesFocus: true,
  };

  private readonly cc = new CallCenterController(this);
  private readonly i18n = new LocaleController(this);
  /** Created after the call-center controller: it asks that controller for the call center. */
  protected readonly domainEvents = new DomainEventsController(this, () => this.cc.callCenter);
  /** The element's behaviour, created once its chunk is here. */
  private readonly behaviour = new ElementLogicController(
    this,
    logicChunk,
    (chunk) => new chunk.AgentStatusLogic(this, this.cc),
  );

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
  /** Also waits for the parts the element is loading, so awaiting callers see it complete. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.behaviour.busy) return done;
    await this.behaviour.settled();
    return this.getUpdateComplete();
  }

  // Public methods
  /**
   * Goes ready now, or, during a call, asks for ready when it ends. Resolves when the back end
   * has confirmed; failures are shown in the element and also resolve (they are in `cc-error`).
   */
  async goReady(): Promise<void> {
    return (await this.behaviour.loaded())?.goReady();
  }

  /** Goes not ready with the reason chosen in the menu (or the back end's first). */
  async goNotReady(): Promise<void> {
    // Nothing happens when the element's code could not be loaded (logged, and tried again).
    return (await this.behaviour.loaded())?.goNotReady();
  }

  // Rendering
  override render() {
    const logic = this.behaviour.logic;
    if (logic) return logic.render(this.i18n.lang);
    // Until the element's code is here (it loads beside the back end, which nothing can use
    // before it starts either): the connecting banner.
    return html`<div part="base" class="base state-offline" lang=${this.i18n.lang} aria-busy="true">
      <div part="connection-status" class="banner">
        <span>${msg('Connecting…', { id: 'agent-status.connecting' })}</span>
      </div>
    </div>`;
  }
}
