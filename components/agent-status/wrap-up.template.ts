import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDuration, isoDuration } from '../call-timer/ticker.js';
import type { AgentStatusHost } from './agent-status-host.js';
import { extensionSteps } from './agent-status-view.js';
import { reasonMenuTemplate } from './reason-menu.template.js';

/** During wrap-up: the countdown, the extend buttons, and end to ready or to not ready. */
export function wrapUpTemplate(host: AgentStatusHost): TemplateResult | typeof nothing {
  const agent = host.agent;
  const caps = host.backend.capabilities;
  if (agent.presence !== 'wrap-up' || !caps.wrapUp) return nothing;
  const allowed = host.allowed;
  const pending = host.pending;
  const agentCommands = host.callCenter.agent;
  const left =
    agent.wrapUpDeadline === null ? null : Math.max(0, agent.wrapUpDeadline - Date.now());
  const ending = pending.includes('agent.endWrapUp');
  const endNotReady = (): void => {
    const reason = host.reason();
    if (!reason) return;
    void host.run(
      () => agentCommands.endWrapUp({ presence: 'not-ready', reason }),
      'status-button',
    );
  };
  return html`<div
    part="wrap-up"
    class="controls wrap-up"
    role="group"
    aria-label=${msg('Wrap-up', { id: 'presence.wrap-up' })}
  >
    ${
      left === null
        ? nothing
        : html`<time
            part="wrap-up-timer"
            class="timer"
            role="timer"
            aria-label=${msg('Wrap-up time left', { id: 'agent-status.wrap-up-timer' })}
            datetime=${isoDuration(left)}
            >${msg(str`${formatDuration(left)} left`, { id: 'agent-status.wrap-up-left' })}</time
          >`
    }
    ${extensionSteps(caps.wrapUp).map(
      (seconds) =>
        html`<button
          part="extend-button"
          type="button"
          ?disabled=${!allowed.extendWrapUp || pending.includes('agent.extendWrapUp')}
          aria-label=${msg(str`+${seconds} s: extend wrap-up`, { id: 'agent-status.extend-label' })}
          @click=${() => void host.run(() => agentCommands.extendWrapUp(seconds))}
        >
          ${msg(str`+${seconds} s`, { id: 'agent-status.extend' })}
        </button>`,
    )}
    <button
      part="end-wrap-up-button status-button"
      class="success"
      type="button"
      ?disabled=${!allowed.endWrapUp || ending}
      aria-keyshortcuts=${host.keysFor('ready') || nothing}
      @click=${() => void host.run(() => agentCommands.endWrapUp('ready'), 'status-button')}
    >
      ${msg('End wrap-up: ready', { id: 'agent-status.end-to-ready' })}
    </button>
    ${
      caps.agentState
        ? html`${reasonMenuTemplate(host, !allowed.endWrapUp || ending)}
            <button
              part="end-wrap-up-not-ready-button"
              type="button"
              ?disabled=${!allowed.endWrapUp || ending || !host.reason()}
              aria-keyshortcuts=${host.keysFor('notReady') || nothing}
              @click=${endNotReady}
            >
              ${msg('End wrap-up: not ready', { id: 'agent-status.end-to-not-ready' })}
            </button>`
        : nothing
    }
  </div>`;
}
