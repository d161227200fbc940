/**
 * The person's calls in the demo contact center: outbound calls that ring then answer or
 * fail, inbound calls from the queues, hold, mute, DTMF, blind and attended transfer,
 * consultation and three-way conference, and switching between held calls.
 */
import { newCall } from '../../model/calls.js';
import { targetAddress } from '../../model/transfer-target.js';
import { CallCenterError } from '../../model/errors.js';
import type { CallPatch } from '../../store/actions.js';
import type {
  Call,
  CallDirection,
  EndCause,
  Party,
  QueueRef,
  TransferTarget,
} from '../../store/state.js';
import type { DemoContext } from './context.js';
import type { DemoCallMedia, DemoVoice } from './media/demo-media.js';
import { dialOutcome } from './options.js';

/** What the call engine needs from the rest of the simulation. */
export interface CallEngineWorld {
  /** Is a (simulated) agent free to take a transfer or consultation? */
  agentAvailable(agentId: string): { available: boolean; name: string; extension: string } | null;
  /** A call handed to a simulated agent (transfer, completed consultation). */
  handOver(call: Call, target: TransferTarget): void;
  /** An inbound call the person did not take goes back to its queue. */
  requeue(call: Call): void;
  queueName(queueId: string): string | null;
  /** The person's work changed. */
  callsChanged(): void;
  /** The person's last call ended. */
  allCallsEnded(): void;
}

interface LiveCall {
  call: Call;
  media: DemoCallMedia | null;
  cancelTimers: (() => void)[];
}

export class CallEngine {
  private readonly live = new Map<string, LiveCall>();
  private activeId: string | null = null;

  constructor(
    private readonly ctx: DemoContext,
    private readonly world: CallEngineWorld,
  ) {}

  get calls(): Call[] {
    return [...this.live.values()].map((l) => l.call);
  }

  get(callId: string): Call | undefined {
    return this.live.get(callId)?.call;
  }

  heardDtmf(callId: string): string {
    return this.ctx.media.heardDtmf(callId);
  }

  // --------------------------------------------------------------------------------------
  // Outbound

  async dial(number: string, callerId: string | null): Promise<string> {
    await this.ctx.delay();
    this.holdActive();
    const call = this.create({
      direction: 'outbound',
      state: 'dialing',
      remote: { number },
      callerId,
    });
    this.ctx.media.ringback(true);
    this.scheduleOutcome(call.id, dialOutcome(number), () =>
      this.answeredByFarEnd(call.id, 'customer'),
    );
    return call.id;
  }

  private scheduleOutcome(
    callId: string,
    outcome: ReturnType<typeof dialOutcome>,
    onAnswer: () => void,
  ): void {
    const { answerAfter, noAnswerAfter } = this.ctx.timings;
    const live = this.live.get(callId)!;
    const end = (cause: EndCause) => () => this.end(callId, cause);
    switch (outcome) {
      case 'answer':
        live.cancelTimers.push(this.ctx.after(answerAfter, onAnswer));
        break;
      case 'busy':
        live.cancelTimers.push(this.ctx.after(Math.min(answerAfter, 800), end('busy')));
        break;
      case 'not-found':
        live.cancelTimers.push(this.ctx.after(Math.min(answerAfter, 400), end('not-found')));
        break;
      case 'rejected':
        live.cancelTimers.push(this.ctx.after(answerAfter, end('rejected')));
        break;
      case 'no-answer':
        live.cancelTimers.push(this.ctx.after(noAnswerAfter, end('no-answer')));
        break;
    }
  }

  private answeredByFarEnd(callId: string, voice: DemoVoice): void {
    const live = this.live.get(callId);
    if (!live || live.call.state !== 'dialing') return;
    this.ctx.media.ringback(false);
    this.patch(callId, { state: 'talking', answeredAt: this.ctx.now() });
    void this.attachMedia(callId, voice);
    this.scheduleCustomerHangup(callId);
  }

  // --------------------------------------------------------------------------------------
  // Inbound

  /** A call from a queue rings at the person. Returns the call id. */
  offer(remote: Party, queue: QueueRef | null, direction: CallDirection = 'inbound'): string {
    const call = this.create({ direction, state: 'ringing', remote, queue });
    this.ctx.media.ringtone(true);
    const live = this.live.get(call.id)!;
    live.cancelTimers.push(
      this.ctx.after(this.ctx.timings.ringTimeout, () => {
        if (this.live.get(call.id)?.call.state !== 'ringing') return;
        this.end(call.id, 'no-answer');
        this.world.requeue(call);
      }),
    );
    return call.id;
  }

  /** A call that is already connected lands on the person (take over, pick up). */
  adopt(remote: Party, queue: QueueRef | null): string {
    this.holdActive();
    const call = this.create({ direction: 'inbound', state: 'talking', remote, queue });
    this.patch(call.id, { answeredAt: this.ctx.now() });
    void this.attachMedia(call.id, 'customer');
    return call.id;
  }

