/**
 * What a back end can do. The allowed-actions function and the UI read these: a control for a
 * capability the back end lacks is hidden, not merely disabled.
 */
import type { PhoneType, SupervisionMode, TransferTargetKind } from '../store/state.js';

export type SupervisorAction =
  | SupervisionMode
  | 'takeOver'
  | 'pickUp'
  | 'forceHangup'
  | 'forceReady'
  | 'forceNotReady'
  | 'forceLogout';

export interface Capabilities {
  /** The back end has agent presence (login, ready, not ready). A bare SIP phone may not. */
  readonly agentState: boolean;
  /** Wrap-up after calls, with its extension range in seconds (Sobot delayACW 30-900). */
  readonly wrapUp: {
    readonly extendable: boolean;
    readonly min: number;
    readonly max: number;
  } | null;
  readonly nextState: boolean;
  readonly phoneTypes: readonly PhoneType[];
  readonly outbound: boolean;
  /** Dial strings may be SIP URIs (sip:user@host) as well as numbers. */
  readonly sipUris: boolean;
  readonly callerIdChoice: boolean;
  readonly reject: boolean;
  readonly hold: boolean;
  readonly mute: boolean;
  /** DTMF digits A-D are allowed as well as 0-9 * #. */
  readonly dtmf: { readonly maxDigits: number; readonly letters: boolean } | null;
  readonly transferTargets: readonly TransferTargetKind[];
  readonly consult: boolean;
  readonly consultTargets: readonly TransferTargetKind[];
  readonly conference: boolean;
  /** More than one call at once (hold list, switching). */
  readonly multipleCalls: boolean;
  readonly supervisor: readonly SupervisorAction[];
  /** The kit handles media in the page: devices, quality and mute are local. */
  readonly localMedia: boolean;
}

/** A back end that can do nothing; adapters spread over it and switch on what they have. */
export const NO_CAPABILITIES: Capabilities = {
  agentState: false,
  wrapUp: null,
  nextState: false,
  phoneTypes: [],
  outbound: false,
  sipUris: false,
  callerIdChoice: false,
  reject: false,
  hold: false,
  mute: false,
  dtmf: null,
  transferTargets: [],
  consult: false,
  consultTargets: [],
  conference: false,
  multipleCalls: false,
  supervisor: [],
  localMedia: false,
};
