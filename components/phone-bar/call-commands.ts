import type { CallCenter } from '../../core/call-center.js';
import type { CallCommand } from '../../core/model/allowed-actions.js';
import type { Call } from '../../core/store/state.js';

/**
 * The phone bar's commands on the current call, as its buttons and keyboard shortcuts run
 * them: answer, reject, hang up, hold or resume, mute or unmute.
 */
export class CallCommands {
  constructor(
    private readonly callCenter: () => CallCenter,
    private readonly active: () => Call | null,
    /** True when the command may run now and is not already running. */
    private readonly allowed: (command: CallCommand) => boolean,
    /** Runs a facade command; a failure is shown in the bar. */
    private readonly run: (command: () => Promise<unknown>) => void,
  ) {}

  answer(): void {
    this.run(() => this.callCenter().calls.answer());
  }

  reject(): void {
    this.run(() => this.callCenter().calls.reject());
  }

  hangup(): void {
    this.run(() => this.callCenter().calls.hangup());
  }

  toggleHold(): void {
    const active = this.active();
    const callCenter = this.callCenter();
    if (!active) return;
    if (active.state === 'held' && this.allowed('resume'))
      this.run(() => callCenter.calls.resume());
    else if (active.state === 'talking' && this.allowed('hold'))
      this.run(() => callCenter.calls.hold());
  }

  toggleMute(): void {
    const active = this.active();
    const callCenter = this.callCenter();
    if (!active) return;
    if (active.muted && this.allowed('unmute')) this.run(() => callCenter.calls.unmute());
    else if (!active.muted && this.allowed('mute')) this.run(() => callCenter.calls.mute());
  }

  /** The answer shortcut: answers only when answering is allowed now. */
  shortcutAnswer(): void {
    if (this.allowed('answer')) this.answer();
  }

  /** The hang-up shortcut: hangs up only when hanging up is allowed now. */
  shortcutHangup(): void {
    if (this.allowed('hangup')) this.hangup();
  }
}
