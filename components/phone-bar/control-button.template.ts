import { html, nothing, type TemplateResult } from 'lit';
import type { ControlButtonOptions } from './phone-bar-view.js';

/**
 * A control button of the bar: an icon and a label (visually hidden in narrow layouts, always
 * its accessible name), the shortcut in `aria-keyshortcuts` and the tooltip.
 *
 * @param keys the keys of `options.shortcut` as the host set them ('' when off).
 */
export function controlButton(options: ControlButtonOptions, keys: string): TemplateResult {
  return html`<button
    part=${options.part}
    type="button"
    class="control ${options.tone ?? ''}"
    ?disabled=${!options.enabled}
    aria-pressed=${options.pressed === undefined ? nothing : String(options.pressed)}
    aria-expanded=${options.expanded === undefined ? nothing : String(options.expanded)}
    aria-controls=${options.controls ?? nothing}
    aria-keyshortcuts=${keys || nothing}
    title=${keys ? `${options.label} (${keys})` : options.label}
    @click=${options.onClick}
  >
    ${options.icon}<span class="label">${options.label}</span>
  </button>`;
}
