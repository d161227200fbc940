/**
 * Calls over sip.js sessions: outbound with ringback or early media, inbound ringing, answer,
 * reject, cancel, hang up, hold by re-INVITE (and remote hold), mute without renegotiation,
 * DTMF (RFC 4733, INFO fallback), blind and attended transfer by REFER, consultation,
 * three-way conference mixed in the page, and the transferee side of an incoming REFER.
 */
import {
  Invitation,
  Inviter,
  SessionState,
  UserAgent,
  type Referral,
  type Session,
  type SessionDescriptionHandler,
} from 'sip.js';
import { CallCenterError } from '../../model/errors.js';
import type { BackendEvent, CallPatch } from '../../store/actions.js';
import type { Call, CallDirection, EndCause, Party, TransferTarget } from '../../store/state.js';
import { endCauseFromStatus, referProgress } from './end-cause.js';
import type { CallMediaSource, ConferenceMix, SipCallMedia, SipMediaPort } from './media-port.js';
import { toSipUri, type DtmfMethod } from './options.js';

export type { DtmfMethod };

export interface SipCallsDeps {
  emit(event: BackendEvent): void;
  userAgent(): UserAgent;
  readonly domain: string;
  readonly media: SipMediaPort;
  readonly dtmfMethod: DtmfMethod;
  readonly noAnswerTimeout: number;
  /** Should an inbound call ring (ready, or already on a call), or be refused as busy? */
  acceptsInbound(): boolean;
  /** The last call ended. */
  allCallsEnded(): void;
}

interface LiveCall {
  call: Call;
  session: Session;
  media: SipCallMedia | null;
  /** The cause to report when the session terminates, once we know it. */
  cause: EndCause | null;
  held: boolean;
  timers: ReturnType<typeof setTimeout>[];
  conference: ConferenceMix | null;
}

const AUDIO_ONLY = { constraints: { audio: true, video: false } };

export class SipCalls {
  private readonly live = new Map<string, LiveCall>();
  private serial = 0;

  constructor(private readonly deps: SipCallsDeps) {}

  get count(): number {
    return this.live.size;
  }

  // --------------------------------------------------------------------------------------
  // Outbound

  async dial(number: string, consultOf: string | null = null): Promise<string> {
    const target = UserAgent.makeURI(toSipUri(number, this.deps.domain));
    if (!target) throw new CallCenterError('invalid-sip-uri', `"${number}" cannot be dialed as a SIP address.`);
    const inviter = new Inviter(this.deps.userAgent(), target, {
      earlyMedia: true,
      sessionDescriptionHandlerOptions: AUDIO_ONLY,
    });
    const direction: CallDirection = /^\d|^\+/.test(number) ? 'outbound' : 'internal';
    const live = this.track(inviter, direction, 'dialing', { number }, consultOf);
    this.deps.media.ringback(true);
    live.timers.push(
      setTimeout(() => {
        if (inviter.state === SessionState.Establishing || inviter.state === SessionState.Initial) {
          live.cause = 'no-answer';
          void inviter.cancel().catch(() => undefined);
        }
      }, this.deps.noAnswerTimeout * 1000),
    );
    try {
      await inviter.invite({
        requestDelegate: {
          onProgress: (response) => {
            const early = Boolean(response.message.body) && response.message.statusCode === 183;
            if (early) {
              this.deps.media.ringback(false);
              this.attachMedia(live);
            }
            this.patch(live, { earlyMedia: early || live.call.earlyMedia });
          },
          onReject: (response) => {
            live.cause ??= endCauseFromStatus(response.message.statusCode ?? 500);
          },
        },
      });
    } catch (error) {
      live.cause = 'failed';
      this.finish(live);
      throw new CallCenterError('network', 'The call could not be placed.', { cause: error });
    }
    return live.call.id;
  }

  // --------------------------------------------------------------------------------------
  // Inbound

  onInvite(invitation: Invitation): void {
    if (!this.deps.acceptsInbound()) {
      // Not ready (or logged out): busy, so the caller's system can try someone else.
      void invitation.reject({ statusCode: 486 }).catch(() => undefined);
      return;
    }
    const remote = partyOf(invitation);
    const live = this.track(invitation, 'inbound', 'ringing', remote, null);
    void invitation.progress().catch(() => undefined);
    this.deps.media.ringtone(true);
    invitation.delegate = {
      ...invitation.delegate,
      onCancel: () => {
        live.cause = 'cancelled';
      },
    };
  }

  async answer(callId: string): Promise<void> {
    const live = this.require(callId);
    if (!(live.session instanceof Invitation)) throw new CallCenterError('not-allowed', 'Only an incoming call can be answered.');
    await this.holdOthers(callId);
    await live.session.accept({ sessionDescriptionHandlerOptions: AUDIO_ONLY });
    this.updateRingtone();
  }

