/**
 * What the agent does to calls in progress over SIP: answer (the call in conversation goes on
 * hold first), hold and resume by re-INVITE, switch between calls, mute without renegotiation
 * and keypad tones. The calls themselves (placing, ringing, ending) are in sip-calls.ts.
 */
import { Invitation } from 'sip.js';
import { CallCenterError } from '../../model/errors.js';
import type { BackendEvent } from '../../store/actions.js';
import { reinviteHold, sendDigits, type Outcome } from './in-dialog.js';
import { AUDIO_ONLY, sdhOf, type LiveCall } from './live-call.js';
import type { DtmfMethod } from './options.js';
import type { SipCalls } from './sip-calls.js';

/** How long to wait for the far end to confirm a re-INVITE. */
const REINVITE_WAIT_MS = 8_000;
/** How long a re-INVITE waits for the ACK of a call we answered (sip.js gives up at 32 s). */
const ACK_WAIT_MS = 2_000;
/** Statuses that say the dialog cannot reach the far end any more. */
const UNREACHABLE = new Set([408, 477, 480, 481, 500, 502, 503, 504]);

export class CallControls {
  constructor(
    private readonly calls: SipCalls,
    private readonly emit: (event: BackendEvent) => void,
    private readonly dtmfMethod: DtmfMethod,
  ) {}

  async answer(callId: string): Promise<void> {
    const live = this.calls.require(callId);
    const session = live.session;
    if (!(session instanceof Invitation))
      throw new CallCenterError('not-allowed', 'Only an incoming call can be answered.');
    await this.holdOthers(callId);
    await session.accept({ sessionDescriptionHandlerOptions: AUDIO_ONLY });
  }

  async hold(callId: string): Promise<void> {
    await this.setHeld(this.calls.require(callId), true);
  }

  async resume(callId: string): Promise<void> {
    const live = this.calls.require(callId);
    await this.holdOthers(callId);
    await this.setHeld(live, false);
  }

  /** Makes `callId` the call in conversation: the others go on hold. */
  async switchTo(callId: string): Promise<void> {
    const live = this.calls.require(callId);
    if (!live.held) {
      await this.holdOthers(callId);
      this.emit({ type: 'call/activated', callId });
      return;
    }
    await this.resume(callId);
  }

  async mute(callId: string, muted: boolean): Promise<void> {
    const live = this.calls.require(callId);
    if (live.call.conference) {
      // The senders carry the three-way mix: the mixer silences the microphone in it.
      const legs = this.calls.all().filter((l) => l.call.conference);
      for (const leg of legs) leg.conference?.setMuted(muted);
      for (const leg of legs) this.calls.patch(leg, { muted });
      return;
    }
    // Mute disables the sender track: no re-INVITE, the far end hears silence.
    sdhOf(live.session)?.enableSenderTracks(!muted && !live.held);
    this.calls.patch(live, { muted });
  }

  async sendDtmf(callId: string, digits: string): Promise<void> {
    await sendDigits(this.calls.require(callId).session, digits, this.dtmfMethod);
  }

  async setHeld(live: LiveCall, held: boolean): Promise<void> {
    if (live.held === held) return;
    // A call we just answered: no re-INVITE before the caller's ACK (RFC 3261 14.1).
    await Promise.race([live.acked, new Promise((resolve) => setTimeout(resolve, ACK_WAIT_MS))]);
    let result: Outcome;
    try {
      result = await reinviteHold(live.session, held, REINVITE_WAIT_MS);
    } catch (error) {
      throw new CallCenterError(
        'network',
        `${held ? 'The hold' : 'Resuming the call'} could not be sent.`,
        {
          cause: error,
        },
      );
    }
    if (!result.ok) {
      const unreachable = UNREACHABLE.has(result.status);
      throw new CallCenterError(
        unreachable ? 'network' : 'rejected-by-backend',
        `${held ? 'The hold' : 'Resuming the call'} did not reach the far end (SIP ${result.status}).`,
        { vendor: { code: String(result.status), message: result.reason } },
      );
    }
    live.held = held;
    sdhOf(live.session)?.enableSenderTracks(!held && !live.call.muted);
    this.calls.patch(live, { state: held ? 'held' : 'talking' });
    if (!held) this.emit({ type: 'call/activated', callId: live.call.id });
  }

  private async holdOthers(except: string): Promise<void> {
    for (const live of this.calls.all()) {
      if (live.call.id !== except && live.call.state === 'talking' && !live.call.conference)
        await this.setHeld(live, true);
    }
  }
}
