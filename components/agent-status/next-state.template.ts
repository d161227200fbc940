import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { NextState } from '../../core/store/state.js';
import type { AgentStatusHost } from './agent-status-host.js';
import { nextStateValue, parseNextState } from './agent-status-view.js';

function nextStateText(next: NextState): string {
  if (next.presence === 'not-ready') {
    return msg(str`Not ready: ${next.reason.label}`, { id: 'agent-status.next-not-ready' });
  }
  return next.presence === 'ready'
    ? msg('Ready', { id: 'presence.ready' })
    : msg('Log out', { id: 'agent-status.log-out' });
}

/** During a call or wrap-up: the state to take when it ends, its menu, apply and clear. */
export function nextStateTemplate(host: AgentStatusHost): TemplateResult | typeof nothing {
  const caps = host.backend.capabilities;
  const agent = host.agent;
  if (!caps.nextState || agent.presence === 'offline' || host.work === 'idle') return nothing;
  const allowed = host.allowed.requestNextState;
  const busy = host.pending.includes('agent.requestNextState');
  const current = nextStateValue(agent.nextState);
  const chosen = host.chosenNext ?? current;
  const agentCommands = host.callCenter.agent;
  const options: { value: string; label: string }[] = [
    { value: '', label: msg('No change', { id: 'agent-status.next-none' }) },
    { value: 'ready', label: nextStateText({ presence: 'ready' }) },
    ...(caps.agentState
      ? host.backend.reasons.map((reason) => ({
          value: nextStateValue({ presence: 'not-ready', reason }),
          label: nextStateText({ presence: 'not-ready', reason }),
        }))
      : []),
    { value: 'offline', label: nextStateText({ presence: 'offline' }) },
  ];
  const apply = (): void => {
    const next = parseNextState(host.chosenNext ?? '', host.backend.reasons);
    if (next === undefined) return;
    void host.run(() => agentCommands.requestNextState(next));
  };
  const clear = (): void => {
    host.chosenNext = '';
    void host.run(() => agentCommands.requestNextState(null), 'next-state-menu');
  };
  return html`<div part="next-state" class="controls next-state">
    <label class="field inline">
      <span>${msg('After this call', { id: 'agent-status.next-state' })}</span>
      <select
        part="next-state-menu"
        ?disabled=${!allowed || busy}
        @change=${(event: Event) => {
          host.chosenNext = (event.target as HTMLSelectElement).value;
        }}
      >
        ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === chosen}>${o.label}</option>`)}
      </select>
    </label>
    <button
      part="next-state-button"
      type="button"
      ?disabled=${!allowed || busy || chosen === current}
      @click=${apply}
    >
      ${msg('Apply', { id: 'agent-status.next-apply' })}
    </button>
    ${
      agent.nextState
        ? html`<span part="next-state-label" class="next-label"
              >${msg(str`After this call: ${nextStateText(agent.nextState)}`, {
                id: 'agent-status.next-chosen',
              })}</span
            >
            <button
              part="next-state-clear-button"
              type="button"
              class="icon"
              ?disabled=${!allowed || busy}
              aria-label=${msg('Clear the next state', { id: 'agent-status.next-clear' })}
              @click=${clear}
            >
              <span aria-hidden="true">×</span>
            </button>`
        : nothing
    }
  </div>`;
}
