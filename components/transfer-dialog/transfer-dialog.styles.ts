import { css } from 'lit';
import { sharedStyles } from '../themes/shared.styles.js';
import { token } from '../themes/tokens.js';

const own = css`
  :host {
    display: contents;
  }
  dialog {
    width: min(32rem, calc(100vw - 2rem));
    max-height: min(40rem, calc(100vh - 2rem));
    padding: 0;
    border: 1px solid var(--cc-transfer-dialog-border, ${token.colorBorder});
    border-radius: var(--cc-transfer-dialog-radius, ${token.radiusM});
    background: var(--cc-transfer-dialog-background, ${token.colorSurfaceRaised});
    color: var(--cc-transfer-dialog-color, ${token.colorText});
    font-family: ${token.fontFamily};
    box-shadow: ${token.shadowRaised};
  }
  dialog::backdrop {
    background: var(--cc-transfer-dialog-backdrop, rgb(0 0 0 / 0.4));
  }
  form {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    padding: 1rem;
    max-height: inherit;
    box-sizing: border-box;
  }
  h2 {
    margin: 0;
    font-size: 1.125em;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.25rem;
    font-weight: 600;
    font-size: 0.875em;
  }
  .kinds {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  input[type='radio'] {
    /* The shared control height is for text fields and buttons. */
    min-height: 0;
    margin: 0;
  }
  label {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  input[type='search'],
  input[type='tel'],
  input[type='text'] {
    width: 100%;
    box-sizing: border-box;
    min-height: 2.25rem;
    padding: 0 0.5rem;
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radiusS};
    background: ${token.colorSurface};
    color: inherit;
    font: inherit;
  }
  .list {
    display: flex;
    flex-direction: column;
    overflow-y: auto;
    max-height: 16rem;
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radiusS};
  }
  .option {
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: center;
    gap: 0.5rem;
    padding: 0.375rem 0.5rem;
    border-bottom: 1px solid ${token.colorBorderSubtle};
  }
  .option:last-child {
    border-bottom: 0;
  }
  .option:has(input:disabled) {
    color: ${token.colorTextMuted};
  }
  .option-name {
    overflow-wrap: anywhere;
  }
  .option-extra {
    font-size: 0.8125em;
    color: ${token.colorTextMuted};
    text-align: end;
  }
  .dot {
    display: inline-block;
    width: 0.5rem;
    height: 0.5rem;
    border-radius: 50%;
    margin-inline-end: 0.25rem;
    background: ${token.colorBorder};
  }
  .rank-0 .dot {
    background: ${token.colorSuccess};
  }
  .rank-1 .dot {
    background: ${token.colorWarning};
  }
  .rank-2 .dot {
    background: ${token.colorDanger};
  }
  .hint,
  .empty {
    font-size: 0.8125em;
    color: ${token.colorTextMuted};
    margin: 0;
  }
  .empty {
    padding: 0.5rem;
  }
  [part='error'] {
    margin: 0;
    padding: 0.5rem;
    border-radius: ${token.radiusS};
    background: ${token.colorDangerSurface};
    color: ${token.colorDanger};
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
  }
  .actions button {
    min-height: 2.25rem;
    padding: 0 1rem;
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radiusS};
    background: ${token.colorSurface};
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .actions button.primary {
    border-color: var(--cc-transfer-dialog-primary-background, ${token.colorPrimary});
    background: var(--cc-transfer-dialog-primary-background, ${token.colorPrimary});
    color: var(--cc-transfer-dialog-primary-color, ${token.colorOnPrimary});
  }
  .actions button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
`;

export const transferDialogStyles = [sharedStyles, own];
