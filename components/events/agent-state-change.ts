import type { NotReadyReason, Presence, WorkState } from '../../core/store/state.js';

export interface CcAgentStateChangeDetail {
  readonly presence: Presence;
  readonly previous: Presence;
  /** Set while not ready. The label is untrusted text from the back end. */
  readonly reason: NotReadyReason | null;
  readonly work: WorkState;
}

/** The agent's presence, not-ready reason or work state changed. Bubbling and composed. */
export class CcAgentStateChangeEvent extends CustomEvent<CcAgentStateChangeDetail> {
  static readonly type = 'cc-agent-state-change';

  constructor(detail: CcAgentStateChangeDetail) {
    super(CcAgentStateChangeEvent.type, {
      bubbles: true,
      composed: true,
      cancelable: false,
      detail,
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-agent-state-change': CcAgentStateChangeEvent;
  }
}
