import { css } from 'lit';

export const callTimerStyles = css`
  :host {
    display: inline-block;
    font-variant-numeric: tabular-nums;
    font-family: var(--cc-call-timer-font-family, inherit);
    color: var(--cc-call-timer-color, inherit);
  }
  :host([hidden]) {
    display: none;
  }
`;