  async answer(callId: string): Promise<void> {
    await this.ctx.delay();
    const live = this.require(callId, 'ringing');
    this.holdActive(callId);
    this.clearTimers(live);
    this.patch(callId, { state: 'talking', answeredAt: this.ctx.now() });
    this.activate(callId);
    this.updateRingtone();
    await this.attachMedia(callId, 'customer');
    this.scheduleCustomerHangup(callId);
  }

  async reject(callId: string): Promise<void> {
    await this.ctx.delay();
    const live = this.require(callId, 'ringing');
    this.end(callId, 'rejected');
    this.world.requeue(live.call);
  }

  // --------------------------------------------------------------------------------------
  // In call

  async hangup(callId: string): Promise<void> {
    await this.ctx.delay();
    const live = this.require(callId);
    if (live.call.conference) {
      for (const other of this.calls) if (other.conference) this.end(other.id, 'hangup-local');
      return;
    }
    this.end(callId, live.call.state === 'dialing' ? 'cancelled' : 'hangup-local');
  }

  async hold(callId: string): Promise<void> {
    await this.ctx.delay();
    this.require(callId, 'talking');
    this.setHeld(callId, true);
  }

  async resume(callId: string): Promise<void> {
    await this.ctx.delay();
    this.require(callId, 'held');
    this.setHeld(callId, false);
    this.activate(callId);
  }

  async mute(callId: string, muted: boolean): Promise<void> {
    const live = this.require(callId);
    live.media?.setMuted(muted);
    // One microphone feeds a conference: muting it mutes the agent on both legs.
    const legs = live.call.conference ? this.calls.filter((c) => c.conference) : [live.call];
    for (const call of legs) this.patch(call.id, { muted });
  }

  async sendDtmf(callId: string, digits: string): Promise<void> {
    const live = this.require(callId, 'talking');
    if (live.media) await live.media.sendDtmf(digits);
  }

  async switchTo(callId: string): Promise<void> {
    await this.ctx.delay();
    this.require(callId, 'held');
    this.holdActive(callId);
    this.setHeld(callId, false);
    this.activate(callId);
  }

  // --------------------------------------------------------------------------------------
  // Transfer, consultation, conference

  async transfer(callId: string, target: TransferTarget): Promise<void> {
    this.require(callId);
    this.patch(callId, { transfer: { target, state: 'trying' } });
    await this.ctx.delay(this.ctx.timings.transferAfter);
    const refusal = this.targetRefusal(target);
    if (refusal) {
      this.patch(callId, { transfer: { target, state: 'failed' } });
      throw new CallCenterError('rejected-by-backend', refusal);
    }
    const live = this.require(callId);
    this.patch(callId, { transfer: { target, state: 'accepted' } });
    this.world.handOver(live.call, target);
    this.end(callId, 'transferred');
  }

  async consult(callId: string, target: TransferTarget): Promise<string> {
    await this.ctx.delay();
    const parent = this.require(callId);
    if (parent.call.state === 'talking') this.setHeld(callId, true);
    const agent = target.kind === 'agent' ? this.world.agentAvailable(target.agentId) : null;
    const remote: Party = agent
      ? { number: agent.extension, displayName: agent.name }
      : { number: targetLabel(target, this.world) };
    const consult = this.create({
      direction: target.kind === 'number' ? 'outbound' : 'internal',
      state: 'dialing',
      remote,
      consultOf: callId,
    });
    this.ctx.media.ringback(true);
    const refusal = this.targetRefusal(target);
    const outcome = refusal
      ? 'busy'
      : target.kind === 'number'
        ? dialOutcome(target.number)
        : 'answer';
    this.scheduleOutcome(consult.id, outcome, () => this.answeredByFarEnd(consult.id, 'colleague'));
    return consult.id;
  }

  async cancelConsult(consultId: string): Promise<void> {
    await this.ctx.delay();
    this.require(consultId, 'dialing');
    this.end(consultId, 'cancelled');
  }

  async retrieve(consultId: string): Promise<void> {
    await this.ctx.delay();
    const consult = this.require(consultId);
    const parentId = consult.call.consultOf;
    this.end(consultId, 'hangup-local');
    if (parentId && this.live.has(parentId)) {
      this.setHeld(parentId, false);
      this.activate(parentId);
    }
  }

  async completeTransfer(consultId: string): Promise<void> {
    await this.ctx.delay(this.ctx.timings.transferAfter);
    const consult = this.require(consultId);
    const parentId = consult.call.consultOf!;
    this.require(parentId);
    this.patch(parentId, {
      transfer: {
        target: { kind: 'number', number: consult.call.remote.number },
        state: 'accepted',
      },
    });
    this.end(parentId, 'transferred');
    this.end(consultId, 'transferred');
  }

