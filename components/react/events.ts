/**
 * React prop names for the kit's DOM events, typed by their event classes, for
 * `createComponent({ events })`.
 */
import type { EventName } from '@lit/react';
import type { CcAgentStateChangeEvent } from '../events/agent-state-change.js';
import type { CcCallAnsweredEvent } from '../events/call-answered.js';
import type { CcCallEndedEvent } from '../events/call-ended.js';
import type { CcDialRequestEvent } from '../events/dial-request.js';
import type { CcErrorEvent } from '../events/error.js';
import type { CcIncomingCallEvent } from '../events/incoming-call.js';

/** The domain events: on the provider, or on a lone element (see components/events/event-relay.ts). */
export const domainEventProps = {
  onIncomingCall: 'cc-incoming-call' as EventName<CcIncomingCallEvent>,
  onCallAnswered: 'cc-call-answered' as EventName<CcCallAnsweredEvent>,
  onCallEnded: 'cc-call-ended' as EventName<CcCallEndedEvent>,
  onAgentStateChange: 'cc-agent-state-change' as EventName<CcAgentStateChangeEvent>,
  onError: 'cc-error' as EventName<CcErrorEvent>,
};

export const dialRequestProp = {
  onDialRequest: 'cc-dial-request' as EventName<CcDialRequestEvent>,
};
