/**
 * The calls of one agent over sip.js sessions, from start to end: placing a call (ringback
 * once the far end alerts, or its early media), an incoming call ringing (or refused as busy
 * when the agent is not ready), an attended transfer that replaces one of our calls, reject,
 * cancel, hang up (telling the far end, or saying it could not be told), the end cause, and
 * what becomes of calls when the connection to the SIP server drops. What the agent does to a
 * call in progress is in call-controls.ts; transfers and the conference in transfers.ts.
 */
import {
  Invitation,
  Inviter,
  SessionState,
  UserAgent,
  type Core,
  type Referral,
  type Session,
} from 'sip.js';
import { CallCenterError } from '../../model/errors.js';
import type { BackendEvent, CallPatch } from '../../store/actions.js';
import type { Call, CallDirection, EndCause, Party } from '../../store/state.js';
import { endCauseFromStatus } from './end-cause.js';
import { sayBye, type Outcome } from './in-dialog.js';
import { AUDIO_ONLY, newLiveCall, partyOf, sourceOf, type LiveCall } from './live-call.js';
import { followSession } from './session-events.js';
import type { SipMediaPort } from './media-port.js';
import { toSipUri } from './options.js';

export interface SipCallsDeps {
  emit(event: BackendEvent): void;
  userAgent(): UserAgent;
  readonly domain: string;
  readonly media: SipMediaPort;
  /** Seconds an outbound call may ring before it is cancelled as no answer. */
  readonly noAnswerTimeout: number;
  /** Should an inbound call ring (ready, or already on a call), or be refused as busy? */
  acceptsInbound(): boolean;
  /** The last call ended. */
  allCallsEnded(): void;
}

/** How long to wait for the far end to confirm a BYE. */
const BYE_WAIT_MS = 4_000;

const noop = () => undefined;

export class SipCalls {
  private readonly live = new Map<string, LiveCall>();
  private serial = 0;
  /** An incoming REFER on one of our calls (we are the transferee); set by transfers.ts. */
  onRefer: (live: LiveCall, referral: Referral) => void = (_, referral) =>
    void referral.reject().catch(noop);
  /** A call has ended (after its record left); transfers.ts dissolves a conference. */
  onEnded: (live: LiveCall) => void = noop;

  constructor(private readonly deps: SipCallsDeps) {}

  get count(): number {
    return this.live.size;
  }

  all(): LiveCall[] {
    return [...this.live.values()];
  }

  get(callId: string): LiveCall | undefined {
    return this.live.get(callId);
  }

  require(callId: string): LiveCall {
    const live = this.live.get(callId);
    if (!live) throw new CallCenterError('unknown-call', `Call ${callId} has ended.`);
    return live;
  }

  // ------------------------------------------------------------------------------------------
  // Outbound

  /** Places a call; resolves once the INVITE is out (the call is then dialing). */
  async dial(number: string, consultOf: string | null = null): Promise<LiveCall> {
    const target = UserAgent.makeURI(toSipUri(number, this.deps.domain));
    if (!target)
      throw new CallCenterError(
        'invalid-sip-uri',
        `"${number}" cannot be dialed as a SIP address.`,
      );
    const inviter = new Inviter(this.deps.userAgent(), target, {
      earlyMedia: true,
      sessionDescriptionHandlerOptions: AUDIO_ONLY,
    });
    const direction: CallDirection = /^\+?\d+$/.test(number) ? 'outbound' : 'internal';
    return this.place(inviter, direction, { number }, consultOf);
  }

  /** Sends an Inviter's INVITE as a new call of ours (a dial, or a transferee's new leg). */
  async place(
    inviter: Inviter,
    direction: CallDirection,
    remote: Party,
    consultOf: string | null,
  ): Promise<LiveCall> {
    const live = this.track(inviter, direction, 'dialing', remote, consultOf);
    live.timers.push(
      setTimeout(() => {
        if (inviter.state === SessionState.Initial || inviter.state === SessionState.Establishing) {
          live.cause = 'no-answer';
          void inviter.cancel().catch(noop);
        }
      }, this.deps.noAnswerTimeout * 1000),
    );
    try {
      await inviter.invite({
        requestDelegate: {
          onProgress: (response) => this.progress(live, response),
          onReject: (response) => {
            live.cause ??= endCauseFromStatus(response.message.statusCode ?? 500);
          },
        },
      });
    } catch (error) {
      live.cause = error instanceof CallCenterError ? 'failed' : 'network';
      this.finish(live);
      if (error instanceof CallCenterError) throw error;
      throw new CallCenterError(
        'network',
        'The call could not be placed: the SIP server is not reachable.',
        { cause: error },
      );
    }
    return live;
  }