  async reject(callId: string): Promise<void> {
    const live = this.require(callId);
    if (!(live.session instanceof Invitation)) throw new CallCenterError('not-allowed', 'Only an incoming call can be rejected.');
    live.cause = 'rejected';
    await live.session.reject({ statusCode: 603 });
  }

  // --------------------------------------------------------------------------------------
  // In call

  async hangup(callId: string): Promise<void> {
    const live = this.require(callId);
    const session = live.session;
    if (live.call.conference) {
      for (const other of [...this.live.values()]) if (other.call.conference && other !== live) await this.end(other);
    }
    await this.end(live);
    void session;
  }

  private async end(live: LiveCall): Promise<void> {
    const session = live.session;
    if (session instanceof Inviter && session.state !== SessionState.Established) {
      live.cause ??= 'cancelled';
      await session.cancel().catch(() => undefined);
      return;
    }
    live.cause ??= 'hangup-local';
    if (session.state === SessionState.Established) {
      // The BYE may never get through (the transport dropped): end the call here regardless.
      const bye = session.bye().catch(() => undefined);
      const timeout = new Promise((resolve) => setTimeout(resolve, 4_000));
      await Promise.race([bye, timeout]);
      if ((session.state as SessionState) !== SessionState.Terminated) {
        live.cause = 'network';
        this.finish(live);
        await session.dispose().catch(() => undefined);
      }
    }
  }

  async hold(callId: string): Promise<void> {
    await this.setHeld(this.require(callId), true);
  }

  async resume(callId: string): Promise<void> {
    const live = this.require(callId);
    await this.holdOthers(callId);
    await this.setHeld(live, false);
  }

  async switchTo(callId: string): Promise<void> {
    await this.resume(callId);
  }

  async mute(callId: string, muted: boolean): Promise<void> {
    const live = this.require(callId);
    if (live.call.conference) {
      // The senders carry the three-way mix: the mixer silences the microphone in it.
      const legs = [...this.live.values()].filter((l) => l.call.conference);
      for (const leg of legs) leg.conference?.setMuted(muted);
      for (const leg of legs) this.patch(leg, { muted });
      return;
    }
    // Mute disables the sender track: no re-INVITE, the far end hears silence.
    sdhOf(live.session)?.enableSenderTracks(!muted && !live.held);
    this.patch(live, { muted });
  }

  async sendDtmf(callId: string, digits: string): Promise<void> {
    const live = this.require(callId);
    const sdh = sdhOf(live.session);
    const method = this.deps.dtmfMethod;
    if (method !== 'info' && sdh && sdh.sendDtmf(digits, { duration: 100, interToneGap: 70 })) return;
    if (method === 'rfc4733') throw new CallCenterError('not-supported', 'This call cannot send RFC 4733 tones.');
    for (const digit of digits) {
      await live.session.info({
        requestOptions: {
          body: {
            contentDisposition: 'render',
            contentType: 'application/dtmf-relay',
            content: `Signal=${digit}\r\nDuration=160`,
          },
        },
      });
    }
  }

  // --------------------------------------------------------------------------------------
  // Transfer and consultation

  /** Blind transfer by REFER; resolves when the far end reports success, then hangs up. */
  async transfer(callId: string, target: TransferTarget): Promise<void> {
    const live = this.require(callId);
    const uri = UserAgent.makeURI(toSipUri(targetNumber(target), this.deps.domain));
    if (!uri) throw new CallCenterError('invalid-transfer-target', 'That transfer target is not a SIP address.');
    await this.refer(live, uri, target);
  }

  async consult(callId: string, target: TransferTarget): Promise<string> {
    const parent = this.require(callId);
    if (!parent.held) await this.setHeld(parent, true);
    return this.dial(targetNumber(target), callId);
  }

  async cancelConsult(consultId: string): Promise<void> {
    const live = this.require(consultId);
    live.cause = 'cancelled';
    await this.end(live);
  }

  async retrieve(consultId: string): Promise<void> {
    const consult = this.require(consultId);
    const parentId = consult.call.consultOf;
    await this.end(consult);
    if (parentId && this.live.has(parentId)) {
      const parent = this.live.get(parentId)!;
      await this.setHeld(parent, false);
      this.deps.emit({ type: 'call/activated', callId: parentId });
    }
  }

  /** Attended transfer: REFER the customer to the consulted party, with Replaces. */
  async completeTransfer(consultId: string): Promise<void> {
    const consult = this.require(consultId);
    const parent = this.require(consult.call.consultOf!);
    await this.refer(parent, consult.session, { kind: 'number', number: consult.call.remote.number });
    // The consulted party's dialog with us is replaced; make sure our leg ends too.
    consult.cause = 'transferred';
    if (this.live.has(consultId)) await this.end(consult);
  }

