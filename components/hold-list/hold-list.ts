import { define } from '../base/cc-element.js';
import '../call-timer/call-timer.js';
import { CcHoldList } from './hold-list.component.js';

export { CcHoldList };
export type { HoldListItem } from './hold-list.component.js';
export { CcSwitchCallEvent } from './switch-call-event.js';
define('cc-hold-list', CcHoldList);

declare global {
  interface HTMLElementTagNameMap {
    'cc-hold-list': CcHoldList;
  }
}