  /**
   * A provisional answer: the far end is alerting (180, or 183 without SDP): our ringback
   * plays; 183 with SDP: the far end plays its own (early media) and ours stops.
   */
  private progress(live: LiveCall, response: Core.IncomingResponse): void {
    const early = response.message.statusCode === 183 && Boolean(response.message.body);
    if (early && !live.call.earlyMedia) {
      this.patch(live, { earlyMedia: true });
      this.attachMedia(live);
    } else if (!live.alerting) {
      live.alerting = true;
      this.updateTones();
    }
  }

  // ------------------------------------------------------------------------------------------
  // Inbound

  onInvite(invitation: Invitation): void {
    const replaced =
      invitation.replacee && this.all().find((l) => l.session === invitation.replacee);
    if (replaced) {
      void this.replace(replaced, invitation);
      return;
    }
    if (!this.deps.acceptsInbound()) {
      // Not ready (or logged out): busy, so the caller's system can try someone else.
      void invitation.reject({ statusCode: 486 }).catch(noop);
      return;
    }
    this.track(invitation, 'inbound', 'ringing', partyOf(invitation), null);
    void invitation.progress().catch(noop);
  }

  /**
   * An attended transfer to us: the transferee's INVITE with Replaces takes over our call with
   * the transferor. The call keeps its id; the remote party changes; sip.js ends the old dialog.
   */
  private async replace(live: LiveCall, invitation: Invitation): Promise<void> {
    live.session = invitation;
    live.held = false;
    this.bind(live, invitation);
    this.patch(live, { remote: partyOf(invitation), remoteHeld: false, transfer: null });
    try {
      await invitation.accept({ sessionDescriptionHandlerOptions: AUDIO_ONLY });
    } catch {
      live.cause = 'failed';
      this.finish(live);
    }
  }

  async reject(callId: string): Promise<void> {
    const live = this.require(callId);
    const session = live.session;
    if (!(session instanceof Invitation))
      throw new CallCenterError('not-allowed', 'Only an incoming call can be rejected.');
    live.cause = 'rejected';
    await session.reject({ statusCode: 603 });
  }

  // ------------------------------------------------------------------------------------------
  // In call

  /** Hangs up a call (all legs of a conference); resolves once the far ends were told. */
  async hangup(callId: string): Promise<void> {
    const live = this.require(callId);
    const legs = live.call.conference ? this.all().filter((l) => l.call.conference) : [live];
    await Promise.all(legs.map((leg) => this.end(leg)));
  }

  /**
   * Ends a call: CANCEL while it rings out, 480 while it rings in, BYE once up. A BYE the far
   * end never confirms (the SIP server restarted, the connection is gone) still ends the call
   * here, with the cause `network` and an error that says the far end may not know.
   */
  async end(live: LiveCall): Promise<void> {
    const session = live.session;
    if (session.state === SessionState.Initial || session.state === SessionState.Establishing) {
      if (session instanceof Inviter) {
        live.cause ??= 'cancelled';
        await session.cancel().catch(noop);
      } else if (session instanceof Invitation) {
        live.cause ??= 'hangup-local';
        await session.reject({ statusCode: 480 }).catch(noop);
      }
      return;
    }
    if (session.state !== SessionState.Established) return;
    live.cause ??= 'hangup-local';
    live.byeSent = true;
    const result = await sayBye(session, BYE_WAIT_MS);
    if (!result.ok) {
      live.cause = 'network';
      this.raise(
        'network',
        `The far end could not be told that the call ended (SIP ${result.status}); it was ended here.`,
        result,
      );
    }
    this.finish(live);
  }

  // ------------------------------------------------------------------------------------------
  // Connection and teardown

  /**
   * The WebSocket to the SIP server dropped. Calls not yet answered cannot complete (the answer
   * would go to the dead connection): they end now with the cause `network`. Calls in
   * conversation keep their media; their next request tells whether the dialog still works.
   */
  transportLost(): void {
    for (const live of this.all()) {
      if (live.session.state === SessionState.Established) continue;
      live.cause = 'network';
      this.finish(live);
      void live.session.dispose().catch(noop);
    }
  }

