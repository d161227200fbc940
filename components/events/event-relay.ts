/**
 * Who dispatches a call center's domain events (`cc-incoming-call`, `cc-call-answered`,
 * `cc-call-ended`, `cc-agent-state-change`, `cc-error`).
 *
 * Rule: each call center's events are dispatched exactly once, on one element:
 * - the `<cc-call-center>` provider that owns it, when there is one on the page;
 * - otherwise the first connected kit element that uses it (a lone `<cc-phone-bar>` on the
 *   page-wide default call center), handed to the next one when that element disconnects.
 *
 * So a page with a provider and two elements inside hears each event once (from the provider,
 * bubbling up from there), and a page with two lone elements also hears it once.
 */
import type { Subscription } from 'rxjs';
import type { CallCenter } from '../../core/call-center.js';
import { toDomEvent } from './to-dom-event.js';

interface Member {
  readonly element: HTMLElement;
  /** Providers are preferred over elements. */
  readonly provider: boolean;
}

class Relay {
  private readonly members: Member[] = [];
  private subscription: Subscription | null = null;

  constructor(private readonly callCenter: CallCenter) {}

  /** The element that dispatches now. */
  get emitter(): HTMLElement | null {
    return (this.members.find((m) => m.provider) ?? this.members[0])?.element ?? null;
  }

  join(element: HTMLElement, provider: boolean): void {
    if (this.members.some((m) => m.element === element)) return;
    this.members.push({ element, provider });
    this.subscription ??= this.callCenter.events$.subscribe((event) => {
      this.emitter?.dispatchEvent(toDomEvent(event));
    });
  }

  /** Returns true when nobody is left. */
  leave(element: HTMLElement): boolean {
    const index = this.members.findIndex((m) => m.element === element);
    if (index >= 0) this.members.splice(index, 1);
    if (this.members.length > 0) return false;
    this.subscription?.unsubscribe();
    this.subscription = null;
    return true;
  }
}

const relays = new WeakMap<CallCenter, Relay>();

/**
 * Registers `element` as a possible dispatcher of `callCenter`'s domain events. Returns the
 * function that unregisters it. `provider: true` for `<cc-call-center>`.
 */
export function joinEventRelay(
  callCenter: CallCenter,
  element: HTMLElement,
  options: { provider?: boolean } = {},
): () => void {
  let relay = relays.get(callCenter);
  if (!relay) {
    relay = new Relay(callCenter);
    relays.set(callCenter, relay);
  }
  relay.join(element, options.provider ?? false);
  const joined = relay;
  return () => {
    if (joined.leave(element)) relays.delete(callCenter);
  };
}

/** The element that currently dispatches `callCenter`'s events (for tests and debugging). */
export function eventRelayEmitter(callCenter: CallCenter): HTMLElement | null {
  return relays.get(callCenter)?.emitter ?? null;
}
