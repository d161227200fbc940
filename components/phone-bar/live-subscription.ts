/**
 * A store selection that is live only while switched on. The transfer dialog's directory can
 * hold thousands of agents whose states change every second: the bar follows the roster while
 * the dialog is open, and not at all otherwise.
 */
import type { Subscription } from 'rxjs';
import type { CallCenter } from '../../core/call-center.js';
import type { CallCenterState } from '../../core/store/state.js';

export class LiveSubscription<T> {
  value: T;
  private subscription: Subscription | null = null;
  private source: CallCenter | null = null;

  constructor(
    private readonly pick: (cc: CallCenter) => (state: CallCenterState) => T,
    private readonly initial: T,
    private readonly changed: () => void,
  ) {
    this.value = initial;
  }

  /** Follows `callCenter` when `on`, else stops; cheap to call on every update. */
  sync(callCenter: CallCenter | null, on: boolean): void {
    const wanted = on ? callCenter : null;
    if (wanted === this.source) return;
    this.stop();
    if (!wanted) return;
    this.source = wanted;
    this.subscription = wanted.select(this.pick(wanted)).subscribe((value) => {
      this.value = value;
      this.changed();
    });
  }

  stop(): void {
    this.subscription?.unsubscribe();
    this.subscription = null;
    this.source = null;
    this.value = this.initial;
  }
}
