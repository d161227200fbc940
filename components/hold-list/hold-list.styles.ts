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
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='item'] {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-width: 0;
    padding: 0.25rem 0.25rem 0.25rem 0.75rem;
    border: 1px solid var(--cc-hold-list-item-border, ${token.colorBorder});
    border-radius: var(--cc-hold-list-item-radius, ${token.radiusM});
    background: var(--cc-hold-list-item-background, ${token.colorSurfaceRaised});
  }
  .who {
    display: flex;
    flex-direction: column;
    min-width: 0;
    line-height: 1.2;
  }
  .name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    max-width: 14rem;
  }
  .state {
    display: flex;
    gap: 0.375em;
    font-size: 0.75em;
    color: ${token.colorTextMuted};
  }
  button {
    min-height: 2rem;
    padding: 0 0.75rem;
    border: 1px solid var(--cc-hold-list-button-border, ${token.colorBorder});
    border-radius: ${token.radiusS};
    background: var(--cc-hold-list-button-background, ${token.colorSurface});
    color: var(--cc-hold-list-button-color, ${token.colorText});
    font: inherit;
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
`;

export const holdListStyles = [sharedStyles, own];
