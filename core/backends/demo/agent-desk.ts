/**
 * The person using the page, as the demo contact center sees them: login, presence, wrap-up
 * with its deadline, and the next state chosen during a call.
 */
import { CallCenterError } from '../../model/errors.js';
import type { NextState, NotReadyReason, PhoneType, Presence } from '../../store/state.js';
import type { CredentialsProvider, LoginRequest } from '../backend.js';
import type { DemoContext } from './context.js';
import { DEMO_REASONS } from './options.js';

/** The demo's one refused password, so a person can see a failed login. */
export const DEMO_WRONG_PASSWORD = 'wrong';

export interface DeskListener {
  /** Presence or identity changed: the roster mirrors the person. */
  deskChanged(): void;
}

export class AgentDesk {
  agentId: string | null = null;
  name: string | null = null;
  extension: string | null = null;
  phoneType: PhoneType | null = null;
  presence: Presence = 'offline';
  reason: NotReadyReason | null = null;
  since = 0;
  private nextState: NextState | null = null;
  private wrapUpDeadline: number | null = null;
  private cancelWrapUpTimer: (() => void) | null = null;

  constructor(
    private readonly ctx: DemoContext,
    private readonly defaultCredentials: CredentialsProvider | undefined,
    private readonly listener: DeskListener,
  ) {}

  get loggedIn(): boolean {
    return this.presence !== 'offline';
  }

  async login(request: LoginRequest): Promise<void> {
    const provider = request.credentials ?? this.defaultCredentials;
    await this.ctx.delay();
    if (provider) {
      // The secret is compared and dropped: it is never stored or emitted.
      const secret = await provider();
      if (secret === DEMO_WRONG_PASSWORD) {
        throw new CallCenterError('auth-failed', 'The agent id or password is wrong.', {
          vendor: { code: '401', message: 'Unauthorized' },
        });
      }
    }
    this.agentId = request.agentId.trim();
    this.name = `Agent ${this.agentId}`;
    this.extension = request.extension?.trim() || `8${this.agentId.slice(-3).padStart(3, '0')}`;
    this.phoneType = request.phoneType ?? 'webrtc';
    this.ctx.emit({ type: 'connection/changed', patch: { registration: 'registered', reason: null } });
    this.ctx.emit({
      type: 'agent/logged-in',
      id: this.agentId,
      name: this.name,
      extension: this.extension,
      phoneType: this.phoneType,
      at: this.ctx.now(),
    });
    if (request.initialPresence === 'ready') this.setPresence('ready', null);
    else this.setPresence('not-ready', request.reason ?? DEMO_REASONS[1]!);
  }

  async logout(): Promise<void> {
    await this.ctx.delay();
    this.forceLogout();
  }

  /** Logout without a round trip (supervisor forced, or the next state was offline). */
  forceLogout(): void {
    this.stopWrapUpTimer();
    this.setNext(null);
    this.presence = 'offline';
    this.reason = null;
    this.since = this.ctx.now();
    this.ctx.emit({ type: 'agent/logged-out', at: this.since });
    this.ctx.emit({ type: 'connection/changed', patch: { registration: 'unregistered' } });
    this.listener.deskChanged();
  }

  async setReady(): Promise<void> {
    await this.ctx.delay();
    this.stopWrapUpTimer();
    this.setNext(null);
    this.setPresence('ready', null);
  }

  async setNotReady(reason: NotReadyReason): Promise<void> {
    await this.ctx.delay();
    this.stopWrapUpTimer();
    this.setNext(null);
    this.setPresence('not-ready', reason);
  }

  async extendWrapUp(seconds: number): Promise<void> {
    await this.ctx.delay();
    if (this.presence !== 'wrap-up' || this.wrapUpDeadline === null) {
      throw new CallCenterError('rejected-by-backend', 'Wrap-up has already ended.');
    }
    this.scheduleWrapUpEnd(this.wrapUpDeadline + seconds * 1000);
    this.ctx.emit({ type: 'agent/wrap-up-extended', wrapUpDeadline: this.wrapUpDeadline });
  }

  async endWrapUp(next: NextState): Promise<void> {
    await this.ctx.delay();
    this.stopWrapUpTimer();
    this.setNext(null);
    this.apply(next);
  }

  async requestNextState(next: NextState | null): Promise<void> {
    await this.ctx.delay();
    this.setNext(next);
  }

  /** The person's last call ended: wrap-up if configured, else the next state (or stay). */
  callsEnded(): void {
    if (!this.loggedIn) return;
    const seconds = this.ctx.options.wrapUpSeconds;
    if (seconds > 0) {
      this.scheduleWrapUpEnd(this.ctx.now() + seconds * 1000);
      this.setPresence('wrap-up', null);
      return;
    }
    this.applyNext();
  }

  /** Forced by a supervisor. */
  force(presence: 'ready' | 'not-ready', reason: NotReadyReason | null): void {
    this.stopWrapUpTimer();
    this.setPresence(presence, presence === 'not-ready' ? (reason ?? DEMO_REASONS[0]!) : null);
  }

  private applyNext(): void {
    const next = this.nextState;
    if (!next) {
      if (this.presence === 'wrap-up') this.setPresence('ready', null);
      return;
    }
    this.setNext(null);
    this.apply(next);
  }

  private apply(next: NextState): void {
    if (next.presence === 'offline') this.forceLogout();
    else this.setPresence(next.presence, next.presence === 'not-ready' ? next.reason : null);
  }

  private scheduleWrapUpEnd(deadline: number): void {
    this.cancelWrapUpTimer?.();
    this.wrapUpDeadline = deadline;
    this.cancelWrapUpTimer = this.ctx.after(Math.max(0, deadline - this.ctx.now()), () => {
      this.cancelWrapUpTimer = null;
      this.wrapUpDeadline = null;
      this.applyNext();
    });
  }

  private stopWrapUpTimer(): void {
    this.cancelWrapUpTimer?.();
    this.cancelWrapUpTimer = null;
    this.wrapUpDeadline = null;
  }

  private setNext(next: NextState | null): void {
    if (this.nextState === next) return;
    this.nextState = next;
    this.ctx.emit({ type: 'agent/next-state', next });
  }

  private setPresence(presence: Presence, reason: NotReadyReason | null): void {
    this.presence = presence;
    this.reason = reason;
    this.since = this.ctx.now();
    this.ctx.emit({
      type: 'agent/presence',
      presence,
      reason,
      at: this.since,
      wrapUpDeadline: presence === 'wrap-up' ? this.wrapUpDeadline : null,
    });
    this.listener.deskChanged();
  }
}
