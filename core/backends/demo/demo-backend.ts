/**
 * The embedded demo contact center: an in-browser simulation that behaves like a real one,
 * with real WebRTC media (the customer is a second peer connection in the page). It is the
 * default back end, so the kit runs with no server at all.
 */
import { Subject } from 'rxjs';
import type { BackendEvent } from '../../store/actions.js';
import type { NextState, NotReadyReason, Party, TransferTarget } from '../../store/state.js';
import type {
  Backend,
  BackendFactory,
  CredentialsProvider,
  DialRequest,
  LoginRequest,
} from '../backend.js';
import { NO_CAPABILITIES, type Capabilities } from '../capabilities.js';
import { emptyBackendInfo } from '../../store/initial-state.js';
import { AgentDesk } from './agent-desk.js';
import { CallEngine } from './call-engine.js';
import { Timers, type DemoContext } from './context.js';
import { createSilentMedia, type DemoMedia } from './media/demo-media.js';
import { DEFAULT_TIMINGS, DEMO_QUEUES, DEMO_REASONS, type DemoBackendOptions } from './options.js';
import { createRandom } from './random.js';
import { DemoSupervisor } from './supervisor.js';
import { World } from './world.js';
import { deriveWork } from '../../model/calls.js';

export const DEMO_CAPABILITIES: Capabilities = {
  ...NO_CAPABILITIES,
  agentState: true,
  wrapUp: { extendable: true, min: 30, max: 900 },
  nextState: true,
  phoneTypes: ['webrtc', 'sip', 'pstn'],
  outbound: true,
  callerIdChoice: true,
  reject: true,
  hold: true,
  mute: true,
  dtmf: { maxDigits: 24, letters: false },
  transferTargets: ['agent', 'number', 'queue', 'ivr'],
  consult: true,
  consultTargets: ['agent', 'number'],
  conference: true,
  multipleCalls: true,
  supervisor: [
    'listen',
    'whisper',
    'barge',
    'takeOver',
    'pickUp',
    'forceHangup',
    'forceReady',
    'forceNotReady',
    'forceLogout',
  ],
  localMedia: true,
};

/** The demo back end, with controls a demo page or a test uses to drive the simulation. */
export interface DemoBackend extends Backend {
  /** A customer calls now; rings at the agent when they are ready and free, else queues. */
  simulateInboundCall(options?: { remote?: Party; queueId?: string }): string;
  /** The far end of a call hangs up. */
  simulateRemoteHangup(callId: string): void;
  /** Digits the far end of a call has heard over RFC 4733. */
  heardDtmf(callId: string): string;
}

export type DemoMediaFactory = (
  emit: (event: BackendEvent) => void,
) => DemoMedia | Promise<DemoMedia>;

class DemoBackendImpl implements DemoBackend {
  readonly info;
  readonly events$;
  readonly supervisor;
  readonly devices;
  private readonly timers = new Timers();
  private readonly desk: AgentDesk;
  private readonly engine: CallEngine;
  private readonly world: World;
  private readonly ctx: DemoContext;
  private serial = 0;

  constructor(
    options: DemoBackendOptions,
    credentials: CredentialsProvider | undefined,
    media: DemoMedia,
    private readonly subject: Subject<BackendEvent>,
  ) {
    const wrapUpSeconds = options.wrapUpSeconds ?? 30;
    this.info = {
      ...emptyBackendInfo('demo', {
        ...DEMO_CAPABILITIES,
        wrapUp: wrapUpSeconds > 0 ? DEMO_CAPABILITIES.wrapUp : null,
        // Silent calls (media: false) have no devices, levels or quality to show.
        localMedia: media.devices !== undefined,
      }),
      reasons: DEMO_REASONS,
      callerIds: [
        {
          id: 'hotline',
          kind: 'number' as const,
          label: 'Hotline 400-800-1234',
          number: '4008001234',
        },
        { id: 'local', kind: 'pool' as const, label: 'Local numbers pool' },
      ],
      ivrNodes: [
        { id: 'survey', name: 'Satisfaction survey' },
        { id: 'billing-menu', name: 'Billing menu' },
      ],
      wrapUpSeconds,
    };
    this.events$ = this.subject.asObservable();
    this.ctx = {
      options: {
        agents: Math.max(0, Math.min(options.agents ?? 24, 100_000)),
        inboundPerMinute: Math.max(0, options.inboundPerMinute ?? 2),
        wrapUpSeconds,
        customerHangsUpAfter: options.customerHangsUpAfter ?? 0,
      },
      timings: { ...DEFAULT_TIMINGS, ...options.timings },
      random: createRandom(options.seed ?? 20_261_121),
      media,
      emit: (event) => this.subject.next(event),
      now: () => Date.now(),
      after: (ms, fn) => this.timers.after(ms, fn),
      delay: (ms) => this.timers.delay(ms ?? this.ctx.timings.latency),
      nextId: (prefix) => `${prefix}-${++this.serial}`,
    };
    this.desk = new AgentDesk(this.ctx, credentials, {
      deskChanged: () => this.world.personChanged(),
    });
    this.engine = new CallEngine(this.ctx, {
      agentAvailable: (id) => {
        const agent = this.world.agent(id);
        if (!agent) return null;
        return {
          available: agent.presence === 'ready' && agent.work === 'idle',
          name: agent.name,
          extension: agent.extension,
        };
      },
      handOver: (call, target) => this.world.handOver(call, target),
      requeue: (call) => this.world.requeue(call),
      queueName: (id) => this.world.queueRef(id)?.name ?? null,
      callsChanged: () => this.world.personChanged(),
      allCallsEnded: () => this.desk.callsEnded(),
    });
    const desk = this.desk;
    const engine = this.engine;
    this.world = new World(this.ctx, {
      get id() {
        return desk.agentId;
      },
      get name() {
        return desk.name;
      },
      get extension() {
        return desk.extension;
      },
      get presence() {
        return desk.presence;
      },
      get reason() {
        return desk.reason;
      },
      get since() {
        return desk.since;
      },
      get work() {
        return deriveWork(engine.calls, engine.calls.at(-1)?.id ?? null);
      },
      get call() {
        return engine.calls.find((c) => c.state === 'talking') ?? engine.calls[0] ?? null;
      },
      offer: (remote, queue) => {
        if (desk.presence !== 'ready' || engine.calls.length > 0) return false;
        engine.offer(remote, queue);
        return true;
      },
    });
    this.supervisor = new DemoSupervisor(this.ctx, this.world, this.desk, this.engine);
    this.devices = media.devices;
  }

