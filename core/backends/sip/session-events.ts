/**
 * What a sip.js session tells the back end about one of our calls while it carries it: state
 * changes, the far end's BYE, CANCEL and ACK, a re-INVITE that holds or resumes us, keypad
 * tones by INFO, and a REFER (we are the transferee). Once a call moves to another session (an
 * attended transfer replaced it), the old session's news is ignored.
 */
import {
  Invitation,
  type Referral,
  type Session,
  type SessionDelegate,
  type SessionState,
} from 'sip.js';
import { digitOfInfo } from './in-dialog.js';
import type { LiveCall } from './live-call.js';

export interface SessionHandlers {
  state(state: SessionState): void;
  /** The far end's re-INVITE: sendonly or inactive holds us, sendrecv resumes. */
  remoteHeld(held: boolean): void;
  /** A keypad tone the far end sent by SIP INFO. */
  digit(digit: string): void;
  refer(referral: Referral): void;
}

const noop = () => undefined;

export function followSession(live: LiveCall, session: Session, on: SessionHandlers): void {
  const current = () => live.session === session;
  session.stateChange.addListener((state) => current() && on.state(state));
  // A call we answered is confirmed by the caller's ACK; no re-INVITE may go out before it.
  let acked: () => void = noop;
  live.acked =
    session instanceof Invitation
      ? new Promise<void>((resolve) => (acked = resolve))
      : Promise.resolve();
  const delegate: SessionDelegate = {
    onAck: () => acked(),
    onBye: (bye) => {
      if (current()) live.cause ??= 'hangup-remote';
      void bye.accept().catch(noop);
    },
    onInvite: (request) => {
      if (current()) on.remoteHeld(/a=(sendonly|inactive)/.test(request.body ?? ''));
    },
    onInfo: (info) => {
      void info.accept().catch(noop);
      const digit = digitOfInfo(info.request.body ?? '', info.request.getHeader('Content-Type'));
      if (digit && current()) on.digit(digit);
    },
    onRefer: (referral) => on.refer(referral),
  };
  if (session instanceof Invitation) {
    session.delegate = { ...delegate, onCancel: () => void (live.cause = 'cancelled') };
  } else {
    session.delegate = delegate;
  }
}
