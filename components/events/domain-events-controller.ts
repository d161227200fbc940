import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CallCenter } from '../../core/call-center.js';
import { joinEventRelay } from './event-relay.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Lets a kit element take part in dispatching its call center's domain events (see
 * event-relay.ts for who actually dispatches). Follows the element's call center as it
 * changes (a provider appearing later, a host setting `.callCenter`).
 *
 * ```ts
 * private readonly cc = new CallCenterController(this);
 * private readonly events = new DomainEventsController(this, () => this.cc.callCenter);
 * ```
 */
export class DomainEventsController implements ReactiveController {
  private joined: CallCenter | null = null;
  private leave: (() => void) | null = null;

  constructor(
    private readonly host: Host,
    private readonly callCenter: () => CallCenter | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Join at the next update, not here: the provider's context answer may still be on its
    // way, and asking for the call center now would wake the page-wide default one.
    this.host.requestUpdate();
  }

  /** Runs before every render: the call center may have changed since the last one. */
  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.leave?.();
    this.leave = null;
    this.joined = null;
  }

  private sync(): void {
    if (!this.host.isConnected) return;
    const current = this.callCenter();
    if (current === this.joined) return;
    this.leave?.();
    this.joined = current;
    this.leave = current ? joinEventRelay(current, this.host) : null;
  }
}
