import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { AgentStatusHost } from './agent-status-host.js';

/** The `<select>` of the back end's not-ready reasons. */
export function reasonMenuTemplate(
  host: AgentStatusHost,
  disabled: boolean,
): TemplateResult | typeof nothing {
  const reasons = host.backend.reasons;
  if (reasons.length === 0) return nothing;
  const selected = host.reason()?.code;
  return html`<label class="reason-field">
    <span class="visually-hidden">${msg('Not-ready reason', { id: 'agent-status.reason' })}</span>
    <select
      part="reason-menu"
      ?disabled=${disabled}
      @change=${(event: Event) => {
        host.chosenReason = (event.target as HTMLSelectElement).value;
      }}
    >
      ${reasons.map(
        (r) => html`<option value=${r.code} ?selected=${r.code === selected}>${r.label}</option>`,
      )}
    </select>
  </label>`;
}
