/**
 * The phone bar's icons: 24 x 24 outline glyphs drawn with `currentColor`, so they follow the
 * text colour and the theme. Every use is decorative (`aria-hidden`): the control around it
 * carries the accessible name.
 */
import { svg, type SVGTemplateResult } from 'lit';

const icon = (body: SVGTemplateResult) =>
  svg`<svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

export const phoneIcon = icon(
  svg`<path d="M22 16.9v3a2 2 0 0 1-2.2 2 19.8 19.8 0 0 1-8.6-3.1 19.5 19.5 0 0 1-6-6A19.8 19.8 0 0 1 2.1 4.2 2 2 0 0 1 4.1 2h3a2 2 0 0 1 2 1.7c.1.9.4 1.9.7 2.8a2 2 0 0 1-.5 2.1L8 9.9a16 16 0 0 0 6 6l1.3-1.3a2 2 0 0 1 2.1-.4c.9.3 1.8.6 2.8.7a2 2 0 0 1 1.7 2z"></path>`,
);
export const hangupIcon = icon(
  svg`<path d="M3.7 14.6 2.3 13.2a1.5 1.5 0 0 1 0-2.1C5 8.4 8.4 7 12 7s7 1.4 9.7 4.1a1.5 1.5 0 0 1 0 2.1l-1.4 1.4a1.5 1.5 0 0 1-2 .1l-1.8-1.4a1.5 1.5 0 0 1-.6-1.2v-1.6a11 11 0 0 0-7.8 0v1.6c0 .5-.2.9-.6 1.2l-1.8 1.4a1.5 1.5 0 0 1-2 -.1z"></path>`,
);
export const holdIcon = icon(
  svg`<rect x="6" y="4" width="4" height="16" rx="1"></rect><rect x="14" y="4" width="4" height="16" rx="1"></rect>`,
);
export const resumeIcon = icon(svg`<path d="M7 4v16l13-8z"></path>`);
export const micIcon = icon(
  svg`<rect x="9" y="2" width="6" height="12" rx="3"></rect><path d="M5 10v1a7 7 0 0 0 14 0v-1M12 18v4M8 22h8"></path>`,
);
export const micOffIcon = icon(
  svg`<path d="m2 2 20 20M15 9.3V5a3 3 0 0 0-5.7-1.3M9 9v2a3 3 0 0 0 5.1 2.1M19 10v1a7 7 0 0 1-.9 3.4M5 10v1a7 7 0 0 0 11.2 5.6M12 18v4M8 22h8"></path>`,
);
export const keypadIcon = icon(
  svg`<circle cx="6" cy="5" r="1.3"></circle><circle cx="12" cy="5" r="1.3"></circle><circle cx="18" cy="5" r="1.3"></circle><circle cx="6" cy="11" r="1.3"></circle><circle cx="12" cy="11" r="1.3"></circle><circle cx="18" cy="11" r="1.3"></circle><circle cx="6" cy="17" r="1.3"></circle><circle cx="12" cy="17" r="1.3"></circle><circle cx="18" cy="17" r="1.3"></circle><circle cx="12" cy="22" r="1.3"></circle>`,
);
export const transferIcon = icon(
  svg`<path d="M4 12h14M13 6l6 6-6 6"></path><path d="M4 5v14"></path>`,
);
export const consultIcon = icon(
  svg`<circle cx="9" cy="8" r="4"></circle><path d="M2 21v-1a6 6 0 0 1 10.4-4M19 14v6M16 17h6"></path>`,
);
export const conferenceIcon = icon(
  svg`<circle cx="12" cy="7" r="3"></circle><circle cx="5" cy="10" r="2.5"></circle><circle cx="19" cy="10" r="2.5"></circle><path d="M7 21v-2a5 5 0 0 1 10 0v2M1 20v-1a4 4 0 0 1 4-4M23 20v-1a4 4 0 0 0-4-4"></path>`,
);
export const retrieveIcon = icon(
  svg`<path d="M9 14 4 9l5-5"></path><path d="M4 9h11a5 5 0 0 1 0 10h-3"></path>`,
);
export const cancelIcon = icon(svg`<path d="M18 6 6 18M6 6l12 12"></path>`);
export const devicesIcon = icon(
  svg`<path d="M3 18v-6a9 9 0 0 1 18 0v6"></path><path d="M21 19a2 2 0 0 1-2 2h-1v-7h3zM3 19a2 2 0 0 0 2 2h1v-7H3z"></path>`,
);
export const checkIcon = icon(svg`<path d="M20 6 9 17l-5-5"></path>`);
export const alertIcon = icon(
  svg`<circle cx="12" cy="12" r="10"></circle><path d="M12 8v4M12 16h.01"></path>`,
);
