/**
 * What the phone bar says through the polite live region when something happens that a
 * screen-reader user cannot see: a call rings, connects, goes on hold, ends; the microphone is
 * muted. Names and numbers are values in the message (announce() sets text, never markup).
 */
import { msg, str } from '@lit/localize';
import type { Call } from '../../core/store/state.js';
import type { PhoneBarCallState } from './call-state.js';

/** The caller as a person would say it: name, else number. */
export function partyName(call: Pick<Call, 'remote'>): string {
  return call.remote.displayName || call.remote.number;
}

export function incomingCallMessage(call: Call): string {
  const who = partyName(call);
  const queue = call.queue?.name ?? '';
  return queue
    ? msg(str`Incoming call from ${who}, queue ${queue}`, {
        id: 'phone-bar.announce.incoming-queue',
      })
    : msg(str`Incoming call from ${who}`, { id: 'phone-bar.announce.incoming' });
}

/** The message for a change of the bar's state, or '' when there is nothing worth saying. */
export function stateChangeMessage(
  previous: PhoneBarCallState,
  next: PhoneBarCallState,
  active: Call | null,
): string {
  if (previous === next) return '';
  const who = active ? partyName(active) : '';
  switch (next) {
    case 'dialing':
      return msg(str`Calling ${who}`, { id: 'phone-bar.announce.dialing' });
    case 'talking':
      return previous === 'held'
        ? msg('Call resumed', { id: 'phone-bar.announce.resumed' })
        : msg(str`Connected to ${who}`, { id: 'phone-bar.announce.talking' });
    case 'held':
      return msg('Call on hold', { id: 'phone-bar.announce.held' });
    case 'consulting':
      return msg(str`Consulting ${who}`, { id: 'phone-bar.announce.consulting' });
    case 'conference':
      return msg('Conference started', { id: 'phone-bar.announce.conference' });
    case 'idle':
    case 'wrap-up':
      return previous === 'idle' || previous === 'wrap-up'
        ? ''
        : msg('Call ended', { id: 'phone-bar.announce.ended' });
    case 'ringing':
      // The incoming-call message says it, with the caller's name.
      return '';
  }
}

export function muteMessage(muted: boolean): string {
  return muted
    ? msg('Microphone muted', { id: 'phone-bar.announce.muted' })
    : msg('Microphone on', { id: 'phone-bar.announce.unmuted' });
}
