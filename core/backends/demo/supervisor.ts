/**
 * Supervisor actions in the demo: listen, whisper and barge connect the supervisor's audio to
 * the agent's call; take over and pick up move a call to the supervisor; force actions change
 * an agent's state as a real contact center would.
 */
import { CallCenterError } from '../../model/errors.js';
import type { NotReadyReason, SupervisionMode } from '../../store/state.js';
import type { SupervisorBackend } from '../backend.js';
import type { AgentDesk } from './agent-desk.js';
import type { CallEngine } from './call-engine.js';
import type { DemoContext } from './context.js';
import type { DemoCallMedia } from './media/demo-media.js';
import type { World } from './world.js';

export class DemoSupervisor implements SupervisorBackend {
  private monitor: { agentId: string; callId: string; media: DemoCallMedia | null } | null = null;

  constructor(
    private readonly ctx: DemoContext,
    private readonly world: World,
    private readonly desk: AgentDesk,
    private readonly engine: CallEngine,
  ) {}

  listen(agentId: string) {
    return this.supervise(agentId, 'listen');
  }
  whisper(agentId: string) {
    return this.supervise(agentId, 'whisper');
  }
  barge(agentId: string) {
    return this.supervise(agentId, 'barge');
  }

  async stop(): Promise<void> {
    await this.ctx.delay();
    this.close();
  }

  async takeOver(agentId: string): Promise<void> {
    await this.ctx.delay();
    const agent = this.requireAgent(agentId);
    if (agentId === this.desk.agentId)
      throw new CallCenterError('not-allowed', 'You cannot take over your own call.');
    this.close();
    const remote = this.world.takeCall(agent.id);
    if (!remote)
      throw new CallCenterError('rejected-by-backend', `${agent.name} is no longer on a call.`);
    this.engine.adopt(remote, null);
  }

  async pickUp(waitingCallId: string): Promise<void> {
    await this.ctx.delay();
    const waiting = this.world.takeWaiting(waitingCallId);
    if (!waiting)
      throw new CallCenterError('rejected-by-backend', 'That call is no longer waiting.');
    this.close();
    this.engine.adopt(waiting.remote, this.world.queueRef(waiting.queueId));
  }

  async forceHangup(agentId: string): Promise<void> {
    await this.ctx.delay();
    this.requireAgent(agentId);
    if (this.monitor?.agentId === agentId) this.close();
    if (agentId === this.desk.agentId) this.engine.endAll('forced');
    else this.world.forceHangup(agentId);
  }

  async forceReady(agentId: string): Promise<void> {
    await this.ctx.delay();
    this.requireAgent(agentId);
    if (agentId === this.desk.agentId) this.desk.force('ready', null);
    else this.world.forcePresence(agentId, 'ready', null);
  }

  async forceNotReady(agentId: string, reason?: NotReadyReason): Promise<void> {
    await this.ctx.delay();
    this.requireAgent(agentId);
    if (agentId === this.desk.agentId) this.desk.force('not-ready', reason ?? null);
    else this.world.forcePresence(agentId, 'not-ready', reason ?? null);
  }

  async forceLogout(agentId: string): Promise<void> {
    await this.ctx.delay();
    this.requireAgent(agentId);
    if (agentId === this.desk.agentId) {
      this.engine.endAll('forced');
      this.desk.forceLogout();
    } else {
      if (this.monitor?.agentId === agentId) this.close();
      this.world.forcePresence(agentId, 'offline', null);
    }
  }

  /** Ends any supervision; safe to call at any time. */
  close(): void {
    if (!this.monitor) return;
    this.monitor.media?.close();
    this.monitor = null;
    this.ctx.emit({ type: 'supervisor/supervising', supervising: null });
  }

  private async supervise(agentId: string, mode: SupervisionMode): Promise<void> {
    await this.ctx.delay();
    const agent = this.requireAgent(agentId);
    if (!agent.callId)
      throw new CallCenterError('rejected-by-backend', `${agent.name} is not on a call.`);
    if (this.monitor?.agentId !== agentId) {
      this.close();
      const monitorId = `monitor-${agent.callId}`;
      this.monitor = { agentId, callId: agent.callId, media: null };
      const media = await this.ctx.media.connect(monitorId, 'supervised');
      if (this.monitor?.agentId !== agentId) {
        media.close();
        return;
      }
      this.monitor.media = media;
    }
    // Listening keeps the supervisor's microphone closed; whisper and barge open it.
    this.monitor.media?.setMuted(mode === 'listen');
    this.ctx.emit({
      type: 'supervisor/supervising',
      supervising: { agentId, callId: agent.callId, mode },
    });
  }

  private requireAgent(agentId: string) {
    const agent = this.world.agent(agentId);
    if (!agent) throw new CallCenterError('unknown-agent', `There is no agent "${agentId}".`);
    return agent;
  }
}
