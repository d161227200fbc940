import { define } from '../base/cc-element.js';
import '../call-timer/call-timer.js';
import '../device-picker/device-picker.js';
import '../dial-pad/dial-pad.js';
import '../hold-list/hold-list.js';
import '../incoming-call/incoming-call.js';
import '../quality-indicator/quality-indicator.js';
import '../transfer-dialog/transfer-dialog.js';
import { CcPhoneBar } from './phone-bar.component.js';

export { CcPhoneBar };
export type { PhoneBarCallState } from './call-state.js';
define('cc-phone-bar', CcPhoneBar);

declare global {
  interface HTMLElementTagNameMap {
    'cc-phone-bar': CcPhoneBar;
  }
}
