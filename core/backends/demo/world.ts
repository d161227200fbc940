/**
 * The simulated contact center around the person: agents who log in, take calls, wrap up and
 * take breaks; three queues; customers who call at a configurable rate, wait, and give up.
 * Changes are batched per tick, so a roster of 50,000 agents costs one store update a tick.
 */
import type {
  Call,
  NotReadyReason,
  Party,
  QueueRef,
  QueueStats,
  RosterAgent,
  TransferTarget,
  WaitingCall,
  WorkState,
} from '../../store/state.js';
import type { DemoContext } from './context.js';
import { customer, personName } from './directory.js';
import { DEMO_QUEUES, DEMO_REASONS } from './options.js';

interface SimAgent {
  id: string;
  name: string;
  extension: string;
  presence: RosterAgent['presence'];
  reason: NotReadyReason | null;
  since: number;
  work: WorkState;
  callId: string | null;
  remote: Party | null;
  queueIds: string[];
  /** When the current call or wrap-up ends by itself. */
  until: number;
}

interface Waiting extends WaitingCall {
  giveUpAt: number;
}

/** The person's side, as the world needs to see it. */
export interface PersonView {
  readonly id: string | null;
  readonly name: string | null;
  readonly extension: string | null;
  readonly presence: RosterAgent['presence'];
  readonly reason: NotReadyReason | null;
  readonly since: number;
  readonly work: WorkState;
  readonly call: Call | null;
  /** Offers a queue call to the person; returns false when they cannot take it. */
  offer(remote: Party, queue: QueueRef): boolean;
}

export class World {
  private readonly agents = new Map<string, SimAgent>();
  private readonly waiting: Waiting[] = [];
  private readonly dirty = new Set<string>();
  private readonly stats = new Map<string, { answered: number; abandoned: number }>();
  private stopTicking: (() => void) | null = null;
  private serial = 0;
  private ids: string[] | null = null;

  constructor(
    private readonly ctx: DemoContext,
    private readonly person: PersonView,
  ) {
    const now = ctx.now();
    for (let i = 0; i < ctx.options.agents; i++) {
      const id = String(2001 + i);
      const presence = ctx.random.pick(['ready', 'ready', 'not-ready', 'offline'] as const);
      this.agents.set(id, {
        id,
        name: personName(ctx.random),
        extension: String(6001 + i),
        presence,
        reason: presence === 'not-ready' ? ctx.random.pick(DEMO_REASONS) : null,
        since: now - ctx.random.int(0, 600_000),
        work: 'idle',
        callId: null,
        remote: null,
        queueIds: DEMO_QUEUES.filter((_, q) => (i + q) % 3 !== 2).map((q) => q.id),
        until: 0,
      });
    }
    for (const q of DEMO_QUEUES) this.stats.set(q.id, { answered: 0, abandoned: 0 });
  }

  start(): void {
    this.ctx.emit({ type: 'supervisor/roster', agents: this.roster(), queues: this.queueStats() });
    const tick = () => {
      this.tick();
      this.stopTicking = this.ctx.after(this.ctx.timings.rosterTick, tick);
    };
    this.stopTicking = this.ctx.after(this.ctx.timings.rosterTick, tick);
  }

  stop(): void {
    this.stopTicking?.();
  }

  // --------------------------------------------------------------------------------------
  // Queries

  queueRef(queueId: string): QueueRef | null {
    return DEMO_QUEUES.find((q) => q.id === queueId) ?? null;
  }

  agent(agentId: string): RosterAgent | null {
    if (agentId === this.person.id) return this.personRow();
    const agent = this.agents.get(agentId);
    return agent ? toRow(agent) : null;
  }

  // --------------------------------------------------------------------------------------
  // Customers

  /** A customer calls a queue now. Rings at the person when they are free, else waits. */
  arrive(options: { remote?: Party; queueId?: string; toPerson?: boolean } = {}): string {
    const queue =
      this.queueRef(options.queueId ?? this.ctx.random.pick(DEMO_QUEUES).id) ?? DEMO_QUEUES[0];
    const remote = options.remote ?? customer(this.ctx.random);
    if ((options.toPerson ?? true) && this.person.offer(remote, queue)) return 'person';
    const id = `wait-${++this.serial}`;
    const now = this.ctx.now();
    this.waiting.push({
      id,
      queueId: queue.id,
      remote,
      since: now,
      ringingAgentId: null,
      giveUpAt: now + this.ctx.random.int(45_000, 120_000),
    });
    this.emitWaiting();
    return id;
  }

  /** A call the person did not take goes back to the front of its queue. */
  requeue(call: Call): void {
    const queueId = call.queue?.id ?? DEMO_QUEUES[0].id;
    const now = this.ctx.now();
    this.waiting.unshift({
      id: `wait-${++this.serial}`,
      queueId,
      remote: call.remote,
      since: call.startedAt,
      ringingAgentId: null,
      giveUpAt: now + 60_000,
    });
    this.emitWaiting();
  }

