import type { Call } from '../../core/store/state.js';

export interface CcCallAnsweredDetail {
  /** The call, now talking (inbound answered by the agent, or outbound answered by the far end). */
  readonly call: Call;
}

/** A call was answered. Bubbling and composed. */
export class CcCallAnsweredEvent extends CustomEvent<CcCallAnsweredDetail> {
  static readonly type = 'cc-call-answered';

  constructor(detail: CcCallAnsweredDetail) {
    super(CcCallAnsweredEvent.type, { bubbles: true, composed: true, cancelable: false, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-call-answered': CcCallAnsweredEvent;
  }
}
