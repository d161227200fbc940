/**
 * The phone bar's icons needed before a call (dial, reject, keypad, devices, errors): 24 x 24
 * outline glyphs drawn with `currentColor`, so they follow the text colour and the theme. Every
 * use is decorative (`aria-hidden`): the control around it carries the accessible name. The
 * in-call controls' icons are in call-icons.ts, which only the lazily loaded in-call chunk
 * imports.
 */
import { svg, type SVGTemplateResult } from 'lit';

export const icon = (body: SVGTemplateResult) =>
  svg`<svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

export const phoneIcon = icon(
  svg`<path d="M22 16.9v3a2 2 0 0 1-2.2 2 19.8 19.8 0 0 1-8.6-3.1 19.5 19.5 0 0 1-6-6A19.8 19.8 0 0 1 2.1 4.2 2 2 0 0 1 4.1 2h3a2 2 0 0 1 2 1.7c.1.9.4 1.9.7 2.8a2 2 0 0 1-.5 2.1L8 9.9a16 16 0 0 0 6 6l1.3-1.3a2 2 0 0 1 2.1-.4c.9.3 1.8.6 2.8.7a2 2 0 0 1 1.7 2z"></path>`,
);
export const hangupIcon = icon(
  svg`<path d="M3.7 14.6 2.3 13.2a1.5 1.5 0 0 1 0-2.1C5 8.4 8.4 7 12 7s7 1.4 9.7 4.1a1.5 1.5 0 0 1 0 2.1l-1.4 1.4a1.5 1.5 0 0 1-2 .1l-1.8-1.4a1.5 1.5 0 0 1-.6-1.2v-1.6a11 11 0 0 0-7.8 0v1.6c0 .5-.2.9-.6 1.2l-1.8 1.4a1.5 1.5 0 0 1-2 -.1z"></path>`,
);
export const keypadIcon = icon(
  svg`<circle cx="6" cy="5" r="1.3"></circle><circle cx="12" cy="5" r="1.3"></circle><circle cx="18" cy="5" r="1.3"></circle><circle cx="6" cy="11" r="1.3"></circle><circle cx="12" cy="11" r="1.3"></circle><circle cx="18" cy="11" r="1.3"></circle><circle cx="6" cy="17" r="1.3"></circle><circle cx="12" cy="17" r="1.3"></circle><circle cx="18" cy="17" r="1.3"></circle><circle cx="12" cy="22" r="1.3"></circle>`,
);
export const devicesIcon = icon(
  svg`<path d="M3 18v-6a9 9 0 0 1 18 0v6"></path><path d="M21 19a2 2 0 0 1-2 2h-1v-7h3zM3 19a2 2 0 0 0 2 2h1v-7H3z"></path>`,
);
export const cancelIcon = icon(svg`<path d="M18 6 6 18M6 6l12 12"></path>`);
export const alertIcon = icon(
  svg`<circle cx="12" cy="12" r="10"></circle><path d="M12 8v4M12 16h.01"></path>`,
);
