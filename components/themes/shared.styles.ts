/**
 * Styles every kit element shares: type, box sizing, the focus ring, native controls dressed
 * in the tokens, and a visually hidden utility. Elements list it first in `static styles`.
 */
import { css } from 'lit';
import { token } from './tokens.js';

export const sharedStyles = css`
  :host {
    box-sizing: border-box;
    font-family: ${token.fontFamily};
    font-size: ${token.fontSizeM};
    line-height: ${token.lineHeight};
    color: ${token.colorText};
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  /* Visible to screen readers only. */
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  button,
  input,
  select {
    font: inherit;
    color: inherit;
    min-height: ${token.controlHeight};
    border-radius: ${token.radiusS};
  }

  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: ${token.space1};
    padding: 0 ${token.space3};
    border: 1px solid ${token.colorBorder};
    background: ${token.colorSurface};
    cursor: pointer;
    white-space: nowrap;
    transition:
      background-color ${token.transitionDuration},
      border-color ${token.transitionDuration};
  }

  button:hover:not(:disabled) {
    background: ${token.colorSurfaceRaised};
  }

  button.primary {
    background: ${token.colorPrimary};
    border-color: ${token.colorPrimary};
    color: ${token.colorOnPrimary};
  }

  button.success {
    background: ${token.colorSuccess};
    border-color: ${token.colorSuccess};
    color: ${token.colorOnSuccess};
  }

  button.danger {
    background: ${token.colorDanger};
    border-color: ${token.colorDanger};
    color: ${token.colorOnDanger};
  }

  button.primary:hover:not(:disabled),
  button.success:hover:not(:disabled),
  button.danger:hover:not(:disabled) {
    filter: brightness(1.1);
  }

  button:disabled,
  select:disabled,
  input:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }

  input,
  select {
    padding: 0 ${token.space2};
    border: 1px solid ${token.colorBorder};
    background: ${token.colorSurface};
    min-width: 0;
  }

  :focus-visible {
    outline: ${token.focusRingWidth} solid ${token.focusRingColor};
    outline-offset: ${token.focusRingOffset};
  }

  @media (forced-colors: active) {
    button,
    input,
    select {
      border: 1px solid ButtonText;
    }
  }
`;
