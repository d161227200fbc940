import type { Call } from '../../core/store/state.js';

export interface CcIncomingCallDetail {
  /** The ringing call. Caller name, number, location and queue are untrusted text. */
  readonly call: Call;
}

/**
 * A call started ringing at the agent. Dispatched once per call center (who dispatches: see
 * event-relay.ts), bubbling and composed.
 */
export class CcIncomingCallEvent extends CustomEvent<CcIncomingCallDetail> {
  static readonly type = 'cc-incoming-call';

  constructor(detail: CcIncomingCallDetail) {
    super(CcIncomingCallEvent.type, { bubbles: true, composed: true, cancelable: false, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-incoming-call': CcIncomingCallEvent;
  }
}
