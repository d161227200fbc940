import type { CallCenterEvent } from '../../core/events.js';
import { CcAgentStateChangeEvent } from './agent-state-change.js';
import { CcCallAnsweredEvent } from './call-answered.js';
import { CcCallEndedEvent } from './call-ended.js';
import { CcErrorEvent } from './error.js';
import { CcIncomingCallEvent } from './incoming-call.js';

/** The kit's DOM events that mirror the facade's `events$`. */
export type CcDomainEvent =
  | CcIncomingCallEvent
  | CcCallAnsweredEvent
  | CcCallEndedEvent
  | CcAgentStateChangeEvent
  | CcErrorEvent;

/** Turns one facade event into its DOM event (a fresh one: an event is dispatched once). */
export function toDomEvent(event: CallCenterEvent): CcDomainEvent {
  switch (event.type) {
    case 'incoming-call':
      return new CcIncomingCallEvent({ call: event.call });
    case 'call-answered':
      return new CcCallAnsweredEvent({ call: event.call });
    case 'call-ended':
      return new CcCallEndedEvent({
        callId: event.call.id,
        cause: event.call.endCause,
        duration: event.duration,
        call: event.call,
      });
    case 'agent-state-change':
      return new CcAgentStateChangeEvent({
        presence: event.presence,
        previous: event.previous,
        reason: event.reason,
        work: event.work,
      });
    case 'error': {
      const { id, code, message, command, vendor } = event.error;
      return new CcErrorEvent({
        id,
        code,
        message,
        ...(command === undefined ? {} : { command }),
        ...(vendor === undefined ? {} : { vendor }),
      });
    }
  }
}
