import { define } from '../base/cc-element.js';
import { CcIncomingCall } from './incoming-call.component.js';

export { CcIncomingCall };
define('cc-incoming-call', CcIncomingCall);

declare global {
  interface HTMLElementTagNameMap {
    'cc-incoming-call': CcIncomingCall;
  }
}
