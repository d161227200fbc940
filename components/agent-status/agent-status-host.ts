/**
 * What `<cc-agent-status>` hands to the templates of its logged-in chunk (loaded lazily): the
 * store values of this render, the menus' choices, and its actions. The templates see the
 * element only through this interface.
 */
import type { CallCenter } from '../../core/call-center.js';
import type { AllowedActions } from '../../core/model/allowed-actions.js';
import type { AgentState, BackendInfo, NotReadyReason, WorkState } from '../../core/store/state.js';
import type { ShortcutAction } from '../base/shortcuts.js';

export interface AgentStatusHost {
  readonly callCenter: CallCenter;
  readonly agent: AgentState;
  readonly work: WorkState;
  readonly backend: BackendInfo;
  readonly allowed: AllowedActions['agent'];
  readonly pending: readonly string[];
  /** The reason chosen in the reason menu, before it is applied (null: none chosen). */
  chosenReason: string | null;
  /** The next state chosen in its menu, before it is applied (null: none chosen). */
  chosenNext: string | null;
  /** The reason in the menu: the chosen one, else the current one, else the back end's first. */
  reason(): NotReadyReason | null;
  /** The keys of a shortcut as the host set them ('' when off). */
  keysFor(action: ShortcutAction): string;
  /** Runs a command, shows its failure, and keeps focus (see the element's `run`). */
  run(command: () => Promise<unknown>, focusPart?: string): Promise<void>;
  goReady(): Promise<void>;
  goNotReady(): Promise<void>;
}
