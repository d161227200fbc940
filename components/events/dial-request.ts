export interface CcDialRequestDetail {
  /** The number about to be dialled, as cleaned up by the element. */
  readonly number: string;
}

/**
 * The element is about to dial. Cancelable: a host page that calls `preventDefault()` stops
 * the call (to dial through its own CRM, to confirm first, ...). Bubbling and composed.
 */
export class CcDialRequestEvent extends CustomEvent<CcDialRequestDetail> {
  static readonly type = 'cc-dial-request';

  constructor(detail: CcDialRequestDetail) {
    super(CcDialRequestEvent.type, { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-dial-request': CcDialRequestEvent;
  }
}
