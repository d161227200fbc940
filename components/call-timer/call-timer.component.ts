import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { CcElement } from '../base/cc-element.js';
import { callTimerStyles } from './call-timer.styles.js';
import { everySecond, formatDuration, isoDuration } from './ticker.js';

/**
 * A live duration: how long a call has been connected, held or ringing. Counts up from `start`
 * once a second; freezes at `end` when it is set. Screen readers read it on demand (role
 * `timer`, never announced by itself).
 *
 * @summary Live call duration (m:ss, h:mm:ss).
 *
 * @csspart base - The `<time>` element holding the duration.
 *
 * @cssproperty --cc-call-timer-color - Text colour (inherits by default).
 * @cssproperty --cc-call-timer-font-family - Font family (inherits by default).
 */
export class CcCallTimer extends CcElement {
  static override styles = callTimerStyles;

  private stopTicking: (() => void) | null = null;

  /** When counting started, in epoch milliseconds; nothing is shown while it is null. */
  @property({ type: Number }) start: number | null = null;

  /** When counting stopped, in epoch milliseconds; null keeps counting. */
  @property({ type: Number }) end: number | null = null;

  /** Accessible name of the timer ("Call duration"). */
  @property() label = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.syncClock();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTicking?.();
    this.stopTicking = null;
  }

  protected override updated(): void {
    this.syncClock();
  }

  /** Listens to the shared clock only while the timer is counting. */
  private syncClock(): void {
    const counting = this.isConnected && this.start !== null && this.end === null;
    if (counting && !this.stopTicking) this.stopTicking = everySecond(() => this.requestUpdate());
    if (!counting && this.stopTicking) {
      this.stopTicking();
      this.stopTicking = null;
    }
  }

  override render() {
    if (this.start === null) return nothing;
    const elapsed = (this.end ?? Date.now()) - this.start;
    return html`<time
      part="base"
      role="timer"
      aria-label=${this.label || nothing}
      datetime=${isoDuration(elapsed)}
      >${formatDuration(elapsed)}</time
    >`;
  }
}
