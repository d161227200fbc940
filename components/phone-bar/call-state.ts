/**
 * The phone bar's one-word state, reflected as its `call-state` attribute so a host page can
 * style or script around it: the agent's work (from the calls) with wrap-up on top.
 */
import type { Presence, WorkState } from '../../core/store/state.js';

export type PhoneBarCallState =
  'idle' | 'dialing' | 'ringing' | 'talking' | 'held' | 'consulting' | 'conference' | 'wrap-up';

export function phoneBarCallState(work: WorkState, presence: Presence): PhoneBarCallState {
  if (work === 'idle') return presence === 'wrap-up' ? 'wrap-up' : 'idle';
  return work === 'conferencing' ? 'conference' : work;
}
