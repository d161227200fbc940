import { css } from 'lit';
import { sharedStyles } from '../themes/shared.styles.js';
import { token } from '../themes/tokens.js';

const own = css`
  :host {
    display: block;
    --_key-size: var(--cc-dial-pad-key-size, 3rem);
  }
  :host([hidden]) {
    display: none;
  }
  [part='base'] {
    display: grid;
    grid-template-columns: repeat(var(--_columns, 3), var(--_key-size));
    gap: var(--cc-dial-pad-gap, 0.5rem);
    justify-content: center;
  }
  :host([letters]) [part='base'] {
    --_columns: 4;
  }
  button {
    display: grid;
    place-content: center;
    width: var(--_key-size);
    height: var(--_key-size);
    padding: 0;
    border: 1px solid var(--cc-dial-pad-key-border, ${token.colorBorder});
    border-radius: var(--cc-dial-pad-key-radius, 50%);
    background: var(--cc-dial-pad-key-background, ${token.colorSurface});
    color: var(--cc-dial-pad-key-color, ${token.colorText});
    font: inherit;
    line-height: 1.1;
    cursor: pointer;
  }
  button:hover {
    background: var(--cc-dial-pad-key-hover-background, ${token.colorSurfaceRaised});
  }
  button:active,
  button.pressed {
    background: var(--cc-dial-pad-key-active-background, ${token.colorBorderSubtle});
  }
  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .digit {
    font-size: 1.25em;
    font-weight: 500;
  }
  .letters {
    font-size: 0.625em;
    letter-spacing: 0.08em;
    color: ${token.colorTextMuted};
    min-height: 1em;
  }
`;

export const dialPadStyles = [sharedStyles, own];
