import type { Call } from '../../core/store/state.js';
import { incomingCallMessage, muteMessage, stateChangeMessage } from './announcements.js';
import type { PhoneBarCallState } from './call-state.js';

/**
 * Remembers what the phone bar last saw (its state, the ringing call, the microphone) and says
 * what changed through `announce`, the bar's polite live region. The first look says nothing.
 */
export class CallAnnouncer {
  private previousState: PhoneBarCallState | null = null;
  private previousRinging: string | null = null;
  private previousMuted: boolean | null = null;

  constructor(private readonly announce: (text: string) => void) {}

  /** The bar's new state, before the rest of the update (the state line comes first). */
  state(next: PhoneBarCallState, active: Call | null): void {
    if (this.previousState !== null) {
      this.announce(stateChangeMessage(this.previousState, next, active));
    }
    this.previousState = next;
  }

  /** A new ringing call, and the microphone of the active call muted or back on. */
  calls(ringing: Call | null, active: Call | null): void {
    if (ringing && ringing.id !== this.previousRinging) this.announce(incomingCallMessage(ringing));
    this.previousRinging = ringing?.id ?? null;

    const muted = active ? active.muted : null;
    if (muted !== null && this.previousMuted !== null && muted !== this.previousMuted) {
      this.announce(muteMessage(muted));
    }
    this.previousMuted = muted;
  }
}
