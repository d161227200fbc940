import { css } from 'lit';
import { sharedStyles } from '../themes/shared.styles.js';
import { token } from '../themes/tokens.js';

const own = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  [part='base'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: var(--cc-incoming-call-padding, 0.5rem 0.75rem);
    border: 1px solid var(--cc-incoming-call-border, ${token.stateRinging});
    border-radius: var(--cc-incoming-call-radius, ${token.radiusM});
    background: var(--cc-incoming-call-background, ${token.colorSurfaceRaised});
    color: var(--cc-incoming-call-color, ${token.colorText});
  }
  [part='remote-party'] {
    display: flex;
    flex-direction: column;
    min-width: 0;
    flex: 1 1 12rem;
  }
  .heading {
    font-size: 0.75em;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--cc-incoming-call-heading-color, ${token.stateRinging});
    font-weight: 600;
  }
  [part='name'] {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  [part='number'] {
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    font-size: 0.875em;
    color: ${token.colorTextMuted};
  }
  [part='actions'] {
    display: flex;
    gap: 0.5rem;
    margin-inline-start: auto;
  }
`;

export const incomingCallStyles = [sharedStyles, own];
