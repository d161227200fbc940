/** SIP final responses and REFER progress mapped onto the kit's words. Pure. */
import type { EndCause } from '../../store/state.js';

/** Why a call we placed (or a request in it) ended, from the final SIP status. */
export function endCauseFromStatus(status: number): EndCause {
  if (status === 486 || status === 600) return 'busy';
  if (status === 404 || status === 604 || status === 484 || status === 410) return 'not-found';
  if (status === 408 || status === 480) return 'no-answer';
  if (status === 487) return 'cancelled';
  if (status === 603 || status === 403) return 'rejected';
  if (status === 477 || status === 502 || status === 503 || status === 504) return 'network';
  return 'failed';
}

export interface ReferProgress {
  readonly state: 'trying' | 'accepted' | 'failed';
  /** The status line's code in the NOTIFY's message/sipfrag body; null when there is none. */
  readonly status: number | null;
}

/** A REFER's NOTIFY body ("SIP/2.0 200 OK") as the transfer's progress. */
export function referProgress(sipfrag: string): ReferProgress {
  const match = /^SIP\/2\.0\s+(\d{3})\b/.exec(sipfrag.trim());
  if (!match) return { state: 'trying', status: null };
  const status = Number(match[1]);
  if (status < 200) return { state: 'trying', status };
  return { state: status < 300 ? 'accepted' : 'failed', status };
}