  /** Three-way: resume the customer and mix the three parties in the page. */
  async conference(consultId: string): Promise<void> {
    const consult = this.require(consultId);
    const parent = this.require(consult.call.consultOf!);
    if (parent.held) await this.setHeld(parent, false);
    const a = sourceOf(parent.session);
    const b = sourceOf(consult.session);
    if (!a || !b) throw new CallCenterError('not-allowed', 'Both calls must be connected to join them.');
    const mix = this.deps.media.conference(a, b);
    parent.conference = mix;
    this.patch(parent, { conference: true });
    this.patch(consult, { conference: true, consultOf: null });
    this.deps.emit({ type: 'call/activated', callId: parent.call.id });
  }

  /** After a reconnect, in-dialog requests of old calls fail; nothing to do until used. */
  transportLost(): void {}

  endAll(): void {
    for (const live of [...this.live.values()]) {
      live.cause ??= 'hangup-local';
      void this.end(live).finally(() => this.finish(live));
    }
  }

  // --------------------------------------------------------------------------------------
  // Internals

  private async refer(live: LiveCall, to: ReturnType<typeof UserAgent.makeURI> | Session, target: TransferTarget): Promise<void> {
    this.patch(live, { transfer: { target, state: 'trying' } });
    await new Promise<void>((resolve, reject) => {
      const failed = (message: string, status?: number) => {
        this.patch(live, { transfer: { target, state: 'failed' } });
        reject(new CallCenterError('rejected-by-backend', message, status ? { vendor: { code: String(status) } } : {}));
      };
      live.session
        .refer(to as never, {
          requestDelegate: {
            onReject: (response) => failed('The transfer was refused.', response.message.statusCode),
          },
          onNotify: (notification) => {
            void notification.accept().catch(() => undefined);
            const progress = referProgress(notification.request.body ?? '');
            if (progress === 'trying') return;
            if (progress === 'failed') {
              failed('The transfer target did not answer.');
              return;
            }
            this.patch(live, { transfer: { target, state: 'accepted' } });
            live.cause = 'transferred';
            // sip.js never ends the transferor's own leg: hang up now the transfer succeeded.
            void this.end(live).then(() => resolve(), () => resolve());
          },
        })
        .catch((error: unknown) => failed(error instanceof Error ? 'The transfer could not be sent.' : String(error)));
    });
  }

