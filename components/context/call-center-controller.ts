import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Observable, Subscription } from 'rxjs';
import type { CallCenter } from '../../core/call-center.js';
import type { CallCenterState } from '../../core/store/state.js';
import { callCenterContext } from './call-center-context.js';
import { defaultCallCenter } from './default-call-center.js';

type Host = ReactiveControllerHost & HTMLElement;
type Selector<T> = (state: CallCenterState) => T;

/**
 * Finds the element's call center (from the nearest `<cc-call-center>`, else the page-wide
 * default) and keeps selected values current: each `select()` subscribes on connect,
 * unsubscribes on disconnect, and asks the host to render when its value changes.
 *
 * Context only hands over the facade; state reaches the element through these subscriptions.
 */
export class CallCenterController implements ReactiveController {
  private provided: CallCenter | undefined;
  private readonly selections: Selection<unknown>[] = [];
  private connected = false;
  private current: CallCenter | null = null;

  constructor(private readonly host: Host) {
    // The consumer is added first so its context request runs (and a provider answers) before
    // our hostConnected looks for a call center: no page-wide default is built for nothing.
    new ContextConsumer(host, {
      context: callCenterContext,
      subscribe: true,
      callback: (value) => {
        this.provided = value;
        if (this.connected) this.attach();
      },
    });
    host.addController(this);
  }

  /** The facade in use; falls back to the page-wide default outside a provider. */
  get callCenter(): CallCenter {
    return this.current ?? this.provided ?? defaultCallCenter();
  }

  /**
   * A live value; read `.value` in render(). `pick` chooses the selector from the facade, so
   * components need no run-time import of core: `select((cc) => cc.selectors.selectActiveCall)`.
   */
  select<T>(pick: (cc: CallCenter) => Selector<T>): Selection<T> {
    const selection = new Selection<T>(this.host, pick);
    this.selections.push(selection as Selection<unknown>);
    if (this.current) selection.attach(this.current);
    return selection;
  }

  hostConnected(): void {
    this.connected = true;
    this.attach();
  }

  hostDisconnected(): void {
    this.connected = false;
    for (const s of this.selections) s.detach();
    this.current = null;
  }

  private attach(): void {
    // The consumer's request runs in its own hostConnected; a provider that answers later
    // (defined afterwards) calls back and we move over to it.
    const next = this.provided ?? defaultCallCenter();
    if (next === this.current) return;
    this.current = next;
    for (const s of this.selections) s.attach(next);
    this.host.requestUpdate();
  }
}

export class Selection<T> {
  value!: T;
  private subscription: Subscription | null = null;

  constructor(
    private readonly host: Host,
    private readonly pick: (cc: CallCenter) => Selector<T>,
  ) {}

  attach(callCenter: CallCenter): void {
    this.detach();
    const stream: Observable<T> = callCenter.select(this.pick(callCenter));
    // shareReplay hands the current value synchronously, so the first render has it.
    this.subscription = stream.subscribe((value) => {
      this.value = value;
      this.host.requestUpdate();
    });
  }

  detach(): void {
    this.subscription?.unsubscribe();
    this.subscription = null;
  }
}
