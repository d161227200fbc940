import type { TransferTarget } from '../store/state.js';

/** The value a transfer target names, whatever its kind: number, extension, agent, queue, IVR node. */
export function targetAddress(target: TransferTarget): string {
  switch (target.kind) {
    case 'number':
      return target.number;
    case 'extension':
      return target.extension;
    case 'agent':
      return target.agentId;
    case 'queue':
      return target.queueId;
    case 'ivr':
      return target.nodeId;
  }
}
