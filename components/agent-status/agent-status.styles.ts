import { css } from 'lit';
import { sharedStyles } from '../themes/shared.styles.js';
import { token } from '../themes/tokens.js';

/**
 * Component tokens fall back to the global ones (which fall back to the light theme), so the
 * element looks right with or without the theme files.
 */
export const agentStatusStyles = [
  sharedStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
      --_background: var(--cc-agent-status-background, ${token.colorSurface});
      --_color: var(--cc-agent-status-color, ${token.colorText});
      --_border: var(--cc-agent-status-border-color, ${token.colorBorderSubtle});
      --_radius: var(--cc-agent-status-radius, ${token.radiusM});
      --_padding: var(--cc-agent-status-padding, ${token.space2});
      --_gap: var(--cc-agent-status-gap, ${token.space2});
      --_indicator-size: var(--cc-agent-status-indicator-size, 0.625rem);
      --_state-color: ${token.stateOffline};
    }

    :host([agent-state='ready']) {
      --_state-color: ${token.stateReady};
    }
    :host([agent-state='not-ready']) {
      --_state-color: ${token.stateNotReady};
    }
    :host([agent-state='wrap-up']) {
      --_state-color: ${token.stateWrapUp};
    }
    :host([agent-state='on-call']) {
      --_state-color: ${token.stateTalking};
    }

    .base {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_gap);
      padding: var(--_padding);
      background: var(--_background);
      color: var(--_color);
      border: 1px solid var(--_border);
      border-left: 4px solid var(--_state-color);
      border-radius: var(--_radius);
      min-width: 0;
    }

    .status {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token.space2};
      min-width: 0;
    }

    .indicator {
      inline-size: var(--_indicator-size);
      block-size: var(--_indicator-size);
      border-radius: ${token.radiusPill};
      background: var(--_state-color);
      flex: none;
    }

    .state-label {
      font-weight: ${token.fontWeightStrong};
    }

    .reason,
    .work {
      color: ${token.colorTextMuted};
      overflow-wrap: anywhere;
    }

    .timer {
      font-family: ${token.fontFamilyMono};
      font-variant-numeric: tabular-nums;
      color: ${token.colorTextMuted};
    }

    .wrap-up .timer {
      color: ${token.colorWarning};
      font-weight: ${token.fontWeightStrong};
    }

    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token.space2};
      min-width: 0;
    }

    .reason-field select,
    .next-state select {
      max-inline-size: 14rem;
    }

    .logout {
      margin-inline-start: auto;
    }

    .login-form {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: ${token.space2};
      inline-size: 100%;
    }

    .field {
      display: flex;
      flex-direction: column;
      gap: 2px;
      font-size: ${token.fontSizeS};
      color: ${token.colorTextMuted};
      flex: 1 1 8rem;
      min-width: 0;
    }

    .field > input,
    .field > select {
      font-size: ${token.fontSizeM};
      color: ${token.colorText};
    }

    .field.inline {
      flex-direction: row;
      align-items: center;
      gap: ${token.space2};
      flex: 0 1 auto;
    }

    .banner,
    .error {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token.space2};
      inline-size: 100%;
      padding: ${token.space1} ${token.space2};
      border-radius: ${token.radiusS};
      background: ${token.colorWarningSurface};
      color: ${token.colorText};
    }

    .banner.problem,
    .error {
      background: ${token.colorDangerSurface};
    }

    .detail {
      color: ${token.colorText};
      font-size: ${token.fontSizeS};
      overflow-wrap: anywhere;
    }

    .error > button.icon {
      margin-inline-start: auto;
    }

    button.icon {
      min-inline-size: ${token.controlHeight};
      padding: 0;
      background: transparent;
      border-color: transparent;
    }

    .next-label {
      font-size: ${token.fontSizeS};
      overflow-wrap: anywhere;
    }

    /* Narrow (320 px phones, sidebars): one control per line, full width. */
    @container (max-width: 28rem) {
      .controls,
      .controls > *,
      .login-form > * {
        flex: 1 1 100%;
      }
      .reason-field select,
      .next-state select {
        inline-size: 100%;
        max-inline-size: none;
      }
      .logout {
        margin-inline-start: 0;
        flex: 1 1 100%;
      }
    }

    @media (forced-colors: active) {
      .indicator {
        forced-color-adjust: none;
        border: 1px solid CanvasText;
      }
    }
  `,
];
