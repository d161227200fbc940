import { css } from 'lit';
import { sharedStyles } from '../themes/shared.styles.js';
import { token } from '../themes/tokens.js';

/**
 * Layout by the bar's own width (a container query), not the window's: the same bar sits in a
 * 320 px side panel (stacked, icon buttons) or across the top of a CRM (one row, labelled,
 * wrapping the controls onto a second line when they do not fit).
 */
const own = css`
  :host {
    display: block;
    container: phone-bar / inline-size;
    font-family: var(--cc-phone-bar-font-family, ${token.fontFamily});
    color: var(--cc-phone-bar-color, ${token.colorText});
  }

  .bar {
    display: flex;
    flex-direction: column;
    gap: var(--cc-phone-bar-gap, ${token.space2});
    padding: var(--cc-phone-bar-padding, ${token.space3});
    border: 1px solid var(--cc-phone-bar-border, ${token.colorBorderSubtle});
    border-radius: var(--cc-phone-bar-radius, ${token.radiusM});
    background: var(--cc-phone-bar-background, ${token.colorSurface});
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--cc-phone-bar-gap, ${token.space2});
  }

  /* Who the call is with, its state, timer and quality. */
  .party {
    display: flex;
    flex-direction: column;
    flex: 0 1 16rem;
    min-width: 9rem;
  }
  .who {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 ${token.space2};
    min-width: 0;
  }
  .name {
    font-weight: ${token.fontWeightStrong};
    overflow-wrap: anywhere;
  }
  .number {
    color: ${token.colorTextMuted};
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 ${token.space2};
    font-size: ${token.fontSizeS};
    color: ${token.colorTextMuted};
  }
  :host([call-state='talking']) [part~='call-state'] {
    color: ${token.stateTalking};
  }
  :host([call-state='held']) [part~='call-state'] {
    color: ${token.stateHeld};
  }
  :host([call-state='wrap-up']) [part~='call-state'] {
    color: ${token.stateWrapUp};
  }

  .dialer {
    display: flex;
    gap: ${token.space1};
    flex: 1 1 16rem;
    min-width: 12rem;
    max-width: 30rem;
  }
  .dialer input {
    flex: 1 1 8rem;
    min-width: 6rem;
    font-variant-numeric: tabular-nums;
  }
  .dialer input[aria-invalid='true'] {
    border-color: ${token.colorDanger};
  }
  .dialer select {
    flex: 0 1 10rem;
    min-width: 0;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token.space1};
  }

  .control .icon {
    flex: none;
  }
  .control.answer {
    background: var(--cc-phone-bar-answer-background, ${token.colorSuccess});
    border-color: var(--cc-phone-bar-answer-background, ${token.colorSuccess});
    color: var(--cc-phone-bar-answer-color, ${token.colorOnSuccess});
  }
  .control.hangup {
    background: var(--cc-phone-bar-hangup-background, ${token.colorDanger});
    border-color: var(--cc-phone-bar-hangup-background, ${token.colorDanger});
    color: var(--cc-phone-bar-hangup-color, ${token.colorOnDanger});
  }
  .control.answer:hover:not(:disabled),
  .control.hangup:hover:not(:disabled) {
    filter: brightness(1.1);
    background: var(--cc-phone-bar-answer-background, ${token.colorSuccess});
  }
  .control.hangup:hover:not(:disabled) {
    background: var(--cc-phone-bar-hangup-background, ${token.colorDanger});
  }
  .control[aria-pressed='true'] {
    background: var(--cc-phone-bar-pressed-background, ${token.colorWarningSurface});
    border-color: var(--cc-phone-bar-pressed-border, ${token.colorWarning});
  }
  .control[aria-expanded='true'] {
    background: ${token.colorSurfaceRaised};
    border-color: ${token.colorPrimary};
  }

  .incoming-actions {
    display: flex;
    gap: ${token.space1};
  }

  .panel {
    padding: ${token.space3};
    border: 1px solid ${token.colorBorderSubtle};
    border-radius: ${token.radiusM};
    background: var(--cc-phone-bar-panel-background, ${token.colorSurfaceRaised});
  }
  cc-device-picker {
    max-width: 24rem;
  }

  .error {
    display: flex;
    align-items: flex-start;
    gap: ${token.space2};
    padding: ${token.space2};
    border-radius: ${token.radiusS};
    background: var(--cc-phone-bar-error-background, ${token.colorDangerSurface});
    color: var(--cc-phone-bar-error-color, ${token.colorText});
  }
  .error > .icon {
    color: ${token.colorDanger};
    margin-top: 0.1em;
  }
  .error-text {
    display: flex;
    flex-direction: column;
    flex: 1;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .error-detail {
    font-size: ${token.fontSizeS};
    color: ${token.colorTextMuted};
  }
  .error .dismiss {
    min-height: 1.75rem;
    padding: 0 ${token.space1};
    border-color: transparent;
    background: transparent;
  }

  /* Narrow (a side panel, a phone): one column, icon buttons named by their hidden labels. */
  @container phone-bar (max-width: 479px) {
    /* A grid, not a column flexbox: a flex column sizes the button grid below at its
       min-content width (one button a row) and leaves the rows stretched. */
    .row {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
    }
    .party,
    .dialer {
      min-width: 0;
      max-width: none;
    }
    .dialer .label,
    .controls .label {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .controls {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(2.75rem, 1fr));
    }
    .controls .control,
    .dialer .control {
      padding: 0 ${token.space2};
    }
  }
`;

export const phoneBarStyles = [sharedStyles, own];
