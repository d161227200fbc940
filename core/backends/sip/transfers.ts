/**
 * Transfers and consultation over SIP: blind transfer by REFER (progress from NOTIFY, our leg
 * ended on success), consult then cancel, retrieve, attended transfer (REFER with Replaces) or a
 * three-way conference mixed in the page; and the transferee side of an incoming REFER.
 */
import { SessionState, UserAgent, type Referral, type Session, type URI } from 'sip.js';
import { CallCenterError } from '../../model/errors.js';
import type { TransferTarget } from '../../store/state.js';
import { referProgress } from './end-cause.js';
import { targetAddress } from '../../model/transfer-target.js';
import { AUDIO_ONLY, referredParty, sourceOf, type LiveCall } from './live-call.js';
import type { SipMediaPort } from './media-port.js';
import { toSipUri } from './options.js';
import type { CallControls } from './call-controls.js';
import type { SipCalls } from './sip-calls.js';

const noop = () => undefined;

export class SipTransfers {
  constructor(
    private readonly calls: SipCalls,
    private readonly controls: CallControls,
    private readonly deps: { readonly domain: string; readonly media: SipMediaPort },
  ) {
    calls.onRefer = (live, referral) => this.transferee(live, referral);
    calls.onEnded = (live) => this.legEnded(live);
  }

  /** Blind transfer by REFER; resolves when the far end reports success and our leg ended. */
  async transfer(callId: string, target: TransferTarget): Promise<void> {
    const live = this.calls.require(callId);
    const uri = UserAgent.makeURI(toSipUri(targetAddress(target), this.deps.domain));
    if (!uri)
      throw new CallCenterError(
        'invalid-transfer-target',
        'That transfer target is not a SIP address.',
      );
    await this.refer(live, uri, target);
  }

  /** Holds the customer and calls the target; resolves with the consult call's id. */
  async consult(callId: string, target: TransferTarget): Promise<string> {
    const parent = this.calls.require(callId);
    await this.controls.setHeld(parent, true);
    return (await this.calls.dial(targetAddress(target), callId)).call.id;
  }

  /** Gives up a consult call (ringing or not); the customer stays on hold. */
  async cancelConsult(consultId: string): Promise<void> {
    const live = this.calls.require(consultId);
    live.cause = 'cancelled';
    await this.calls.end(live);
  }

  /** Ends the consult call and takes the customer back off hold. */
  async retrieve(consultId: string): Promise<void> {
    const consult = this.calls.require(consultId);
    const parentId = consult.call.consultOf;
    await this.calls.end(consult);
    if (parentId && this.calls.get(parentId)) await this.controls.resume(parentId);
  }

  /** Attended transfer: REFER the customer to the consulted party, with Replaces. */
  async completeTransfer(consultId: string): Promise<void> {
    const consult = this.calls.require(consultId);
    const parent = this.calls.require(consult.call.consultOf!);
    // The consulted party ends our dialog with them once replaced: that BYE may come first.
    consult.cause = 'transferred';
    try {
      await this.refer(parent, consult.session, {
        kind: 'number',
        number: consult.call.remote.number,
      });
    } catch (error) {
      consult.cause = null;
      throw error;
    }
    if (this.calls.get(consultId)) await this.calls.end(consult);
  }

  /** Three-way: resume the customer and mix the three parties in the page. */
  async conference(consultId: string): Promise<void> {
    const consult = this.calls.require(consultId);
    const parent = this.calls.require(consult.call.consultOf!);
    await this.controls.setHeld(parent, false);
    const a = sourceOf(parent.session);
    const b = sourceOf(consult.session);
    if (!a || !b)
      throw new CallCenterError('not-allowed', 'Both calls must be connected to join them.');
    parent.conference = this.deps.media.conference(a, b);
    // The agent hears the mix of both parties, not each call on its own.
    parent.media?.setMixed(true);
    consult.media?.setMixed(true);
    this.calls.patch(parent, { conference: true });
    this.calls.patch(consult, { conference: true, consultOf: null });
  }

  /** A leg of the conference ended: the other becomes an ordinary call again. */
  private legEnded(live: LiveCall): void {
    if (!live.call.conference) return;
    live.conference?.close();
    live.conference = null;
    for (const other of this.calls.all().filter((l) => l.call.conference)) {
      other.conference?.close();
      other.conference = null;
      other.media?.setMixed(false);
      this.calls.patch(other, { conference: false });
    }
  }

  private refer(live: LiveCall, to: URI | Session, target: TransferTarget): Promise<void> {
    this.calls.patch(live, { transfer: { target, state: 'trying' } });
    return new Promise<void>((resolve, reject) => {
      let settled = false;
      const fail = (message: string, status?: number) => {
        if (settled) return;
        settled = true;
        this.calls.patch(live, { transfer: { target, state: 'failed' } });
        reject(
          new CallCenterError(
            'rejected-by-backend',
            message,
            status ? { vendor: { code: String(status) } } : {},
          ),
        );
      };
      live.session
        .refer(to as URI, {
          requestDelegate: {
            onReject: (response) => fail('The transfer was refused.', response.message.statusCode),
          },
          onNotify: (notification) => {
            void notification.accept().catch(noop);
            const progress = referProgress(notification.request.body ?? '');
            if (progress.state === 'trying' || settled) return;
            if (progress.state === 'failed') {
              fail('The transfer target did not take the call.', progress.status ?? undefined);
              return;
            }
            settled = true;
            this.calls.patch(live, { transfer: { target, state: 'accepted' } });
            live.cause = 'transferred';
            // sip.js never ends the transferor's own leg: hang up now the transfer succeeded.
            void this.calls.end(live).then(
              () => resolve(),
              () => resolve(),
            );
          },
        })
        .catch(() => fail('The transfer could not be sent.'));
    });
  }

  /** We are the transferee: the far end asked us (REFER) to call someone else. */
  private transferee(live: LiveCall, referral: Referral): void {
    void referral
      .accept()
      .then(async () => {
        const inviter = referral.makeInviter({
          earlyMedia: true,
          sessionDescriptionHandlerOptions: AUDIO_ONLY,
        });
        inviter.stateChange.addListener((state) => {
          // Answered: the transferor will end our call with them, as transferred.
          if (state === SessionState.Established) live.cause ??= 'transferred';
        });
        await this.calls.place(inviter, 'outbound', referredParty(referral.referTo), null);
      })
      .catch(noop);
  }
}