  /** Removes a waiting call (picked up by a supervisor). */
  takeWaiting(id: string): Waiting | null {
    const index = this.waiting.findIndex((w) => w.id === id);
    if (index < 0) return null;
    const [taken] = this.waiting.splice(index, 1);
    this.emitWaiting();
    return taken!;
  }

  /** A transferred call lands at a simulated agent (or a queue, an IVR, outside). */
  handOver(call: Call, target: TransferTarget): void {
    if (target.kind === 'agent') {
      const agent = this.agents.get(target.agentId);
      if (agent) this.startCall(agent, call.remote, `xfer-${call.id}`);
    } else if (target.kind === 'queue') {
      this.waiting.push({
        id: `wait-${++this.serial}`,
        queueId: target.queueId,
        remote: call.remote,
        since: this.ctx.now(),
        ringingAgentId: null,
        giveUpAt: this.ctx.now() + 90_000,
      });
      this.emitWaiting();
    }
    this.flush();
  }

  // --------------------------------------------------------------------------------------
  // Supervisor actions on simulated agents

  /** The agent's call is taken from them; they go to wrap-up. Returns the customer. */
  takeCall(agentId: string): Party | null {
    const agent = this.agents.get(agentId);
    if (!agent || !agent.remote) return null;
    const remote = agent.remote;
    this.endCall(agent);
    this.flush();
    return remote;
  }

  forceHangup(agentId: string): void {
    const agent = this.agents.get(agentId);
    if (agent?.callId) this.endCall(agent);
    this.flush();
  }

  forcePresence(
    agentId: string,
    presence: 'ready' | 'not-ready' | 'offline',
    reason: NotReadyReason | null,
  ): void {
    const agent = this.agents.get(agentId);
    if (!agent) return;
    if (presence === 'offline' && agent.callId) this.endCall(agent);
    this.setPresence(
      agent,
      presence,
      presence === 'not-ready' ? (reason ?? DEMO_REASONS[0]!) : null,
    );
    this.flush();
  }

  /** The person's presence or calls changed: their roster row follows. */
  personChanged(): void {
    if (this.person.id) {
      this.ctx.emit({ type: 'supervisor/agents-changed', changes: [this.personRow()] });
      this.emitQueues();
    }
  }

  // --------------------------------------------------------------------------------------
  // The simulation step

  private tick(): void {
    const now = this.ctx.now();
    this.arrivals();
    // Each tick about 2% of agents (at least one) consider a change, as people do.
    const count = Math.max(1, Math.round(this.agents.size * 0.02));
    const ids = [...this.sample(count)];
    for (const id of ids) this.step(this.agents.get(id)!, now);
    for (const agent of this.agents.values()) {
      if (agent.until && now >= agent.until) this.step(agent, now);
    }
    this.dispatchWaiting(now);
    this.flush();
  }

  private arrivals(): void {
    const perTick = (this.ctx.options.inboundPerMinute * this.ctx.timings.rosterTick) / 60_000;
    let count = Math.floor(perTick);
    if (this.ctx.random.chance(perTick - count)) count += 1;
    for (let i = 0; i < count; i++) this.arrive();
  }

  private step(agent: SimAgent, now: number): void {
    const r = this.ctx.random;
    switch (agent.presence) {
      case 'offline':
        if (r.chance(0.1)) this.setPresence(agent, 'ready', null);
        break;
      case 'ready':
        if (agent.callId && now >= agent.until) this.endCall(agent);
        else if (!agent.callId && r.chance(0.05))
          this.setPresence(agent, 'not-ready', r.pick(DEMO_REASONS));
        break;
      case 'not-ready':
        if (r.chance(0.3)) this.setPresence(agent, 'ready', null);
        break;
      case 'wrap-up':
        if (now >= agent.until) this.setPresence(agent, 'ready', null);
        break;
    }
  }

  /** Waiting customers go to free agents; those who waited too long hang up. */
  private dispatchWaiting(now: number): void {
    let changed = false;
    for (let i = this.waiting.length - 1; i >= 0; i--) {
      const call = this.waiting[i]!;
      if (now >= call.giveUpAt) {
        this.waiting.splice(i, 1);
        this.stats.get(call.queueId)!.abandoned += 1;
        changed = true;
      }
    }
    // One pass over the roster finds the free agents of every queue: a tick stays linear in the
    // number of agents however many customers wait.
    const free = this.waiting.length > 0 ? this.freeAgentsByQueue() : new Map<string, SimAgent[]>();
    for (const call of [...this.waiting]) {
      if (this.person.offer(call.remote, this.queueRef(call.queueId)!)) {
        this.waiting.splice(this.waiting.indexOf(call), 1);
        changed = true;
        continue;
      }
      const agent = this.takeFree(free, call.queueId);
      if (!agent) continue;
      this.waiting.splice(this.waiting.indexOf(call), 1);
      this.startCall(agent, call.remote, call.id);
      this.stats.get(call.queueId)!.answered += 1;
      changed = true;
    }
    if (changed) this.emitWaiting();
  }

