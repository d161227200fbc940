/**
 * In-dialog requests of a call and their outcomes: BYE, the hold and resume re-INVITE, keypad
 * tones. sip.js resolves most of these when the request is sent; the back end needs to know
 * whether the far end got it (after a proxy restart the dialog's route may be dead).
 */
import type { Session } from 'sip.js';
import { CallCenterError } from '../../model/errors.js';
import { sdhOf } from './live-call.js';
import type { DtmfMethod } from './options.js';

export type Outcome =
  { readonly ok: true } | { readonly ok: false; readonly status: number; readonly reason: string };

const OK: Outcome = { ok: true };

/** Resolves the request's outcome; no final response within `ms` counts as 408. */
function outcome(
  ms: number,
  send: (delegate: {
    onAccept(): void;
    onReject(r: { message: { statusCode?: number; reasonPhrase?: string } }): void;
  }) => Promise<unknown>,
): Promise<Outcome> {
  return new Promise<Outcome>((resolve) => {
    const timer = setTimeout(() => resolve({ ok: false, status: 408, reason: 'no answer' }), ms);
    const done = (result: Outcome) => {
      clearTimeout(timer);
      resolve(result);
    };
    send({
      onAccept: () => done(OK),
      onReject: (response) =>
        done({
          ok: false,
          status: response.message.statusCode ?? 500,
          reason: response.message.reasonPhrase ?? '',
        }),
    }).catch((error: unknown) =>
      done({ ok: false, status: 503, reason: error instanceof Error ? error.message : 'not sent' }),
    );
  });
}

/**
 * Sends BYE and resolves whether the far end confirmed. 481 (no such call) counts as done:
 * the far end has already let go.
 */
export async function sayBye(session: Session, ms: number): Promise<Outcome> {
  const result = await outcome(ms, (requestDelegate) => session.bye({ requestDelegate }));
  return !result.ok && result.status === 481 ? OK : result;
}

/**
 * Holds (a=inactive: nothing flows either way; sip.js alone would offer sendonly and keep
 * sending to the held party) or resumes (a=sendrecv) by re-INVITE. The directions go back as
 * they were when the far end refuses.
 */
export async function reinviteHold(session: Session, held: boolean, ms: number): Promise<Outcome> {
  const transceivers = sdhOf(session)?.peerConnection?.getTransceivers() ?? [];
  const before = transceivers.map((t) => t.direction);
  for (const transceiver of transceivers) {
    if (transceiver.currentDirection !== 'stopped')
      transceiver.direction = held ? 'inactive' : 'sendrecv';
  }
  session.sessionDescriptionHandlerOptionsReInvite = { hold: held } as never;
  const result = await outcome(ms, (requestDelegate) => session.invite({ requestDelegate }));
  if (!result.ok) {
    transceivers.forEach((t, i) => {
      if (t.currentDirection !== 'stopped' && before[i]) t.direction = before[i]!;
    });
    session.sessionDescriptionHandlerOptionsReInvite = { hold: !held } as never;
    return result;
  }
  const sdh = sdhOf(session);
  sdh?.enableReceiverTracks(!held);
  return result;
}

/**
 * RFC 4733 tone length and gap. Chromium's 100 ms default is too short for some phones: baresip
 * drops the start of such events and then every later digit (seen in test/e2e/sip-baresip).
 */
const TONE_MS = 200;
const GAP_MS = 100;

/**
 * Queues tones on the call's RTCDTMFSender. insertDTMF replaces the tones not yet played, so
 * the new ones are appended to them: keys pressed quickly all reach the far end, in order.
 * False when the call cannot send RFC 4733 now (no sender, or on hold).
 */
function queueTones(session: Session, digits: string): boolean {
  const senders = sdhOf(session)?.peerConnection?.getSenders() ?? [];
  const dtmf = senders.find((s) => s.dtmf && (s.track === null || s.track.kind === 'audio'))?.dtmf;
  if (!dtmf?.canInsertDTMF) return false;
  try {
    dtmf.insertDTMF(dtmf.toneBuffer + digits, TONE_MS, GAP_MS);
    return true;
  } catch {
    return false;
  }
}

/** Keypad tones: RFC 4733 on the RTP sender when allowed and possible, else SIP INFO. */
export async function sendDigits(
  session: Session,
  digits: string,
  method: DtmfMethod,
): Promise<void> {
  if (method !== 'info' && queueTones(session, digits)) return;
  if (method === 'rfc4733') {
    throw new CallCenterError(
      'not-supported',
      'This call cannot send RFC 4733 tones now (no RTP sender, or on hold); use INFO.',
    );
  }
  for (const digit of digits) {
    const result = await outcome(4_000, (requestDelegate) =>
      session.info({
        requestDelegate,
        requestOptions: {
          body: {
            contentDisposition: 'render',
            contentType: 'application/dtmf-relay',
            content: `Signal=${digit}\r\nDuration=160`,
          },
        },
      }),
    );
    if (!result.ok) {
      throw new CallCenterError(
        'rejected-by-backend',
        `The far end did not take the keypad tone (${result.status}).`,
        {
          vendor: { code: String(result.status), message: result.reason },
        },
      );
    }
  }
}

/** The digit of an INFO body (application/dtmf-relay "Signal=5" or application/dtmf "5"). */
export function digitOfInfo(body: string, contentType: string | undefined): string | null {
  const relay = /Signal\s*=\s*([0-9A-D*#])/i.exec(body);
  if (relay) return relay[1]!.toUpperCase();
  if (/application\/dtmf\b/i.test(contentType ?? '')) {
    const bare = /^\s*([0-9A-D*#])\s*$/i.exec(body);
    if (bare) return bare[1]!.toUpperCase();
  }
  return null;
}
