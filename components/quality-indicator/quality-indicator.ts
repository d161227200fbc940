import { define } from '../base/cc-element.js';
import { CcQualityIndicator } from './quality-indicator.component.js';

export { CcQualityIndicator };
define('cc-quality-indicator', CcQualityIndicator);

declare global {
  interface HTMLElementTagNameMap {
    'cc-quality-indicator': CcQualityIndicator;
  }
}
