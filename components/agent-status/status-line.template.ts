/**
 * The parts of `<cc-agent-status>` that show with or without login and need no logged-in chunk:
 * the connection and blocked-sound banners, the status line, the error, and the text said
 * through the live region when presence or the connection changes.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { AgentState, ConnectionState, WorkState } from '../../core/store/state.js';
import { formatDuration, isoDuration } from '../call-timer/ticker.js';
import { errorMessage, presenceLabel, workLabel } from '../i18n/labels.js';
import type { ShownError } from './agent-status-view.js';

/** What the live region says about presence and connection trouble. */
export function presenceAnnouncement(agent: AgentState, connection: ConnectionState): string {
  if (connection.transport === 'reconnecting') {
    return msg('Reconnecting…', { id: 'agent-status.reconnecting' });
  }
  if (agent.presence === 'offline') return presenceLabel('offline');
  const label = presenceLabel(agent.presence);
  const full = agent.reason ? `${label}, ${agent.reason.label}` : label;
  return msg(str`Status: ${full}`, { id: 'agent-status.announce-state' });
}

export function errorTemplate(
  error: ShownError | null,
  onDismiss: () => void,
): TemplateResult | typeof nothing {
  if (!error) return nothing;
  const detail = error.vendor?.message ?? error.vendor?.code;
  return html`<div part="error" class="error" role="alert">
    <span>${errorMessage(error.code)}</span>
    ${
      detail
        ? html`<span class="detail"
            >${msg(str`Details: ${detail}`, { id: 'agent-status.error-detail' })}</span
          >`
        : nothing
    }
    <button
      part="error-dismiss-button"
      class="icon"
      type="button"
      aria-label=${msg('Dismiss', { id: 'agent-status.dismiss' })}
      @click=${onDismiss}
    >
      <span aria-hidden="true">×</span>
    </button>
  </div>`;
}

export function connectionTemplate({
  transport,
  registration,
  reason,
  attempt,
}: ConnectionState): TemplateResult | typeof nothing {
  let text: string | null = null;
  let problem = true;
  if (transport === 'connecting') {
    text = msg('Connecting…', { id: 'agent-status.connecting' });
    problem = false;
  } else if (transport === 'reconnecting') {
    text =
      attempt > 0
        ? msg(str`Reconnecting… (attempt ${attempt})`, {
            id: 'agent-status.reconnecting-attempt',
          })
        : msg('Reconnecting…', { id: 'agent-status.reconnecting' });
  } else if (transport === 'disconnected' && reason) {
    text = msg('Disconnected.', { id: 'agent-status.disconnected' });
  } else if (registration === 'failed') {
    text = msg('The phone could not register.', { id: 'agent-status.registration-failed' });
  }
  if (text === null) return nothing;
  return html`<div part="connection-status" class="banner ${problem ? 'problem' : ''}">
    <span>${text}</span>
    ${reason && problem ? html`<span class="detail">${errorMessage(reason.code)}</span>` : nothing}
  </div>`;
}

export function audioBlockedTemplate(
  blocked: boolean,
  onEnable: () => void,
): TemplateResult | typeof nothing {
  if (!blocked) return nothing;
  return html`<div part="audio-banner" class="banner">
    <span>${msg('The browser blocked sound.', { id: 'agent-status.audio-blocked' })}</span>
    <button part="enable-audio-button" type="button" class="primary" @click=${onEnable}>
      ${msg('Enable sound', { id: 'agent-status.enable-audio' })}
    </button>
  </div>`;
}

export function statusTemplate(agent: AgentState, work: WorkState): TemplateResult {
  const elapsed = Date.now() - agent.since;
  return html`<div part="status" class="status">
    <span part="state-indicator" class="indicator" aria-hidden="true"></span>
    <span part="state-label" class="state-label">${presenceLabel(agent.presence)}</span>
    ${agent.reason ? html`<span part="reason" class="reason">${agent.reason.label}</span>` : nothing}
    ${work !== 'idle' ? html`<span part="work-label" class="work">${workLabel(work)}</span>` : nothing}
    <time
      part="state-timer"
      class="timer"
      role="timer"
      aria-label=${msg('Time in this state', { id: 'agent-status.state-timer' })}
      datetime=${isoDuration(elapsed)}
      >${formatDuration(elapsed)}</time
    >
  </div>`;
}
