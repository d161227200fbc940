/**
 * Localized names for the domain's values, shared by every element: presence, work, end
 * causes, phone types, connection states and error codes. Call these during render (they read
 * the active locale).
 */
import { msg } from '@lit/localize';
import type { ErrorCode } from '../../core/model/errors.js';
import type { EndCause, PhoneType, Presence, WorkState } from '../../core/store/state.js';

export function presenceLabel(presence: Presence): string {
  switch (presence) {
    case 'offline':
      return msg('Offline', { id: 'presence.offline' });
    case 'ready':
      return msg('Ready', { id: 'presence.ready' });
    case 'not-ready':
      return msg('Not ready', { id: 'presence.not-ready' });
    case 'wrap-up':
      return msg('Wrap-up', { id: 'presence.wrap-up' });
  }
}

export function workLabel(work: WorkState): string {
  switch (work) {
    case 'idle':
      return msg('Idle', { id: 'work.idle' });
    case 'ringing':
      return msg('Ringing', { id: 'work.ringing' });
    case 'dialing':
      return msg('Dialing', { id: 'work.dialing' });
    case 'talking':
      return msg('On a call', { id: 'work.talking' });
    case 'held':
      return msg('On hold', { id: 'work.held' });
    case 'consulting':
      return msg('Consulting', { id: 'work.consulting' });
    case 'conferencing':
      return msg('In a conference', { id: 'work.conferencing' });
  }
}

export function endCauseLabel(cause: EndCause): string {
  switch (cause) {
    case 'hangup-local':
      return msg('You hung up', { id: 'end-cause.hangup-local' });
    case 'hangup-remote':
      return msg('The other party hung up', { id: 'end-cause.hangup-remote' });
    case 'busy':
      return msg('Busy', { id: 'end-cause.busy' });
    case 'no-answer':
      return msg('No answer', { id: 'end-cause.no-answer' });
    case 'rejected':
      return msg('Rejected', { id: 'end-cause.rejected' });
    case 'cancelled':
      return msg('Cancelled', { id: 'end-cause.cancelled' });
    case 'not-found':
      return msg('Number not found', { id: 'end-cause.not-found' });
    case 'network':
      return msg('Network problem', { id: 'end-cause.network' });
    case 'transferred':
      return msg('Transferred', { id: 'end-cause.transferred' });
    case 'forced':
      return msg('Ended by a supervisor', { id: 'end-cause.forced' });
    case 'taken-over':
      return msg('Taken over by a supervisor', { id: 'end-cause.taken-over' });
    case 'failed':
      return msg('Call failed', { id: 'end-cause.failed' });
  }
}

export function phoneTypeLabel(type: PhoneType): string {
  switch (type) {
    case 'webrtc':
      return msg('Browser (WebRTC)', { id: 'phone-type.webrtc' });
    case 'sip':
      return msg('Desk phone (SIP)', { id: 'phone-type.sip' });
    case 'pstn':
      return msg('Mobile phone', { id: 'phone-type.pstn' });
  }
}

/**
 * A person's message for an error code. The kit's own English `message` is for developers and
 * may quote input; the vendor's text is untrusted. Neither is shown in place of this.
 */
export function errorMessage(code: ErrorCode): string {
  // A table of thunks: `msg()` must run at render time, in the locale active then.
  return ERROR_MESSAGES[code]?.() ?? ERROR_MESSAGES['server-error']();
}

const ERROR_MESSAGES: Record<ErrorCode, () => string> = {
  'unknown-backend': () =>
    msg('This contact center type is not available.', { id: 'error.unknown-backend' }),
  'invalid-config': () => msg('The phone is not set up correctly.', { id: 'error.invalid-config' }),
  'backend-unavailable': () =>
    msg('The contact center cannot be reached.', { id: 'error.backend-unavailable' }),
  'empty-number': () => msg('Enter a number to call.', { id: 'error.empty-number' }),
  'invalid-number': () => msg('That is not a valid phone number.', { id: 'error.invalid-number' }),
  'invalid-sip-uri': () => msg('That is not a valid SIP address.', { id: 'error.invalid-sip-uri' }),
  'empty-dtmf': () => msg('Enter at least one key to send.', { id: 'error.empty-dtmf' }),
  'dtmf-too-long': () => msg('Too many keys to send at once.', { id: 'error.dtmf-too-long' }),
  'invalid-dtmf': () => msg('Only the keypad keys can be sent.', { id: 'error.invalid-dtmf' }),
  'wrap-up-extension-out-of-range': () =>
    msg('Wrap-up cannot be extended by that much.', { id: 'error.wrap-up-extension-out-of-range' }),
  'unknown-reason': () => msg('That reason is not available.', { id: 'error.unknown-reason' }),
  'empty-transfer-target': () =>
    msg('Choose whom to transfer the call to.', { id: 'error.empty-transfer-target' }),
  'invalid-transfer-target': () =>
    msg('The call cannot be transferred there.', { id: 'error.invalid-transfer-target' }),
  'transfer-target-unsupported': () =>
    msg('Transfers to that kind of target are not possible here.', {
      id: 'error.transfer-target-unsupported',
    }),
  'unknown-agent': () => msg('There is no such agent.', { id: 'error.unknown-agent' }),
  'unknown-call': () => msg('That call no longer exists.', { id: 'error.unknown-call' }),
  'invalid-device': () =>
    msg('That audio device is not available.', { id: 'error.invalid-device' }),
  'invalid-login': () => msg('Check the login details.', { id: 'error.invalid-login' }),
  'not-allowed': () => msg('That is not possible right now.', { id: 'error.not-allowed' }),
  'not-supported': () =>
    msg('This contact center does not support that.', { id: 'error.not-supported' }),
  destroyed: () => msg('The phone has been shut down. Reload the page.', { id: 'error.destroyed' }),
  'auth-failed': () => msg('The agent id or password is wrong.', { id: 'error.auth-failed' }),
  network: () => msg('Network problem: check the connection.', { id: 'error.network' }),
  timeout: () => msg('The contact center did not answer in time.', { id: 'error.timeout' }),
  'server-error': () => msg('The contact center reported an error.', { id: 'error.server-error' }),
  'rejected-by-backend': () =>
    msg('The contact center refused the request.', { id: 'error.rejected-by-backend' }),
  'microphone-denied': () =>
    msg('Microphone access was denied.', { id: 'error.microphone-denied' }),
  'microphone-unavailable': () =>
    msg('No microphone was found.', { id: 'error.microphone-unavailable' }),
  'audio-blocked': () =>
    msg('The browser blocked sound: enable it to hear calls.', { id: 'error.audio-blocked' }),
};
