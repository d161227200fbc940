/** The kit's typed DOM events and the helpers that dispatch the domain ones. */
export * from './agent-state-change.js';
export * from './call-answered.js';
export * from './call-ended.js';
export * from './dial-request.js';
export * from './error.js';
export * from './incoming-call.js';
export { toDomEvent, type CcDomainEvent } from './to-dom-event.js';
export { joinEventRelay, eventRelayEmitter } from './event-relay.js';
export { DomainEventsController } from './domain-events-controller.js';
