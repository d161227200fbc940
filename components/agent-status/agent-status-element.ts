import type { ShortcutHost } from '../base/shortcuts.js';
import type { AgentStateAttribute } from './agent-status-view.js';

/** What the element's lazily loaded logic (agent-status-logic.ts) uses of `<cc-agent-status>`. */
export interface AgentStatusElement extends ShortcutHost {
  /** The login form's agent id; the logic keeps what was submitted. */
  agentId: string;
  /** The login form's extension; the logic keeps what was submitted. */
  extension: string;
  readonly noPassword: boolean;
  /** Set by the logic before each render. */
  agentState: AgentStateAttribute;
  readonly renderRoot: HTMLElement | DocumentFragment;
}
