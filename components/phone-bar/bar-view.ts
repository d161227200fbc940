import type { CallCenter } from '../../core/call-center.js';
import type { CallCommand } from '../../core/model/allowed-actions.js';
import type { Capabilities } from '../../core/backends/capabilities.js';
import type {
  AgentState,
  BackendInfo,
  Call,
  CallQuality,
  DevicesState,
  WorkState,
} from '../../core/store/state.js';
import type { ShortcutsController } from '../base/shortcuts.js';
import type { Selection } from '../context/call-center-controller.js';
import type { CallCommands } from './call-commands.js';
import type { PhoneBarCallState } from './call-state.js';
import { controlButton } from './control-button.template.js';
import type { NumberEntryController } from './number-entry.controller.js';
import type { PanelsController } from './panels.controller.js';
import type { PhoneBarView } from './phone-bar-view.js';
import type { TransferController } from './transfer.controller.js';

/** What the bar's view reads: the bar's internals, its store selections and its controllers. */
export interface PhoneBarViewSource {
  readonly callCenter: CallCenter;
  readonly callState: PhoneBarCallState;
  readonly inCallTones: boolean;
  supported(command: CallCommand): boolean;
  allowed(command: CallCommand): boolean;
  run(command: () => Promise<unknown>): void;
  readonly store: {
    readonly caps: Selection<Capabilities>;
    readonly backend: Selection<BackendInfo>;
    readonly agent: Selection<AgentState>;
    readonly calls: Selection<readonly Call[]>;
    readonly holdList: Selection<readonly Call[]>;
    readonly work: Selection<WorkState>;
    readonly quality: Selection<CallQuality | null>;
    readonly devices: Selection<DevicesState>;
  };
  readonly keys: ShortcutsController;
  readonly commands: CallCommands;
  readonly entry: NumberEntryController;
  readonly panels: PanelsController;
  /** Created once the in-call chunk (which holds it and the dialog) is here. */
  readonly transfer: TransferController | null;
}

/** What the templates see of the bar (getters: each read is this render's value). */
export function createPhoneBarView(bar: PhoneBarViewSource): PhoneBarView {
  const { store, keys, commands, entry, panels } = bar;
  return {
    get callCenter() {
      return bar.callCenter;
    },
    get callState() {
      return bar.callState;
    },
    get calls() {
      return store.calls.value ?? [];
    },
    get holdList() {
      return store.holdList.value ?? [];
    },
    get work() {
      return store.work.value;
    },
    get quality() {
      return store.quality.value ?? null;
    },
    get caps() {
      return store.caps.value;
    },
    get backend() {
      return store.backend.value;
    },
    get devices() {
      return store.devices.value;
    },
    get selfId() {
      return store.agent.value?.id ?? null;
    },
    get inCallTones() {
      return bar.inCallTones;
    },
    get keypadOpen() {
      return panels.keypadOpen;
    },
    get devicesOpen() {
      return panels.devicesOpen;
    },
    get transferOpen() {
      return bar.transfer?.open ?? false;
    },
    get transferMode() {
      return bar.transfer?.mode ?? 'transfer';
    },
    get transferBusy() {
      return bar.transfer?.busy ?? false;
    },
    get dialogError() {
      return bar.transfer?.dialogError ?? null;
    },
    get roster() {
      return bar.transfer?.roster.value ?? [];
    },
    get queues() {
      return bar.transfer?.queues.value ?? [];
    },
    supported: (command) => bar.supported(command),
    allowed: (command) => bar.allowed(command),
    button: (options) =>
      controlButton(options, options.shortcut ? keys.keysFor(options.shortcut) : ''),
    run: (command) => bar.run(command),
    answer: () => commands.answer(),
    reject: () => commands.reject(),
    hangup: () => commands.hangup(),
    toggleHold: () => commands.toggleHold(),
    toggleMute: () => commands.toggleMute(),
    openTransfer: (mode) => bar.transfer?.openDialog(mode),
    onKeypadInput: (event) => entry.handleKeypadInput(event),
    onTransferSubmit: (event) => void bar.transfer?.submit(event),
    onTransferClose: () => bar.transfer?.close(),
  };
}