  async start(): Promise<void> {
    await this.ctx.delay();
    this.ctx.emit({
      type: 'connection/changed',
      patch: { transport: 'connected', reason: null, attempt: 0 },
    });
    this.world.start();
    await this.ctx.media.start?.();
  }

  login(request: LoginRequest) {
    return this.desk.login(request);
  }
  logout() {
    return this.desk.logout();
  }
  setReady() {
    return this.desk.setReady();
  }
  setNotReady(reason: NotReadyReason) {
    return this.desk.setNotReady(reason);
  }
  extendWrapUp(seconds: number) {
    return this.desk.extendWrapUp(seconds);
  }
  endWrapUp(next: NextState) {
    return this.desk.endWrapUp(next);
  }
  requestNextState(next: NextState | null) {
    return this.desk.requestNextState(next);
  }

  dial(request: DialRequest) {
    const callerId = this.info.callerIds.find((c) => c.id === request.callerId);
    return this.engine.dial(request.number, callerId?.number ?? callerId?.label ?? null);
  }
  answer(callId: string) {
    return this.engine.answer(callId);
  }
  reject(callId: string) {
    return this.engine.reject(callId);
  }
  hangup(callId: string) {
    return this.engine.hangup(callId);
  }
  hold(callId: string) {
    return this.engine.hold(callId);
  }
  resume(callId: string) {
    return this.engine.resume(callId);
  }
  mute(callId: string) {
    return this.engine.mute(callId, true);
  }
  unmute(callId: string) {
    return this.engine.mute(callId, false);
  }
  sendDtmf(callId: string, digits: string) {
    return this.engine.sendDtmf(callId, digits);
  }
  transfer(callId: string, target: TransferTarget) {
    return this.engine.transfer(callId, target);
  }
  consult(callId: string, target: TransferTarget) {
    return this.engine.consult(callId, target);
  }
  cancelConsult(consultId: string) {
    return this.engine.cancelConsult(consultId);
  }
  retrieve(consultId: string) {
    return this.engine.retrieve(consultId);
  }
  completeTransfer(consultId: string) {
    return this.engine.completeTransfer(consultId);
  }
  conference(consultId: string) {
    return this.engine.conference(consultId);
  }
  switchTo(callId: string) {
    return this.engine.switchTo(callId);
  }

  simulateInboundCall(options: { remote?: Party; queueId?: string } = {}): string {
    const queueId = options.queueId ?? DEMO_QUEUES[0].id;
    return this.world.arrive({ ...options, queueId });
  }
  simulateRemoteHangup(callId: string): void {
    this.engine.remoteHangup(callId);
  }
  heardDtmf(callId: string): string {
    return this.engine.heardDtmf(callId);
  }

  async destroy(): Promise<void> {
    this.world.stop();
    this.engine.endAll('hangup-local');
    this.supervisor.close();
    this.desk.dispose();
    this.timers.clear();
    this.ctx.media.destroy();
    this.subject.complete();
  }
}

/**
 * Creates the demo back end. With `media: true` (the default, in a browser with WebRTC) calls
 * carry real audio; otherwise they are silent.
 */
export const createDemoBackend: BackendFactory<
  DemoBackendOptions & { mediaFactory?: DemoMediaFactory }
> = async (options) => {
  const { credentials, mediaFactory, ...rest } = options;
  const useMedia = rest.media ?? typeof RTCPeerConnection !== 'undefined';
  // One stream for the simulation and the media (quality samples, device changes).
  const subject = new Subject<BackendEvent>();
  const emit = (event: BackendEvent) => subject.next(event);
  let media: DemoMedia = createSilentMedia();
  if (useMedia) {
    const factory = mediaFactory ?? (await import('./media/webrtc-media.js')).createWebRtcMedia;
    media = await factory(emit);
  }
  return new DemoBackendImpl(rest, credentials, media, subject);
};
