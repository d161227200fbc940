import { define } from '../base/cc-element.js';
import { CcDialPad } from './dial-pad.component.js';

export { CcDialPad };
define('cc-dial-pad', CcDialPad);

declare global {
  interface HTMLElementTagNameMap {
    'cc-dial-pad': CcDialPad;
  }
}
