/**
 * Agents for the SIP end-to-end tests, each in a page of its own.
 *
 * Each agent is an iframe of agent-frame.html: its own document and therefore its own module
 * instances of the kit and sip.js, its own UserAgent and WebSocket, its own microphone, its own
 * AudioContext and peer connections. Nothing of one agent's kit is shared with another's (the
 * kit keeps page-wide singletons such as the shared AudioContext, so agents built in one
 * document would share them). The test page drives each agent through the kit's public facade
 * (`createCallCenter`, `cc.agent`, `cc.calls`, `cc.snapshot`) of that agent's own document.
 */
import type {
  Call,
  CallCenter,
  CallCenterState,
  CallRecord,
  CallQuality,
  ConnectionState,
} from '../../../core/index.js';
import type { RigInfo, RigUser } from '../../rig/commands.js';
import type { AgentFrameApi } from './agent-frame.js';

/** Rejects after `ms` with `what` in the message. */
export function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Options every test agent gets unless the test says otherwise: short timers for a fast run. */
export const TEST_OPTIONS = {
  // Quality samples every 250 ms instead of 2 s: "packets keep rising" is seen quickly.
  qualityInterval: 250,
  reconnect: { initialDelay: 100, maxDelay: 1000 },
  iceGatheringTimeout: 300,
} as const;

export interface AgentOptions {
  /** Extra back-end options (merged over TEST_OPTIONS, server and aor). */
  readonly options?: Record<string, unknown>;
  /** Password given at login; default the rig user's. */
  readonly password?: string;
  /** Log in (and wait for registration) right away; default true. */
  readonly login?: boolean;
}

let frames = 0;

/** Opens a fresh agent page (iframe) and resolves its kit. */
export async function openAgentPage(
  name: string,
): Promise<{ frame: HTMLIFrameElement; api: AgentFrameApi }> {
  const frame = document.createElement('iframe');
  frames += 1;
  frame.title = `agent ${name}`;
  frame.style.cssText = 'width:160px;height:60px;border:1px solid #ccc';
  frame.src = new URL(
    `./agent-frame.html?agent=${encodeURIComponent(name)}&n=${frames}`,
    import.meta.url,
  ).href;
  document.body.append(frame);
  const api = await within(
    15000,
    `agent page ${name} loads the kit`,
    new Promise<AgentFrameApi>((resolve) => {
      const poll = () => {
        const found = (frame.contentWindow as unknown as { ccAgent?: AgentFrameApi } | null)
          ?.ccAgent;
        if (found) resolve(found);
        else setTimeout(poll, 20);
      };
      poll();
    }),
  );
  return { frame, api };
}

/** One agent: a call center on the sip back end in its own page. */
export class Agent {
  private constructor(
    readonly name: string,
    readonly user: RigUser,
    readonly cc: CallCenter,
    readonly frame: HTMLIFrameElement,
    readonly page: AgentFrameApi,
  ) {}

  /** Opens the agent's page, builds its call center and (by default) logs in and registers. */
  static async open(rig: RigInfo, user: RigUser, options: AgentOptions = {}): Promise<Agent> {
    const { frame, api } = await openAgentPage(user.user);
    const password = options.password ?? user.password;
    const cc = api.createCallCenter({
      backend: 'sip',
      options: { ...TEST_OPTIONS, server: rig.wsUrl, aor: user.aor, ...options.options },
      credentials: async () => password,
    });
    const agent = new Agent(user.user, user, cc, frame, api);
    if (options.login !== false) await agent.login();
    return agent;
  }

  get state(): CallCenterState {
    return this.cc.snapshot;
  }

  get connection(): ConnectionState {
    return this.cc.snapshot.connection;
  }

  get calls(): Call[] {
    const { byId, order } = this.cc.snapshot.calls;
    return order.map((id) => byId[id]!);
  }

  async login(): Promise<void> {
    await within(10000, `${this.name} logs in`, this.cc.agent.login({ agentId: this.name }));
    await this.until('registered', (s) => s.connection.registration === 'registered');
  }

  /** Resolves the first truthy `pick(state)`; rejects after `ms` naming `what`. */
  until<T>(
    what: string,
    pick: (state: CallCenterState) => T | null | undefined | false,
    ms = 8000,
  ): Promise<T> {
    return within(
      ms,
      `${this.name}: ${what}`,
      new Promise<T>((resolve) => {
        const subscription = this.cc.state$.subscribe((state) => {
          const value = pick(state);
          if (value) {
            resolve(value);
            queueMicrotask(() => subscription.unsubscribe());
          }
        });
      }),
    ).catch((error: Error) => {
      const { connection, calls, errors } = this.cc.snapshot;
      const callStates =
        calls.order.map((id) => `${id}:${calls.byId[id]!.state}`).join(', ') || 'none';
      const history =
        calls.history
          .map((r) => `${r.id}:${r.endCause}`)
          .slice(0, 3)
          .join(', ') || 'none';
      throw new Error(
        `${error.message}\n  connection ${connection.transport}/${connection.registration}` +
          `${connection.reason ? ` (${connection.reason.code}: ${connection.reason.message})` : ''}` +
          `; calls ${callStates}; ended ${history}; last error ${errors[0]?.code ?? 'none'}`,
      );
    });
  }

  /** The one live call in `state`, once there is one. */
  untilCall(state: Call['state'], ms = 8000): Promise<Call> {
    return this.until(
      `a call in state ${state}`,
      (s) => {
        const id = s.calls.order.find((callId) => s.calls.byId[callId]!.state === state);
        return id ? s.calls.byId[id] : undefined;
      },
      ms,
    );
  }

