/** Supervisor actions on another agent or their call. */
import type { Backend } from '../backends/backend.js';
import { CallCenterError } from '../model/errors.js';
import { validateReason } from '../model/validation.js';
import type { NotReadyReason } from '../store/state.js';
import { noop, requireText, type CommandContext } from './command-context.js';
import type { SupervisorCommands } from './types.js';

export function createSupervisorCommands(ctx: CommandContext): SupervisorCommands {
  function supervisorCommand(
    name: Exclude<keyof SupervisorCommands, 'pickUp' | 'stop' | 'forceNotReady'>,
    agentId: string,
  ): Promise<void> {
    return ctx.run(
      `supervisor.${name}`,
      { agentId },
      () => requireText(agentId, 'unknown-agent', 'Choose an agent.'),
      (b) => requireSupervisor(b)[name](agentId),
    );
  }

  const supervisor: SupervisorCommands = {
    listen: (agentId) => supervisorCommand('listen', agentId),
    whisper: (agentId) => supervisorCommand('whisper', agentId),
    barge: (agentId) => supervisorCommand('barge', agentId),
    takeOver: (agentId) => supervisorCommand('takeOver', agentId),
    forceHangup: (agentId) => supervisorCommand('forceHangup', agentId),
    forceReady: (agentId) => supervisorCommand('forceReady', agentId),
    forceLogout: (agentId) => supervisorCommand('forceLogout', agentId),
    forceNotReady: (agentId, reason) => {
      let valid: NotReadyReason | undefined;
      return ctx.run(
        'supervisor.forceNotReady',
        { agentId },
        () => {
          requireText(agentId, 'unknown-agent', 'Choose an agent.');
          valid =
            reason === undefined
              ? undefined
              : validateReason(reason, ctx.store.snapshot.backend.reasons);
        },
        (b) => requireSupervisor(b).forceNotReady(agentId, valid),
      );
    },
    pickUp: (waitingCallId) =>
      ctx.run(
        'supervisor.pickUp',
        { waitingCallId },
        () => requireText(waitingCallId, 'unknown-call', 'Choose a waiting call.'),
        (b) => requireSupervisor(b).pickUp(waitingCallId),
      ),
    stop: () => ctx.run('supervisor.stop', {}, noop, (b) => requireSupervisor(b).stop()),
  };

  return supervisor;
}

function requireSupervisor(b: Backend) {
  if (!b.supervisor)
    throw new CallCenterError('not-supported', 'This back end has no supervisor actions.');
  return b.supervisor;
}
