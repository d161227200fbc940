/**
 * Fired by `<cc-hold-list>` when the agent chooses a held call to talk to. The phone bar
 * answers it with `calls.switchTo(callId)`; a host page can listen to it to follow along.
 */
export class CcSwitchCallEvent extends Event {
  static readonly type = 'cc-switch-call';

  constructor(readonly callId: string) {
    super(CcSwitchCallEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-switch-call': CcSwitchCallEvent;
  }
}