  /** The call `id` in `state`. */
  untilCallState(id: string, state: Call['state'], ms = 8000): Promise<Call> {
    return this.until(
      `call ${id} ${state}`,
      (s) => (s.calls.byId[id]?.state === state ? s.calls.byId[id] : undefined),
      ms,
    );
  }

  /** The history record of call `id`, once it has ended. */
  untilEnded(id: string, ms = 8000): Promise<CallRecord> {
    return this.until(`call ${id} ends`, (s) => s.calls.history.find((r) => r.id === id), ms);
  }

  /** The most recent history record after `count` records existed. */
  untilNextEnded(count: number, ms = 8000): Promise<CallRecord> {
    return this.until(
      'a call ends',
      (s) => (s.calls.history.length > count ? s.calls.history[0] : undefined),
      ms,
    );
  }

  quality(callId: string): CallQuality | undefined {
    return this.cc.snapshot.quality[callId];
  }

  /**
   * Resolves when the store's quality samples for `callId` show inbound packets rising by more
   * than `by` after `after` (default: the count when called).
   */
  async packetsRise(callId: string, { by = 10, ms = 6000 } = {}): Promise<number> {
    const start = (
      await this.until(`first quality sample of ${callId}`, (s) => s.quality[callId], ms)
    ).packetsReceived;
    const next = await this.until(
      `packetsReceived of ${callId} rises above ${start + by}`,
      (s) =>
        s.quality[callId] && s.quality[callId]!.packetsReceived > start + by
          ? s.quality[callId]
          : undefined,
      ms,
    );
    return next.packetsReceived - start;
  }

  /**
   * Inbound packets of `callId` over a window of `ms` (from two quality samples taken by the
   * kit); used to show audio has stopped.
   */
  async packetsOver(callId: string, ms: number): Promise<number> {
    const first = await this.nextSample(callId);
    await sleep(ms);
    const last = await this.nextSample(callId);
    return last.packetsReceived - first.packetsReceived;
  }

  /** The next quality sample of `callId` taken by the kit from now on. */
  nextSample(callId: string, ms = 4000): Promise<CallQuality> {
    const after = this.cc.snapshot.quality[callId]?.sampledAt ?? 0;
    return this.until(
      `a new quality sample of ${callId}`,
      (s) => {
        const q = s.quality[callId];
        return q && q.sampledAt > after ? q : undefined;
      },
      ms,
    );
  }

  /**
   * Audio energy the agent's only open peer connection receives over `ms` (read from the
   * browser's stats in the agent's page): near zero when what arrives is silence.
   */
  async energyOver(ms: number): Promise<number> {
    const read = async () => {
      const all = await this.page.inboundAudio();
      if (all.length !== 1)
        throw new Error(`${this.name} has ${all.length} open peer connections, expected 1`);
      return all[0]!.totalAudioEnergy;
    };
    const first = await read();
    await sleep(ms);
    return (await read()) - first;
  }

  /**
   * Waits until the audio energy the agent receives per 400 ms passes `test` (mute and unmute
   * take a moment to reach the far end's playout); rejects after `ms` with the last reading.
   */
  async hears(what: string, test: (energy: number) => boolean, ms = 6000): Promise<number> {
    const deadline = Date.now() + ms;
    let last = Number.NaN;
    while (Date.now() < deadline) {
      last = await this.energyOver(400);
      if (test(last)) return last;
    }
    throw new Error(`${this.name}: ${what}: audio energy per 400 ms was ${last} at the end`);
  }

  /** Destroys the call center (unregisters, ends calls) and closes the page. Bounded. */
  async close(): Promise<void> {
    try {
      await within(5000, `${this.name} destroy()`, this.cc.destroy());
    } catch {
      /* the page goes anyway */
    }
    this.frame.remove();
  }
}

/** Tracks the agents a test opens and closes them all afterwards. */
export class AgentPool {
  private readonly open: Agent[] = [];

  constructor(private readonly rig: () => RigInfo) {}

  async agent(index: number, options: AgentOptions = {}): Promise<Agent> {
    const rig = this.rig();
    const agent = await Agent.open(rig, rig.users[index]!, { ...options, login: false });
    this.open.push(agent);
    if (options.login !== false) await agent.login();
    return agent;
  }

  async closeAll(): Promise<void> {
    await Promise.allSettled(this.open.splice(0).map((agent) => agent.close()));
  }
}

/** `from` dials `to` by its user name, `to` answers: both talking. Returns both call ids. */
export async function connect(from: Agent, to: Agent): Promise<{ out: string; in: string }> {
  const out = await within(8000, `${from.name} dials ${to.name}`, from.cc.calls.dial(to.name));
  const ringing = await to.untilCall('ringing');
  await within(8000, `${to.name} answers`, to.cc.calls.answer(ringing.id));
  await from.untilCallState(out, 'talking');
  await to.untilCallState(ringing.id, 'talking');
  return { out, in: ringing.id };
}

/** Hangs up whatever calls `agents` still have and waits until they are gone (test cleanup). */
export async function endAllCalls(agents: readonly Agent[]): Promise<void> {
  for (const agent of agents) {
    for (const call of agent.calls) await agent.cc.calls.hangup(call.id).catch(() => undefined);
  }
  for (const agent of agents) {
    await agent
      .until('no calls left', (s) => s.calls.order.length === 0, 6000)
      .catch(() => undefined);
  }
}
