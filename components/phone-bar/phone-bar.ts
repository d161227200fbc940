import { define } from '../base/cc-element.js';
import { CcPhoneBar } from './phone-bar.component.js';

// The bar's behaviour (phone-bar-logic.ts) loads when it connects; its sub-elements (incoming-
// call banner, call timer, quality indicator, hold list, dial pad, device picker, transfer
// dialog) are defined by its in-call part (in-call.ts), requested at login, when a call exists,
// or when a panel is first opened.
export { CcPhoneBar };
export type { PhoneBarCallState } from './call-state.js';
define('cc-phone-bar', CcPhoneBar);

declare global {
  interface HTMLElementTagNameMap {
    'cc-phone-bar': CcPhoneBar;
  }
}
