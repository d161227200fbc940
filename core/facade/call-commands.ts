/** The call commands: dial, answer, hold, DTMF, transfers, consultation, conference. */
import type { Backend } from '../backends/backend.js';
import { commandCall, type CallCommand } from '../model/allowed-actions.js';
import { CallCenterError } from '../model/errors.js';
import { validateDtmf, validateNumber, validateTransferTarget } from '../model/validation.js';
import type { TransferTarget } from '../store/state.js';
import { requireText, type CommandContext } from './command-context.js';
import type { CallCommands } from './types.js';

export function createCallCommands(ctx: CommandContext): CallCommands {
  const caps = () => ctx.store.snapshot.backend.capabilities;

  /** Runs a call command on its resolved call (the given one, else the natural default). */
  function callCommand<T>(
    name: CallCommand,
    callId: string | undefined,
    execute: (b: Backend, callId: string) => Promise<T>,
    validate: () => void = () => {},
  ): Promise<T> {
    return ctx.run(`calls.${name}`, callId === undefined ? {} : { callId }, validate, (b) => {
      const call = commandCall(ctx.store.snapshot, name, callId);
      // refusal() has already checked the call exists.
      return execute(b, call!.id);
    });
  }

  const calls: CallCommands = {
    dial: (number, options = {}) => {
      let normalized = '';
      return ctx.run(
        'calls.dial',
        {},
        () => {
          normalized = validateNumber(number, caps());
          if (
            options.callerId !== undefined &&
            !ctx.store.snapshot.backend.callerIds.some((c) => c.id === options.callerId)
          ) {
            throw new CallCenterError(
              'invalid-config',
              `"${options.callerId}" is not one of this back end's caller IDs.`,
            );
          }
        },
        (b) =>
          b.dial({
            number: normalized,
            ...(options.callerId ? { callerId: options.callerId } : {}),
          }),
      );
    },
    answer: (callId) => callCommand('answer', callId, (b, id) => b.answer(id)),
    reject: (callId) => callCommand('reject', callId, (b, id) => b.reject(id)),
    hangup: (callId) =>
      callCommand('hangup', callId, (b, id) => {
        const call = ctx.store.snapshot.calls.byId[id]!;
        // Hanging up a ringing inbound call is rejecting it.
        return call.state === 'ringing' && call.direction !== 'outbound'
          ? b.reject(id)
          : b.hangup(id);
      }),
    hold: (callId) => callCommand('hold', callId, (b, id) => b.hold(id)),
    resume: (callId) => callCommand('resume', callId, (b, id) => b.resume(id)),
    mute: (callId) => callCommand('mute', callId, (b, id) => b.mute(id)),
    unmute: (callId) => callCommand('unmute', callId, (b, id) => b.unmute(id)),
    sendDtmf: (digits, callId) => {
      let valid = '';
      return callCommand(
        'sendDtmf',
        callId,
        (b, id) => b.sendDtmf(id, valid),
        () => {
          valid = validateDtmf(digits, caps().dtmf ?? { maxDigits: 24, letters: false });
        },
      );
    },
    transfer: (target, callId) => {
      let valid: TransferTarget;
      return callCommand(
        'transfer',
        callId,
        (b, id) => b.transfer(id, valid),
        () => {
          valid = validateTransferTarget(target, caps().transferTargets, caps());
          checkTargetExists(valid);
        },
      );
    },
    consult: (target, callId) => {
      let valid: TransferTarget;
      return callCommand(
        'consult',
        callId,
        (b, id) => b.consult(id, valid),
        () => {
          valid = validateTransferTarget(target, caps().consultTargets, caps());
          checkTargetExists(valid);
        },
      );
    },
    cancelConsult: (consultId) =>
      callCommand('cancelConsult', consultId, (b, id) => b.cancelConsult(id)),
    retrieve: (consultId) => callCommand('retrieve', consultId, (b, id) => b.retrieve(id)),
    completeTransfer: (consultId) =>
      callCommand('completeTransfer', consultId, (b, id) => b.completeTransfer(id)),
    conference: (consultId) => callCommand('conference', consultId, (b, id) => b.conference(id)),
    switchTo: (callId) =>
      ctx.run(
        'calls.switchTo',
        { callId },
        () => requireText(callId, 'unknown-call', 'Choose a call to switch to.'),
        (b) => b.switchTo(callId),
      ),
  };

  /** Targets the kit knows (agents in the roster) are checked before the back end is asked. */

  return calls;

  function checkTargetExists(target: TransferTarget): void {
    const { supervisor } = ctx.store.snapshot;
    if (
      target.kind === 'agent' &&
      supervisor.agentIds.length > 0 &&
      !supervisor.agents[target.agentId]
    ) {
      throw new CallCenterError('unknown-agent', `There is no agent "${target.agentId}".`);
    }
    if (
      target.kind === 'queue' &&
      supervisor.queueIds.length > 0 &&
      !supervisor.queues[target.queueId]
    ) {
      throw new CallCenterError(
        'invalid-transfer-target',
        `There is no queue "${target.queueId}".`,
      );
    }
    if (
      target.kind === 'ivr' &&
      !ctx.store.snapshot.backend.ivrNodes.some((n) => n.id === target.nodeId)
    ) {
      throw new CallCenterError(
        'invalid-transfer-target',
        `There is no IVR node "${target.nodeId}".`,
      );
    }
  }
}
