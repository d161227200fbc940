/** SIP final responses and events mapped onto the kit's end causes. */
import type { EndCause } from '../../store/state.js';

export function endCauseFromStatus(status: number): EndCause {
  if (status === 486 || status === 600) return 'busy';
  if (status === 404 || status === 604 || status === 484 || status === 410) return 'not-found';
  if (status === 408 || status === 480) return 'no-answer';
  if (status === 487) return 'cancelled';
  if (status === 603 || status === 403) return 'rejected';
  if (status === 503 || status === 502 || status === 504) return 'network';
  return 'failed';
}

/** A REFER's NOTIFY body ("SIP/2.0 200 OK") as a transfer outcome. */
export function referProgress(sipfrag: string): 'trying' | 'accepted' | 'failed' {
  const match = /^SIP\/2\.0\s+(\d{3})/.exec(sipfrag.trim());
  if (!match) return 'trying';
  const code = Number(match[1]);
  if (code < 200) return 'trying';
  return code < 300 ? 'accepted' : 'failed';
}
