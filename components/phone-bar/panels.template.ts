import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { CcDevicePicker } from '../device-picker/device-picker.component.js';
import type { PhoneBarView } from './phone-bar-view.js';

/** The device picker's choice goes to the back end; a failure shows in the bar. */
function deviceChange(bar: PhoneBarView, event: Event): void {
  event.stopPropagation();
  const picker = event.target as CcDevicePicker;
  const devices = bar.callCenter.devices;
  switch (picker.changed) {
    case 'input':
      bar.run(() => devices.selectInput(picker.input));
      break;
    case 'output':
      bar.run(() => devices.selectOutput(picker.output));
      break;
    case 'ringer':
      bar.run(() => devices.selectRinger(picker.ringer));
      break;
  }
}

/** The keypad and device-picker panels, each shown while its button is pressed. */
export function panelsTemplate(bar: PhoneBarView): TemplateResult {
  const devices = bar.devices;
  const letters = bar.caps?.dtmf?.letters ?? false;
  return html`
    ${
      bar.keypadOpen
        ? html`<div id="keypad-panel" part="keypad-panel" class="panel">
            <cc-dial-pad
              part="keypad"
              exportparts="base: keypad__base, key: keypad__key"
              ?letters=${letters && bar.inCallTones}
              label=${bar.inCallTones ? msg('Keypad tones', { id: 'phone-bar.tones' }) : msg('Keypad', { id: 'phone-bar.keypad' })}
              @input=${bar.onKeypadInput}
            ></cc-dial-pad>
          </div>`
        : nothing
    }
    ${
      bar.devicesOpen && devices
        ? html`<div id="device-panel" part="device-panel" class="panel">
            <cc-device-picker
              part="device-picker"
              exportparts="base: device-picker__base, input-select: device-picker__input-select, output-select: device-picker__output-select, ringer-select: device-picker__ringer-select, level-meter: device-picker__level-meter"
              .inputs=${devices.inputs}
              .outputs=${devices.outputs}
              .input=${devices.input}
              .output=${devices.output}
              .ringer=${devices.ringer}
              ?output-selectable=${devices.outputSelectable}
              .permission=${devices.permission}
              @change=${(event: Event) => deviceChange(bar, event)}
            ></cc-device-picker>
          </div>`
        : nothing
    }
  `;
}
