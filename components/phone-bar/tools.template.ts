import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { ControlButtonOptions } from './phone-bar-view.js';
import { alertIcon, devicesIcon, keypadIcon } from './icons.js';

/** Which tools the bar offers now, and what they do. */
export interface ToolsOptions {
  keypad: boolean;
  keypadOpen: boolean;
  devices: boolean;
  devicesOpen: boolean;
  /** The browser blocked sound: offer the button that lets it play. */
  audioBlocked: boolean;
  button: (options: ControlButtonOptions) => TemplateResult;
  onKeypad: () => void;
  onDevices: () => void;
  onEnableAudio: () => void;
}

/** The keypad and device buttons, and "enable sound" when the browser blocked it. */
export function toolsTemplate(o: ToolsOptions): TemplateResult {
  return html`
    ${
      o.keypad
        ? o.button({
            part: 'keypad-button',
            label: msg('Keypad', { id: 'phone-bar.keypad' }),
            icon: keypadIcon,
            onClick: o.onKeypad,
            enabled: true,
            expanded: o.keypadOpen,
            controls: 'keypad-panel',
          })
        : nothing
    }
    ${
      o.devices
        ? o.button({
            part: 'device-button',
            label: msg('Audio devices', { id: 'phone-bar.devices' }),
            icon: devicesIcon,
            onClick: o.onDevices,
            enabled: true,
            expanded: o.devicesOpen,
            controls: 'device-panel',
          })
        : nothing
    }
    ${
      o.audioBlocked
        ? o.button({
            part: 'enable-audio-button',
            label: msg('Enable sound', { id: 'phone-bar.enable-audio' }),
            icon: alertIcon,
            onClick: o.onEnableAudio,
            enabled: true,
          })
        : nothing
    }
  `;
}
