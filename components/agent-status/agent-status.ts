import { define } from '../base/cc-element.js';
import { CcAgentStatus } from './agent-status.component.js';

export { CcAgentStatus };
define('cc-agent-status', CcAgentStatus);

declare global {
  interface HTMLElementTagNameMap {
    'cc-agent-status': CcAgentStatus;
  }
}
