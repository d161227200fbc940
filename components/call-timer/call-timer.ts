import { define } from '../base/cc-element.js';
import { CcCallTimer } from './call-timer.component.js';

export { CcCallTimer };
define('cc-call-timer', CcCallTimer);

declare global {
  interface HTMLElementTagNameMap {
    'cc-call-timer': CcCallTimer;
  }
}