  private track(
    session: Session,
    direction: CallDirection,
    state: Call['state'],
    remote: Party,
    consultOf: string | null,
  ): LiveCall {
    const call: Call = {
      id: `sip-${++this.serial}-${Math.random().toString(36).slice(2, 8)}`,
      direction,
      state,
      remote,
      queue: null,
      callerId: null,
      startedAt: Date.now(),
      answeredAt: null,
      endedAt: null,
      endCause: null,
      muted: false,
      remoteHeld: false,
      consultOf,
      conference: false,
      transfer: null,
      earlyMedia: false,
    };
    const live: LiveCall = { call, session, media: null, cause: null, held: false, timers: [], conference: null };
    this.live.set(call.id, live);
    this.deps.emit({ type: 'call/created', call });
    session.stateChange.addListener((next) => this.sessionState(live, next));
    session.delegate = {
      onBye: (bye) => {
        live.cause ??= 'hangup-remote';
        void bye.accept().catch(() => undefined);
      },
      onInvite: (request) => {
        // A re-INVITE from the far end: sendonly or inactive means they put us on hold.
        const remoteHeld = /a=(sendonly|inactive)/.test(request.body ?? '');
        if (remoteHeld !== live.call.remoteHeld) this.patch(live, { remoteHeld });
      },
      onInfo: (info) => {
        const signal = /Signal=\s*([0-9A-D*#])/i.exec(info.request.body ?? '');
        void info.accept().catch(() => undefined);
        if (signal) this.patch(live, { dtmfReceived: (live.call.dtmfReceived ?? '') + signal[1]!.toUpperCase() });
      },
      onRefer: (referral) => this.transferee(live, referral),
    };
    return live;
  }

  private sessionState(live: LiveCall, state: SessionState): void {
    if (state === SessionState.Established) {
      for (const timer of live.timers) clearTimeout(timer);
      live.timers = [];
      this.patch(live, { state: live.held ? 'held' : 'talking', answeredAt: Date.now() });
      this.attachMedia(live);
      if (live.call.consultOf === null) this.deps.emit({ type: 'call/activated', callId: live.call.id });
      this.updateTones();
    } else if (state === SessionState.Terminated) {
      // sip.js terminates a rejected Inviter before it hands the response to the request
      // delegate that learns the cause: finish once that has run.
      queueMicrotask(() => this.finish(live));
    }
  }

  private finish(live: LiveCall): void {
    if (!this.live.has(live.call.id)) return;
    this.live.delete(live.call.id);
    for (const timer of live.timers) clearTimeout(timer);
    live.media?.close();
    live.conference?.close();
    for (const other of this.live.values()) {
      if (other.conference && live.call.conference) {
        other.conference.close();
        other.conference = null;
      }
    }
    const cause: EndCause = live.cause ?? (live.call.answeredAt ? 'hangup-remote' : 'failed');
    this.deps.emit({ type: 'call/ended', callId: live.call.id, cause, at: Date.now() });
    this.updateTones();
    if (this.live.size === 0) this.deps.allCallsEnded();
  }

  private attachMedia(live: LiveCall): void {
    if (live.media) return;
    const source = sourceOf(live.session);
    if (source) live.media = this.deps.media.attach(live.call.id, source);
  }

  private async setHeld(live: LiveCall, held: boolean): Promise<void> {
    if (live.held === held) return;
    const session = live.session;
    // Hold offers a=inactive (sip.js alone would offer sendonly and keep sending to the held
    // party): nothing flows either way until resume offers sendrecv again.
    for (const transceiver of sdhOf(session)?.peerConnection?.getTransceivers() ?? []) {
      if (transceiver.currentDirection !== 'stopped') transceiver.direction = held ? 'inactive' : 'sendrecv';
    }
    session.sessionDescriptionHandlerOptionsReInvite = { hold: held } as never;
    await new Promise<void>((resolve, reject) => {
      session
        .invite({
          requestDelegate: {
            onAccept: () => resolve(),
            onReject: (response) =>
              reject(
                new CallCenterError('rejected-by-backend', held ? 'The far end refused the hold.' : 'The far end refused to resume.', {
                  vendor: { code: String(response.message.statusCode ?? '') },
                }),
              ),
          },
        })
        .catch((error: unknown) => reject(new CallCenterError('network', 'The hold request could not be sent.', { cause: error })));
    });
    live.held = held;
    const sdh = sdhOf(session);
    sdh?.enableReceiverTracks(!held);
    sdh?.enableSenderTracks(!held && !live.call.muted);
    this.patch(live, { state: held ? 'held' : 'talking' });
    if (!held) this.deps.emit({ type: 'call/activated', callId: live.call.id });
  }

  private async holdOthers(except: string): Promise<void> {
    for (const live of this.live.values()) {
      if (live.call.id !== except && live.call.state === 'talking' && !live.call.conference) await this.setHeld(live, true);
    }
  }

  /** We are the transferee: the far end asked us (REFER) to call someone else. */
  private transferee(live: LiveCall, referral: Referral): void {
    void referral.accept().then(() => {
      const inviter = referral.makeInviter({ sessionDescriptionHandlerOptions: AUDIO_ONLY });
      const next = this.track(inviter, 'outbound', 'dialing', { number: referral.referTo.uri.user ?? referral.referTo.uri.toString() }, null);
      void inviter.invite().catch(() => {
        next.cause = 'failed';
        this.finish(next);
      });
      live.cause = 'transferred';
    }, () => undefined);
  }

  private patch(live: LiveCall, patch: CallPatch): void {
    live.call = { ...live.call, ...patch };
    this.deps.emit({ type: 'call/updated', callId: live.call.id, patch });
  }

  private updateTones(): void {
    const calls = [...this.live.values()];
    this.deps.media.ringback(calls.some((l) => l.call.state === 'dialing' && !l.call.earlyMedia));
    this.updateRingtone();
  }

  private updateRingtone(): void {
    this.deps.media.ringtone([...this.live.values()].some((l) => l.call.state === 'ringing'));
  }

  private require(callId: string): LiveCall {
    const live = this.live.get(callId);
    if (!live) throw new CallCenterError('unknown-call', `Call ${callId} has ended.`);
    return live;
  }
}

function sdhOf(session: Session): (SessionDescriptionHandler & CallMediaSource & {
  enableSenderTracks(enable: boolean): void;
  enableReceiverTracks(enable: boolean): void;
  sendDtmf(tones: string, options?: { duration: number; interToneGap: number }): boolean;
}) | undefined {
  return session.sessionDescriptionHandler as never;
}

function sourceOf(session: Session): CallMediaSource | undefined {
  const sdh = sdhOf(session);
  return sdh?.peerConnection ? sdh : undefined;
}

function partyOf(invitation: Invitation): Party {
  const identity = invitation.remoteIdentity;
  const number = identity.uri.user ?? identity.uri.toString();
  return identity.displayName ? { number, displayName: identity.displayName } : { number };
}

function targetNumber(target: TransferTarget): string {
  switch (target.kind) {
    case 'number':
      return target.number;
    case 'extension':
      return target.extension;
    case 'agent':
      return target.agentId;
    case 'queue':
      return target.queueId;
    case 'ivr':
      return target.nodeId;
  }
}
