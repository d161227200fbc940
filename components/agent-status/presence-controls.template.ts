import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { AgentStatusHost } from './agent-status-host.js';
import { reasonMenuTemplate } from './reason-menu.template.js';

/**
 * Ready: the reason menu and "Set not ready". Not ready: "Set ready", the reason menu and
 * "Change reason". Nothing during calls and wrap-up, or without agent states.
 */
export function presenceControlsTemplate(host: AgentStatusHost): TemplateResult | typeof nothing {
  const caps = host.backend.capabilities;
  const agent = host.agent;
  if (!caps.agentState || agent.presence === 'wrap-up' || host.work !== 'idle') return nothing;
  const allowed = host.allowed;
  const pending = host.pending;
  const ready = agent.presence === 'ready';
  const busy = pending.includes('agent.setReady') || pending.includes('agent.setNotReady');
  const reasonBusy = busy || !allowed.setNotReady;
  if (ready) {
    return html`<div class="controls">
      ${reasonMenuTemplate(host, reasonBusy)}
      <button
        part="status-button"
        type="button"
        ?disabled=${!allowed.setNotReady || busy}
        aria-keyshortcuts=${host.keysFor('notReady') || nothing}
        @click=${() => void host.goNotReady()}
      >
        ${msg('Set not ready', { id: 'agent-status.set-not-ready' })}
      </button>
    </div>`;
  }
  // Not ready: go ready, or switch to another reason chosen in the menu.
  const otherReason = host.chosenReason !== null && host.chosenReason !== agent.reason?.code;
  return html`<div class="controls">
    <button
      part="status-button"
      class="success"
      type="button"
      ?disabled=${!allowed.setReady || busy}
      aria-keyshortcuts=${host.keysFor('ready') || nothing}
      @click=${() => void host.goReady()}
    >
      ${msg('Set ready', { id: 'agent-status.set-ready' })}
    </button>
    ${reasonMenuTemplate(host, reasonBusy)}
    ${
      host.backend.reasons.length > 1
        ? html`<button
            part="reason-button"
            type="button"
            ?disabled=${reasonBusy || !otherReason}
            @click=${() => void host.goNotReady()}
          >
            ${msg('Change reason', { id: 'agent-status.change-reason' })}
          </button>`
        : nothing
    }
  </div>`;
}
