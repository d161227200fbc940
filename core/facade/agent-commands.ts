/** The agent's commands: login, presence, wrap-up and the next state. */
import type { LoginRequest } from '../backends/backend.js';
import { CallCenterError } from '../model/errors.js';
import { validateReason, validateWrapUpExtension } from '../model/validation.js';
import type { NextState, NotReadyReason } from '../store/state.js';
import { noop, type CommandContext } from './command-context.js';
import type { AgentCommands } from './types.js';

export function createAgentCommands(ctx: CommandContext): AgentCommands {
  const caps = () => ctx.store.snapshot.backend.capabilities;
  const agent: AgentCommands = {
    login: (request) =>
      ctx.run(
        'agent.login',
        {},
        () => validateLogin(request, ctx.store.snapshot.backend.phoneTypes),
        (b) => b.login(request),
      ),
    logout: () => ctx.run('agent.logout', {}, noop, (b) => b.logout()),
    setReady: () => ctx.run('agent.setReady', {}, noop, (b) => b.setReady()),
    setNotReady: (reason) => {
      let valid: NotReadyReason;
      return ctx.run(
        'agent.setNotReady',
        {},
        () => (valid = validateReason(reason, ctx.store.snapshot.backend.reasons)),
        (b) => b.setNotReady(valid),
      );
    },
    extendWrapUp: (seconds) =>
      ctx.run(
        'agent.extendWrapUp',
        {},
        () => validateWrapUpExtension(seconds, caps().wrapUp ?? null),
        (b) => b.extendWrapUp(seconds),
      ),
    endWrapUp: (next = 'ready') => {
      let valid: NextState;
      return ctx.run(
        'agent.endWrapUp',
        {},
        () => (valid = validateNextState(next)),
        (b) => b.endWrapUp(valid),
      );
    },
    requestNextState: (next) => {
      let valid: NextState | null;
      return ctx.run(
        'agent.requestNextState',
        {},
        () => (valid = next === null ? null : validateNextState(next)),
        (b) => b.requestNextState(valid),
      );
    },
  };
  return agent;

  function validateNextState(next: 'ready' | NextState): NextState {
    if (next === 'ready') return { presence: 'ready' };
    if (next?.presence === 'not-ready') {
      return {
        presence: 'not-ready',
        reason: validateReason(next.reason, ctx.store.snapshot.backend.reasons),
      };
    }
    if (next?.presence === 'ready' || next?.presence === 'offline') return next;
    throw new CallCenterError(
      'invalid-config',
      'The next state must be ready, not ready with a reason, or offline.',
    );
  }
}

function validateLogin(request: LoginRequest, phoneTypes: readonly string[]): void {
  if (!request || typeof request.agentId !== 'string' || request.agentId.trim() === '') {
    throw new CallCenterError('invalid-login', 'Enter an agent id to log in.');
  }
  if (request.phoneType !== undefined && !['webrtc', 'sip', 'pstn'].includes(request.phoneType)) {
    throw new CallCenterError(
      'invalid-login',
      `"${String(request.phoneType)}" is not a phone type (webrtc, sip or pstn).`,
    );
  }
  if (
    request.phoneType !== undefined &&
    phoneTypes.length > 0 &&
    !phoneTypes.includes(request.phoneType)
  ) {
    throw new CallCenterError(
      'invalid-login',
      `This back end does not offer the phone type "${request.phoneType}" (it offers ${phoneTypes.join(', ')}).`,
    );
  }
}
