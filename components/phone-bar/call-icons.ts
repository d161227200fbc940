/**
 * The icons of the in-call controls (hold, mute, transfer, consult, conference, retrieve):
 * part of the lazily loaded in-call chunk, so the page does not load them before login.
 */
import { svg } from 'lit';
import { icon } from './icons.js';

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