  async conference(consultId: string): Promise<void> {
    await this.ctx.delay();
    const consult = this.require(consultId);
    const parentId = consult.call.consultOf!;
    this.require(parentId);
    this.setHeld(parentId, false);
    this.patch(parentId, { conference: true });
    this.patch(consultId, { conference: true, consultOf: null });
    this.ctx.media.conference(parentId, consultId);
    this.activate(parentId);
  }

  /** Ends every call, for logout-by-force and destroy. */
  endAll(cause: EndCause): void {
    for (const call of this.calls) this.end(call.id, cause);
  }

  /** The far end hung up. */
  remoteHangup(callId: string): void {
    if (this.live.has(callId)) this.end(callId, 'hangup-remote');
  }

  // --------------------------------------------------------------------------------------
  // Internals

  private create(fields: Partial<Call> & Pick<Call, 'direction' | 'state' | 'remote'>): Call {
    const call = newCall({
      id: this.ctx.nextId('demo-call'),
      startedAt: this.ctx.now(),
      ...fields,
    });
    this.live.set(call.id, { call, media: null, cancelTimers: [] });
    this.ctx.emit({ type: 'call/created', call });
    if (this.activeId === null || call.direction !== 'inbound' || call.consultOf)
      this.activeId = call.id;
    this.world.callsChanged();
    return call;
  }

  private patch(callId: string, patch: CallPatch): void {
    const live = this.live.get(callId);
    if (!live) return;
    live.call = { ...live.call, ...patch };
    this.ctx.emit({ type: 'call/updated', callId, patch });
    this.world.callsChanged();
  }

  private end(callId: string, cause: EndCause): void {
    const live = this.live.get(callId);
    if (!live) return;
    this.clearTimers(live);
    live.media?.close();
    this.live.delete(callId);
    if (this.activeId === callId) {
      const parent = live.call.consultOf;
      this.activeId =
        parent && this.live.has(parent) ? parent : ([...this.live.keys()].at(-1) ?? null);
    }
    this.ctx.emit({ type: 'call/ended', callId, cause, at: this.ctx.now() });
    this.updateRingtone();
    if (![...this.live.values()].some((l) => l.call.state === 'dialing'))
      this.ctx.media.ringback(false);
    this.world.callsChanged();
    if (this.live.size === 0) this.world.allCallsEnded();
  }

  private activate(callId: string): void {
    if (this.activeId === callId) return;
    this.activeId = callId;
    this.ctx.emit({ type: 'call/activated', callId });
  }

  /** Puts the talking call (other than `except`) on hold, as answering or dialing does. */
  private holdActive(except?: string): void {
    for (const live of this.live.values()) {
      if (live.call.id !== except && live.call.state === 'talking' && !live.call.conference) {
        this.setHeld(live.call.id, true);
      }
    }
  }

  private setHeld(callId: string, held: boolean): void {
    const live = this.live.get(callId);
    if (!live) return;
    live.media?.setHeld(held);
    this.patch(callId, { state: held ? 'held' : 'talking' });
  }

  private async attachMedia(callId: string, voice: DemoVoice): Promise<void> {
    const media = await this.ctx.media.connect(callId, voice);
    const live = this.live.get(callId);
    if (!live) {
      media.close(); // the call ended while media was connecting
      return;
    }
    live.media = media;
    if (live.call.muted) media.setMuted(true);
    if (live.call.state === 'held') media.setHeld(true);
  }

  private scheduleCustomerHangup(callId: string): void {
    const after = this.ctx.options.customerHangsUpAfter;
    const live = this.live.get(callId);
    if (after > 0 && live)
      live.cancelTimers.push(this.ctx.after(after, () => this.remoteHangup(callId)));
  }

  private updateRingtone(): void {
    this.ctx.media.ringtone([...this.live.values()].some((l) => l.call.state === 'ringing'));
  }

  private clearTimers(live: LiveCall): void {
    for (const cancel of live.cancelTimers) cancel();
    live.cancelTimers = [];
  }

  private targetRefusal(target: TransferTarget): string | null {
    if (target.kind !== 'agent') return null;
    const agent = this.world.agentAvailable(target.agentId);
    if (!agent) return `There is no agent "${target.agentId}".`;
    return agent.available ? null : `${agent.name} is not available.`;
  }

  private require(callId: string, state?: Call['state']): LiveCall {
    const live = this.live.get(callId);
    if (!live) throw new CallCenterError('unknown-call', `Call ${callId} has ended.`);
    if (state && live.call.state !== state) {
      throw new CallCenterError(
        'rejected-by-backend',
        `Call ${callId} is ${live.call.state}, not ${state}.`,
      );
    }
    return live;
  }
}

/** What a consult to `target` shows as the far end: a queue by its name, others by address. */
function targetLabel(target: TransferTarget, world: CallEngineWorld): string {
  return target.kind === 'queue'
    ? (world.queueName(target.queueId) ?? target.queueId)
    : targetAddress(target);
}
