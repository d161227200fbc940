import type { Action } from '../actions.js';
import type { QueueStats, RosterAgent, SupervisorState } from '../state.js';

/** The supervisor's roster, queues, waiting calls and current supervision. */
export function supervisorReducer(state: SupervisorState, action: Action): SupervisorState {
  switch (action.type) {
    case 'supervisor/roster': {
      const agents: Record<string, RosterAgent> = {};
      for (const agent of action.agents) agents[agent.id] = agent;
      const queues: Record<string, QueueStats> = {};
      for (const queue of action.queues) queues[queue.id] = queue;
      return {
        ...state,
        agents,
        agentIds: action.agents.map((a) => a.id),
        queues,
        queueIds: action.queues.map((q) => q.id),
      };
    }
    case 'supervisor/agents-changed': {
      if (action.changes.length === 0) return state;
      const agents = { ...state.agents };
      let added: string[] | null = null;
      let changed = false;
      for (const change of action.changes) {
        const current = agents[change.id];
        if (current) {
          agents[change.id] = { ...current, ...change };
          changed = true;
        } else if (isCompleteAgent(change)) {
          agents[change.id] = change;
          (added ??= []).push(change.id);
          changed = true;
        }
      }
      // Changes only for agents it does not know (and cannot add): nothing changed.
      if (!changed) return state;
      return { ...state, agents, agentIds: added ? [...state.agentIds, ...added] : state.agentIds };
    }
    case 'supervisor/agents-removed': {
      const gone = new Set(action.ids.filter((id) => state.agents[id]));
      if (gone.size === 0) return state;
      const agents = { ...state.agents };
      for (const id of gone) delete agents[id];
      const supervising =
        state.supervising && gone.has(state.supervising.agentId) ? null : state.supervising;
      return {
        ...state,
        agents,
        agentIds: state.agentIds.filter((id) => !gone.has(id)),
        supervising,
      };
    }
    case 'supervisor/queues-changed': {
      const queues = { ...state.queues };
      const added: string[] = [];
      for (const queue of action.queues) {
        if (!queues[queue.id]) added.push(queue.id);
        queues[queue.id] = queue;
      }
      return {
        ...state,
        queues,
        queueIds: added.length ? [...state.queueIds, ...added] : state.queueIds,
      };
    }
    case 'supervisor/waiting':
      return { ...state, waiting: action.waiting };
    case 'supervisor/supervising':
      return { ...state, supervising: action.supervising };
    default:
      return state;
  }
}

function isCompleteAgent(change: Partial<RosterAgent>): change is RosterAgent {
  return (
    typeof change.name === 'string' &&
    typeof change.presence === 'string' &&
    typeof change.work === 'string'
  );
}
