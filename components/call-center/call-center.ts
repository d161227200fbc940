import { define } from '../base/cc-element.js';
import { CcCallCenter } from './call-center.component.js';

export { CcCallCenter };
define('cc-call-center', CcCallCenter);

declare global {
  interface HTMLElementTagNameMap {
    'cc-call-center': CcCallCenter;
  }
}
