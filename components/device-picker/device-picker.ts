import { define } from '../base/cc-element.js';
import { CcDevicePicker } from './device-picker.component.js';

export { CcDevicePicker };
export type { DeviceRole } from './device-picker.component.js';
define('cc-device-picker', CcDevicePicker);

declare global {
  interface HTMLElementTagNameMap {
    'cc-device-picker': CcDevicePicker;
  }
}
