import { ContextProvider } from '@lit/context';
import { css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { CredentialsProvider } from '../../core/backends/backend.js';
import type { CallCenter } from '../../core/call-center.js';
import { createCallCenter } from '../../core/call-center.js';
import { CcElement } from '../base/cc-element.js';
import { callCenterContext } from '../context/call-center-context.js';
import { joinEventRelay } from '../events/event-relay.js';

/** Attributes read into back-end options, by back end. Secrets are never among them. */
const OPTION_ATTRIBUTES: Record<string, Record<string, 'string' | 'number'>> = {
  demo: {
    agents: 'number',
    'inbound-per-minute': 'number',
    'wrap-up-seconds': 'number',
    seed: 'number',
  },
  sip: {
    server: 'string',
    aor: 'string',
    'authorization-user': 'string',
    'display-name': 'string',
  },
};

/**
 * Builds a call center from its attributes (or takes one from `.callCenter`) and provides it
 * to every kit element inside.
 *
 * @summary Provider of the call-center core for the elements inside it.
 * @slot - The kit elements (and anything else) that use this call center.
 *
 * @event cc-incoming-call - A call rings at the agent. Dispatched here once for every element inside.
 * @event cc-call-answered - A call was answered.
 * @event cc-call-ended - A call ended: `detail.callId`, `detail.cause`, `detail.duration` (s).
 * @event cc-agent-state-change - Presence, reason or work changed.
 * @event cc-error - Something failed: `detail.code`, `detail.message`, `detail.vendor` (untrusted).
 *
 * @example
 * <cc-call-center backend="demo"><cc-phone-bar></cc-phone-bar></cc-call-center>
 */
export class CcCallCenter extends CcElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  private readonly provider = new ContextProvider(this, { context: callCenterContext });
  private owned: CallCenter | null = null;
  private external: CallCenter | null = null;
  private destroyTimer: ReturnType<typeof setTimeout> | null = null;
  /** Stops dispatching the domain events of the call center provided now. */
  private leaveRelay: (() => void) | null = null;
  private relayed: CallCenter | null = null;

  /** Back end name: `demo` (default, simulated in the page), `sip`, or one a host registered. */
  @property({ reflect: true }) backend = 'demo';

  /** SIP back end: WebSocket URL of the SIP server (ws:// or wss://). */
  @property() server?: string;

  /** SIP back end: the agent's SIP address (sip:user@domain). */
  @property() aor?: string;

  /** Demo back end: how many simulated agents the supervisor sees. */
  @property({ type: Number }) agents?: number;

  /**
   * Extra back-end options, merged over the attributes. Never put secrets here. A new object
   * with the same entries is no change (frameworks such as React pass a fresh object on every
   * render; rebuilding the call center each time would log the agent out).
   */
  @property({
    attribute: false,
    hasChanged: (next: unknown, old: unknown) => !sameEntries(next, old),
  })
  options: Record<string, unknown> = {};

  /**
   * Supplies the password or token when the back end asks. A property only: a secret in an
   * attribute would be visible in the DOM.
   */
  @property({ attribute: false }) credentials?: CredentialsProvider;

  /** The call center in use. Set it to share a core built by the host page. */
  @property({ attribute: false })
  get callCenter(): CallCenter | null {
    return this.external ?? this.owned;
  }
  set callCenter(value: CallCenter | null) {
    const old = this.callCenter;
    this.external = value;
    if (value) this.releaseOwned();
    this.requestUpdate('callCenter', old);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.destroyTimer) clearTimeout(this.destroyTimer);
    this.destroyTimer = null;
    this.ensure();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.relay(null);
    // Moving the element in the DOM disconnects and reconnects it in one task: keep the calls.
    this.destroyTimer = setTimeout(() => this.releaseOwned(), 0);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const rebuild = ['backend', 'server', 'aor', 'agents', 'options', 'credentials'].some((key) =>
      changed.has(key as keyof CcCallCenter),
    );
    if (rebuild && this.owned && changed.size > 0 && this.hasUpdated) this.releaseOwned();
    this.ensure();
  }

  private ensure(): void {
    if (!this.isConnected) return;
    if (!this.external && !this.owned) {
      this.owned = createCallCenter({
        backend: this.backend,
        options: { ...this.attributeOptions(), ...this.options },
        ...(this.credentials ? { credentials: this.credentials } : {}),
      });
    }
    const current = this.callCenter ?? undefined;
    if (this.provider.value !== current) this.provider.setValue(current);
    this.relay(current ?? null);
  }

  /**
   * The provider dispatches its call center's domain events, once for all the elements inside
   * (they see a provider in the relay and stay quiet). See components/events/event-relay.ts.
   */
  private relay(callCenter: CallCenter | null): void {
    if (callCenter === this.relayed) return;
    this.leaveRelay?.();
    this.relayed = callCenter;
    this.leaveRelay = callCenter ? joinEventRelay(callCenter, this, { provider: true }) : null;
  }

  private attributeOptions(): Record<string, unknown> {
    const options: Record<string, unknown> = {};
    if (this.server !== undefined) options['server'] = this.server;
    if (this.aor !== undefined) options['aor'] = this.aor;
    if (this.agents !== undefined) options['agents'] = this.agents;
    for (const [attr, type] of Object.entries(OPTION_ATTRIBUTES[this.backend] ?? {})) {
      const raw = this.getAttribute(attr);
      if (raw === null) continue;
      const key = attr.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
      options[key] = type === 'number' ? Number(raw) : raw;
    }
    return options;
  }

  private releaseOwned(): void {
    const owned = this.owned;
    this.owned = null;
    if (owned) void owned.destroy();
  }

  override render() {
    return html`<slot></slot>`;
  }
}

/**
 * Equal plain data (objects, arrays, primitives), compared in depth; anything else (functions,
 * class instances) by identity. What makes two option objects the same options.
 */
function sameEntries(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameEntries(item, b[i]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && sameEntries(a[key], b[key]));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
