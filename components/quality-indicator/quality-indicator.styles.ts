import { css } from 'lit';
import { sharedStyles } from '../themes/shared.styles.js';
import { token } from '../themes/tokens.js';

const own = css`
  :host {
    --_good: var(--cc-quality-indicator-good-color, ${token.colorSuccess});
    --_fair: var(--cc-quality-indicator-fair-color, ${token.colorWarning});
    --_poor: var(--cc-quality-indicator-poor-color, ${token.colorDanger});
    --_idle: var(--cc-quality-indicator-empty-color, ${token.colorBorder});
    position: relative;
    display: inline-block;
  }
  :host([hidden]) {
    display: none;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-height: 2rem;
    padding: 0 0.5em;
    border: 1px solid transparent;
    border-radius: ${token.radiusS};
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: default;
  }
  .bars {
    display: inline-flex;
    align-items: flex-end;
    gap: 2px;
    height: 14px;
  }
  .bar {
    width: 3px;
    border-radius: 1px;
    background: var(--_idle);
  }
  .bar:nth-child(1) {
    height: 20%;
  }
  .bar:nth-child(2) {
    height: 40%;
  }
  .bar:nth-child(3) {
    height: 60%;
  }
  .bar:nth-child(4) {
    height: 80%;
  }
  .bar:nth-child(5) {
    height: 100%;
  }
  :host([grade='d']) .bar.on,
  :host([grade='e']) .bar.on {
    background: var(--_good);
  }
  :host([grade='c']) .bar.on {
    background: var(--_fair);
  }
  :host([grade='a']) .bar.on,
  :host([grade='b']) .bar.on {
    background: var(--_poor);
  }
  .label {
    font-size: 0.875em;
  }
  :host([grade='a']) .label,
  :host([grade='b']) .label {
    /* The state colours are made for text on the surface (the danger colour is for fills). */
    color: var(--cc-quality-indicator-poor-text-color, ${token.stateNotReady});
    font-weight: 600;
  }
  [part='details'] {
    position: absolute;
    z-index: 10;
    inset-block-start: calc(100% + 4px);
    inset-inline-start: 0;
    min-width: 11rem;
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--cc-quality-indicator-details-border, ${token.colorBorder});
    border-radius: ${token.radiusS};
    background: var(--cc-quality-indicator-details-background, ${token.colorSurfaceRaised});
    color: var(--cc-quality-indicator-details-color, ${token.colorText});
    box-shadow: ${token.shadowRaised};
    font-size: 0.875em;
    display: none;
  }
  /* Details on hover and on keyboard focus; Escape hides them until the pointer or focus leaves. */
  :host(:hover:not([dismissed])) [part='details'],
  :host(:focus-within:not([dismissed])) [part='details'] {
    display: grid;
  }
  dl {
    display: grid;
    grid-template-columns: auto auto;
    gap: 0.25rem 1rem;
    margin: 0;
  }
  dt {
    color: ${token.colorTextMuted};
  }
  dd {
    margin: 0;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  dd.warning {
    color: var(--_poor);
    font-weight: 600;
  }
`;

export const qualityIndicatorStyles = [sharedStyles, own];
