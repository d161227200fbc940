import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Capabilities } from '../../core/backends/capabilities.js';
import type { CallCenter } from '../../core/call-center.js';
import type { Call } from '../../core/store/state.js';
import type {
  CcTransferSubmitEvent,
  TransferAction,
} from '../transfer-dialog/transfer-submit-event.js';
import type { Outcome } from './bar-errors.controller.js';
import type { ShownError } from './error-display.js';
import { LiveSubscription } from './live-subscription.js';

/** Runs a command and shows its failure through `showElsewhere` (the dialog). */
type Attempt = (
  command: () => Promise<void>,
  showElsewhere: (shown: ShownError) => void,
) => Promise<Outcome<void>>;

interface TransferState {
  open: boolean;
  mode: TransferAction;
  busy: boolean;
  dialogError: ShownError | null;
}

/**
 * The phone bar's transfer dialog: whether it is open and for what (transfer or consult), its
 * submission and its error, and the directory and queues it lists, followed only while open.
 */
export class TransferController implements ReactiveController {
  private state: TransferState = {
    open: false,
    mode: 'transfer',
    busy: false,
    dialogError: null,
  };

  /** The directory and queues: followed only while the dialog is open. */
  readonly roster = new LiveSubscription(
    (cc) => cc.selectors.selectRosterAgents,
    [],
    () => this.host.requestUpdate(),
  );
  readonly queues = new LiveSubscription(
    (cc) => cc.selectors.selectQueues,
    [],
    () => this.host.requestUpdate(),
  );

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callCenter: () => CallCenter,
    private readonly failures: { attempt: Attempt },
  ) {
    host.addController(this);
  }

  get open(): boolean {
    return this.state.open;
  }

  get mode(): TransferAction {
    return this.state.mode;
  }

  get busy(): boolean {
    return this.state.busy;
  }

  get dialogError(): ShownError | null {
    return this.state.dialogError;
  }

  hostDisconnected(): void {
    this.roster.stop();
    this.queues.stop();
  }

  openDialog(mode: TransferAction): void {
    this.set({ mode, dialogError: null, open: true });
  }

  close(): void {
    this.set({ open: false, dialogError: null });
  }

  async submit(event: CcTransferSubmitEvent): Promise<void> {
    // An internal conversation between the dialog and the bar; the bar's own events say what happened.
    event.stopPropagation();
    const cc = this.callCenter();
    this.set({ busy: true, dialogError: null });
    const { action, transferTarget } = event;
    const outcome = await this.failures.attempt(
      async () => {
        if (action === 'consult') await cc.calls.consult(transferTarget);
        else await cc.calls.transfer(transferTarget);
      },
      (shown) => this.set({ dialogError: shown }),
    );
    this.set({ busy: false });
    if (outcome.ok) this.set({ open: false });
  }

  /**
   * Before each update: closes the dialog when the active call can no longer be transferred,
   * and follows the directory and queues only while the dialog that lists them is open.
   */
  sync(active: Call | null, caps: Capabilities | undefined): void {
    if (this.state.open && !canOpenTransfer(active)) this.state = { ...this.state, open: false };
    const open = this.state.open && caps !== undefined;
    const agents =
      open && (caps.transferTargets.includes('agent') || caps.consultTargets.includes('agent'));
    const queues =
      open && (caps.transferTargets.includes('queue') || caps.consultTargets.includes('queue'));
    this.roster.sync(this.callCenter(), agents);
    this.queues.sync(this.callCenter(), queues);
  }

  private set(changes: Partial<TransferState>): void {
    const next = { ...this.state, ...changes };
    const keys = Object.keys(changes) as (keyof TransferState)[];
    if (keys.every((key) => next[key] === this.state[key])) return;
    this.state = next;
    this.host.requestUpdate();
  }
}

function canOpenTransfer(active: Call | null): boolean {
  return (
    active !== null && (active.state === 'talking' || active.state === 'held') && !active.consultOf
  );
}
