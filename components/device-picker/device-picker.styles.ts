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
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.5rem;
    font-weight: 600;
  }
  label {
    display: grid;
    gap: 0.25rem;
    font-size: 0.875em;
  }
  select {
    min-height: 2.25rem;
    max-width: 100%;
    padding: 0 0.5rem;
    border: 1px solid var(--cc-device-picker-select-border, ${token.colorBorder});
    border-radius: ${token.radiusS};
    background: var(--cc-device-picker-select-background, ${token.colorSurface});
    color: inherit;
    font: inherit;
  }
  select:disabled {
    opacity: 0.6;
  }
  [part='level-meter'] {
    width: 100%;
    height: 0.5rem;
  }
  .meter {
    display: grid;
    gap: 0.25rem;
    font-size: 0.8125em;
  }
  .hint {
    margin: 0;
    font-size: 0.8125em;
    color: ${token.colorTextMuted};
  }
`;

export const devicePickerStyles = [sharedStyles, own];
