import type { CallRecord, EndCause } from '../../core/store/state.js';

export interface CcCallEndedDetail {
  readonly callId: string;
  /** Why the call ended (hangup-local, hangup-remote, busy, no-answer, ...). */
  readonly cause: EndCause;
  /** Talk time in whole seconds; 0 when the call was never answered. */
  readonly duration: number;
  /** The ended call as kept in the history (remote party, queue, times). */
  readonly call: CallRecord;
}

/** A call ended. Bubbling and composed. */
export class CcCallEndedEvent extends CustomEvent<CcCallEndedDetail> {
  static readonly type = 'cc-call-ended';

  constructor(detail: CcCallEndedDetail) {
    super(CcCallEndedEvent.type, { bubbles: true, composed: true, cancelable: false, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-call-ended': CcCallEndedEvent;
  }
}
