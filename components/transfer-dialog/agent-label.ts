/**
 * How the transfer directory words an agent's live state, and who comes first: free agents,
 * then busy ones, then those not ready, offline last. The words are the kit's shared labels,
 * so the directory says what `<cc-agent-status>` says.
 */
import { msg, str } from '@lit/localize';
import type { RosterAgent } from '../../core/store/state.js';
import { presenceLabel, workLabel } from '../i18n/labels.js';

export function agentStateLabel(agent: RosterAgent): string {
  if (agent.presence === 'not-ready' && agent.reason?.label) {
    const reason = agent.reason.label;
    return msg(str`Not ready: ${reason}`, { id: 'transfer-dialog.agent.not-ready-reason' });
  }
  if (agent.presence === 'ready' && agent.work !== 'idle') return workLabel(agent.work);
  return presenceLabel(agent.presence);
}

/** 0 free, 1 on a call, 2 not ready or wrapping up, 3 offline. */
export function agentRank(agent: RosterAgent): number {
  if (agent.presence === 'offline') return 3;
  if (agent.presence !== 'ready') return 2;
  return agent.work === 'idle' ? 0 : 1;
}

/** Agents whose name, id or extension contains `query` (case-insensitive), best first. */
export function searchAgents(
  agents: readonly RosterAgent[],
  query: string,
  excludeId: string | null,
): RosterAgent[] {
  const q = query.trim().toLocaleLowerCase();
  return agents
    .filter(
      (a) =>
        a.id !== excludeId &&
        (q === '' ||
          a.name.toLocaleLowerCase().includes(q) ||
          a.id.toLocaleLowerCase().includes(q) ||
          a.extension.toLocaleLowerCase().includes(q)),
    )
    .sort((a, b) => agentRank(a) - agentRank(b) || a.name.localeCompare(b.name));
}