  private freeAgentsByQueue(): Map<string, SimAgent[]> {
    const free = new Map<string, SimAgent[]>();
    for (const agent of this.agents.values()) {
      if (agent.presence !== 'ready' || agent.callId) continue;
      for (const queueId of agent.queueIds) {
        const list = free.get(queueId);
        if (list) list.push(agent);
        else free.set(queueId, [agent]);
      }
    }
    return free;
  }

  /** The next free agent of a queue who is still free (an agent serves several queues). */
  private takeFree(free: Map<string, SimAgent[]>, queueId: string): SimAgent | null {
    const list = free.get(queueId);
    while (list && list.length > 0) {
      const agent = list.shift()!;
      if (agent.presence === 'ready' && !agent.callId) return agent;
    }
    return null;
  }

  private startCall(agent: SimAgent, remote: Party, callId: string): void {
    agent.callId = `sim-${callId}`;
    agent.remote = remote;
    agent.work = 'talking';
    agent.until = this.ctx.now() + this.ctx.random.int(20_000, 180_000);
    this.dirty.add(agent.id);
  }

  private endCall(agent: SimAgent): void {
    agent.callId = null;
    agent.remote = null;
    agent.work = 'idle';
    this.setPresence(agent, 'wrap-up', null);
    agent.until = this.ctx.now() + this.ctx.random.int(5_000, 30_000);
  }

  private setPresence(
    agent: SimAgent,
    presence: SimAgent['presence'],
    reason: NotReadyReason | null,
  ): void {
    agent.presence = presence;
    agent.reason = reason;
    agent.since = this.ctx.now();
    agent.until = 0;
    this.dirty.add(agent.id);
  }

  private *sample(count: number): Iterable<string> {
    // The simulated roster never changes size: its ids are listed once.
    const ids = (this.ids ??= [...this.agents.keys()]);
    if (ids.length === 0) return;
    for (let i = 0; i < count; i++) yield ids[this.ctx.random.int(0, ids.length - 1)]!;
  }

  private flush(): void {
    if (this.dirty.size > 0) {
      const changes = [...this.dirty].map((id) => toRow(this.agents.get(id)!));
      this.dirty.clear();
      this.ctx.emit({ type: 'supervisor/agents-changed', changes });
    }
    this.emitQueues();
  }

  private emitWaiting(): void {
    this.ctx.emit({
      type: 'supervisor/waiting',
      waiting: this.waiting.map(({ giveUpAt: _, ...w }) => w),
    });
  }

  private emitQueues(): void {
    this.ctx.emit({ type: 'supervisor/queues-changed', queues: this.queueStats() });
  }

  private roster(): RosterAgent[] {
    return [...this.agents.values()].map(toRow);
  }

  private queueStats(): QueueStats[] {
    return DEMO_QUEUES.map((q) => {
      let members = 0;
      let ready = 0;
      for (const a of this.agents.values()) {
        if (!a.queueIds.includes(q.id)) continue;
        members += 1;
        if (a.presence === 'ready' && !a.callId) ready += 1;
      }
      if (this.person.id) {
        members += 1;
        if (this.person.presence === 'ready' && this.person.work === 'idle') ready += 1;
      }
      const waiting = this.waiting.filter((w) => w.queueId === q.id);
      const stats = this.stats.get(q.id)!;
      return {
        id: q.id,
        name: q.name,
        waiting: waiting.length,
        oldestWaitingSince: waiting.length ? Math.min(...waiting.map((w) => w.since)) : null,
        members,
        ready,
        answeredToday: stats.answered,
        abandonedToday: stats.abandoned,
      };
    });
  }

  private personRow(): RosterAgent {
    const p = this.person;
    return {
      id: p.id!,
      name: p.name ?? p.id!,
      extension: p.extension ?? '',
      presence: p.presence,
      reason: p.reason,
      since: p.since,
      work: p.work,
      callId: p.call?.id ?? null,
      remote: p.call?.remote ?? null,
      queueIds: DEMO_QUEUES.map((q) => q.id),
    };
  }
}

function toRow(agent: SimAgent): RosterAgent {
  return {
    id: agent.id,
    name: agent.name,
    extension: agent.extension,
    presence: agent.presence,
    reason: agent.reason,
    since: agent.since,
    work: agent.work,
    callId: agent.callId,
    remote: agent.remote,
    queueIds: agent.queueIds,
  };
}
