import type { ShortcutHost } from '../base/shortcuts.js';
import type { PhoneBarCallState } from './call-state.js';

/** What the bar's lazily loaded logic (phone-bar-logic.ts) uses of the element. */
export interface PhoneBarHost extends ShortcutHost {
  /** Set by the logic before each render. */
  callState: PhoneBarCallState;
  /** The caller-ID option chosen; the logic changes it when the agent picks another. */
  callerId: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
}
