/**
 * cc-phone-kit/react: React components for the kit's elements, made with @lit/react.
 *
 * ```tsx
 * import { CallCenter, AgentStatus, PhoneBar } from 'cc-phone-kit/react';
 *
 * <CallCenter backend="demo" onIncomingCall={(e) => crm.open(e.detail.call.remote.number)}>
 *   <AgentStatus agentId="1001" />
 *   <PhoneBar onDialRequest={(e) => { if (!confirm(`Call ${e.detail.number}?`)) e.preventDefault(); }} />
 * </CallCenter>
 * ```
 *
 * Properties (objects, functions such as `credentials` and `callCenter`) are set as element
 * properties, not attributes. Domain events (`onIncomingCall`, `onCallAnswered`, `onCallEnded`,
 * `onAgentStateChange`, `onError`) are dispatched once per call center: listen on `<CallCenter>`;
 * an `<AgentStatus>` or `<PhoneBar>` used without a `<CallCenter>` dispatches them itself.
 * React is a peer dependency (>= 18); importing this module also defines the elements.
 */
import { createComponent } from '@lit/react';
import * as React from 'react';
// Through the kit's entry, so the build's dist/react.js imports dist/cc-phone-kit.js instead
// of carrying a second copy of the elements.
import { CcAgentStatus, CcCallCenter, CcPhoneBar } from '../index.js';
import { dialRequestProp, domainEventProps } from './events.js';

/** `<cc-call-center>`: provides one call center to the kit elements inside it. */
export const CallCenter = createComponent({
  react: React,
  tagName: 'cc-call-center',
  elementClass: CcCallCenter,
  events: domainEventProps,
  displayName: 'CallCenter',
});

/** `<cc-agent-status>`: login, presence, wrap-up, next state, logout. */
export const AgentStatus = createComponent({
  react: React,
  tagName: 'cc-agent-status',
  elementClass: CcAgentStatus,
  events: domainEventProps,
  displayName: 'AgentStatus',
});

/** `<cc-phone-bar>`: dialing, incoming calls, call controls. `onDialRequest` may cancel a dial. */
export const PhoneBar = createComponent({
  react: React,
  tagName: 'cc-phone-bar',
  elementClass: CcPhoneBar,
  events: { ...domainEventProps, ...dialRequestProp },
  displayName: 'PhoneBar',
});

export type { CcAgentStatus, CcCallCenter, CcPhoneBar };
