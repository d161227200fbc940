/**
 * A call as the SIP back end holds it while it lasts: the kit's call record next to the sip.js
 * session carrying it, and small readers of a session (its media, the remote party).
 */
import { newCall } from '../../model/calls.js';
import type { Invitation, NameAddrHeader, Session, SessionDescriptionHandler } from 'sip.js';
import type { Call, EndCause, Party } from '../../store/state.js';
import type { CallMediaSource, ConferenceMix, SipCallMedia } from './media-port.js';

export interface LiveCall {
  call: Call;
  /** The session carrying the call now (an attended transfer to us swaps it). */
  session: Session;
  media: SipCallMedia | null;
  /** The cause to report when the session terminates, once we know it. */
  cause: EndCause | null;
  /** We put it on hold (a=inactive). */
  held: boolean;
  /** Our BYE is out: its outcome, not sip.js's immediate Terminated, ends the call. */
  byeSent: boolean;
  /** Settles when the caller's ACK has come (calls we answered; at once for calls we placed). */
  acked: Promise<void>;
  /** Outbound: the far end said it is alerting (180, or 183 without SDP). */
  alerting: boolean;
  timers: ReturnType<typeof setTimeout>[];
  /** The three-way mix, kept on the customer's leg. */
  conference: ConferenceMix | null;
}

/** A new call of ours on `session`, as the store first sees it. */
export function newLiveCall(
  id: string,
  session: Session,
  init: Pick<Call, 'direction' | 'state' | 'remote' | 'consultOf'>,
): LiveCall {
  const call = newCall({ id, ...init, startedAt: Date.now() });
  return {
    call,
    session,
    media: null,
    cause: null,
    held: false,
    byeSent: false,
    alerting: false,
    acked: Promise.resolve(),
    timers: [],
    conference: null,
  };
}

export const AUDIO_ONLY = { constraints: { audio: true, video: false } };

/** The Web SessionDescriptionHandler of sip.js, as far as the back end uses it. */
export type WebSdh = SessionDescriptionHandler &
  CallMediaSource & {
    enableSenderTracks(enable: boolean): void;
    enableReceiverTracks(enable: boolean): void;
  };

export function sdhOf(session: Session): WebSdh | undefined {
  return session.sessionDescriptionHandler as WebSdh | undefined;
}

/** The session's media once its peer connection exists. */
export function sourceOf(session: Session): CallMediaSource | undefined {
  const sdh = sdhOf(session);
  return sdh?.peerConnection ? sdh : undefined;
}

/** Who calls: the user part of the From URI, and the display name when there is one. */
export function partyOf(invitation: Invitation): Party {
  const identity = invitation.remoteIdentity;
  const number = identity.uri.user ?? identity.uri.toString();
  return identity.displayName ? { number, displayName: identity.displayName } : { number };
}

/**
 * Whom a REFER sends us to. An attended transfer's Refer-To is the consulted party's WebSocket
 * contact (a random user at a *.invalid host); its display name is then the better number.
 */
export function referredParty(referTo: NameAddrHeader): Party {
  const { uri, displayName } = referTo;
  const contact = /\.invalid$/i.test(uri.host);
  // sip.js names the consulted party by its address ("1003@example.com") when it has no name.
  if (contact && displayName)
    return { number: displayName.replace(/^sips?:/i, '').replace(/@.*$/, '') };
  const number = uri.user ?? uri.toString();
  return displayName && displayName !== number ? { number, displayName } : { number };
}
