/**
 * What the phone bar hands to its templates: the store values of this render, its UI state, its
 * checks and its actions. The templates of the in-call chunk (loaded lazily) see the bar only
 * through this interface, so they need no access to the element's private members.
 */
import type { TemplateResult } from 'lit';
import type { CallCenter } from '../../core/call-center.js';
import type { Capabilities } from '../../core/backends/capabilities.js';
import type { CallCommand } from '../../core/model/allowed-actions.js';
import type {
  BackendInfo,
  Call,
  CallQuality,
  DevicesState,
  QueueStats,
  RosterAgent,
  WorkState,
} from '../../core/store/state.js';
import type { ShortcutAction } from '../base/shortcuts.js';
import type {
  CcTransferSubmitEvent,
  TransferAction,
} from '../transfer-dialog/transfer-submit-event.js';
import type { PhoneBarCallState } from './call-state.js';
import type { ShownError } from './error-display.js';

/** A control button: an icon and a label (visually hidden in narrow layouts, always its name). */
export interface ControlButtonOptions {
  part: string;
  label: string;
  icon: TemplateResult;
  onClick: () => void;
  enabled: boolean;
  pressed?: boolean;
  expanded?: boolean;
  controls?: string;
  shortcut?: ShortcutAction;
  tone?: 'answer' | 'hangup';
}

export interface PhoneBarView {
  readonly callCenter: CallCenter;
  readonly callState: PhoneBarCallState;
  readonly calls: readonly Call[];
  readonly holdList: readonly Call[];
  readonly work: WorkState | undefined;
  readonly quality: CallQuality | null;
  readonly caps: Capabilities | undefined;
  readonly backend: BackendInfo | undefined;
  readonly devices: DevicesState | undefined;
  /** The logged-in agent's id (left out of the transfer directory). */
  readonly selfId: string | null;
  /** Typed keys are keypad tones now. */
  readonly inCallTones: boolean;
  readonly keypadOpen: boolean;
  readonly devicesOpen: boolean;
  readonly transferOpen: boolean;
  readonly transferMode: TransferAction;
  readonly transferBusy: boolean;
  readonly dialogError: ShownError | null;
  /** The directory and queues: empty unless the transfer dialog is open. */
  readonly roster: readonly RosterAgent[];
  readonly queues: readonly QueueStats[];

  /** False when the back end lacks the capability: the control is hidden. */
  supported(command: CallCommand): boolean;
  /** True when the command may run now and is not already running. */
  allowed(command: CallCommand): boolean;
  button(options: ControlButtonOptions): TemplateResult;
  /** Runs a facade command; a failure is shown in the bar. */
  run(command: () => Promise<unknown>): void;

  answer(): void;
  reject(): void;
  hangup(): void;
  toggleHold(): void;
  toggleMute(): void;
  openTransfer(mode: TransferAction): void;
  onKeypadInput(event: Event): void;
  onTransferSubmit(event: CcTransferSubmitEvent): void;
  onTransferClose(): void;
}