  /** Ends every call (logout, destroy); resolves when each far end was told or gave up. */
  async endAll(): Promise<void> {
    await Promise.all(this.all().map((live) => this.end(live).catch(noop)));
    for (const live of this.all()) {
      live.cause ??= 'hangup-local';
      this.finish(live);
      void live.session.dispose().catch(noop);
    }
  }

  // ------------------------------------------------------------------------------------------
  // Internals

  private track(
    session: Session,
    direction: CallDirection,
    state: Call['state'],
    remote: Party,
    consultOf: string | null,
  ): LiveCall {
    const live = newLiveCall(
      `sip-${++this.serial}-${Math.random().toString(36).slice(2, 8)}`,
      session,
      {
        direction,
        state,
        remote,
        consultOf,
      },
    );
    const { call } = live;
    this.live.set(call.id, live);
    this.deps.emit({ type: 'call/created', call });
    this.bind(live, session);
    this.updateTones();
    return live;
  }

  /** Follows a session's state and requests on behalf of `live` while it carries the call. */
  private bind(live: LiveCall, session: Session): void {
    followSession(live, session, {
      state: (state) => this.sessionState(live, state),
      remoteHeld: (remoteHeld) =>
        remoteHeld !== live.call.remoteHeld && this.patch(live, { remoteHeld }),
      digit: (digit) => this.patch(live, { dtmfReceived: (live.call.dtmfReceived ?? '') + digit }),
      refer: (referral) => this.onRefer(live, referral),
    });
  }

  private sessionState(live: LiveCall, state: SessionState): void {
    if (state === SessionState.Established) {
      for (const timer of live.timers) clearTimeout(timer);
      live.timers = [];
      this.patch(live, {
        state: live.held ? 'held' : 'talking',
        ...(live.call.answeredAt ? {} : { answeredAt: Date.now() }),
      });
      this.deps.emit({ type: 'call/activated', callId: live.call.id });
      // Playback and sampling start in the next task: the store says talking first.
      setTimeout(() => this.live.get(live.call.id) === live && this.attachMedia(live), 0);
    } else if (state === SessionState.Terminated && !live.byeSent) {
      // sip.js terminates a rejected Inviter before it hands the response to the request
      // delegate that learns the cause: finish once that has run.
      queueMicrotask(() => this.finish(live));
    }
  }

  private finish(live: LiveCall): void {
    if (!this.live.delete(live.call.id)) return;
    for (const timer of live.timers) clearTimeout(timer);
    live.media?.close();
    live.media = null;
    const cause: EndCause = live.cause ?? (live.call.answeredAt ? 'hangup-remote' : 'failed');
    this.deps.emit({ type: 'call/ended', callId: live.call.id, cause, at: Date.now() });
    this.onEnded(live);
    this.updateTones();
    if (this.live.size === 0) this.deps.allCallsEnded();
  }

  /** Plays and samples the session's media; again when the session or its media changed. */
  private attachMedia(live: LiveCall): void {
    const source = sourceOf(live.session);
    if (!source || live.media?.source === source) return;
    live.media?.close();
    live.media = this.deps.media.attach(live.call.id, source, {
      // ICE gave up (the far end vanished without a BYE that could reach us): the call is over.
      onFailed: () => {
        if (this.live.get(live.call.id) !== live) return;
        live.cause = 'network';
        this.raise('network', 'The call lost its media connection and was ended.');
        this.finish(live);
        void live.session.dispose().catch(noop);
      },
    });
  }

  patch(live: LiveCall, patch: CallPatch): void {
    live.call = { ...live.call, ...patch };
    this.deps.emit({ type: 'call/updated', callId: live.call.id, patch });
    if (patch.state !== undefined || patch.earlyMedia !== undefined) this.updateTones();
  }

  private raise(code: 'network', message: string, outcome?: Outcome): void {
    const vendor =
      outcome && !outcome.ok
        ? { vendor: { code: String(outcome.status), message: outcome.reason } }
        : {};
    this.deps.emit({
      type: 'error/raised',
      error: new CallCenterError(code, message, vendor).toInfo(),
    });
  }

  /**
   * Ringback while a call rings out at an alerting far end without early media; the ringtone
   * while one rings in.
   */
  private updateTones(): void {
    const lives = this.all();
    this.deps.media.ringback(
      lives.some((l) => l.call.state === 'dialing' && l.alerting && !l.call.earlyMedia),
    );
    const calls = lives.map((l) => l.call);
    this.deps.media.ringtone(calls.some((c) => c.state === 'ringing'));
  }
}
