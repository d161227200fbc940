/**
 * The person using the page, as the demo contact center sees them: login with a simulated
 * server round trip, then presence kept by {@link LocalPresence} (wrap-up, next state).
 */
import { CallCenterError } from '../../model/errors.js';
import type { NextState, NotReadyReason, Presence } from '../../store/state.js';
import type { CredentialsProvider, LoginRequest } from '../backend.js';
import { LocalPresence } from '../shared/local-presence.js';
import type { DemoContext } from './context.js';
import { DEMO_REASONS } from './options.js';

/** The demo's one refused password, so a person can see a failed login. */
export const DEMO_WRONG_PASSWORD = 'wrong';

export interface DeskListener {
  /** Presence or identity changed: the roster mirrors the person. */
  deskChanged(): void;
}

export class AgentDesk {
  private readonly local: LocalPresence;

  constructor(
    private readonly ctx: DemoContext,
    private readonly defaultCredentials: CredentialsProvider | undefined,
    listener: DeskListener,
  ) {
    this.local = new LocalPresence({
      emit: (event) => ctx.emit(event),
      now: () => ctx.now(),
      after: (ms, fn) => ctx.after(ms, fn),
      wrapUpSeconds: ctx.options.wrapUpSeconds,
      changed: () => listener.deskChanged(),
    });
  }

  get agentId(): string | null {
    return this.local.identity?.id ?? null;
  }
  get name(): string | null {
    return this.local.identity?.name ?? null;
  }
  get extension(): string | null {
    return this.local.identity?.extension ?? null;
  }
  get presence(): Presence {
    return this.local.presence;
  }
  get reason(): NotReadyReason | null {
    return this.local.reason;
  }
  get since(): number {
    return this.local.since;
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
    const id = request.agentId.trim();
    this.ctx.emit({
      type: 'connection/changed',
      patch: { registration: 'registered', reason: null },
    });
    this.local.loggedInAs(
      {
        id,
        name: `Agent ${id}`,
        extension: request.extension?.trim() || `8${id.slice(-3).padStart(3, '0')}`,
        phoneType: request.phoneType ?? 'webrtc',
      },
      request.initialPresence ?? 'not-ready',
      request.reason ?? DEMO_REASONS[1]!,
    );
  }

  async logout(): Promise<void> {
    await this.ctx.delay();
    this.forceLogout();
  }

  /** Logout without a round trip (supervisor forced, or the next state was offline). */
  forceLogout(): void {
    this.local.loggedOut();
    this.ctx.emit({ type: 'connection/changed', patch: { registration: 'unregistered' } });
  }

  async setReady(): Promise<void> {
    await this.ctx.delay();
    this.local.setReady();
  }

  async setNotReady(reason: NotReadyReason): Promise<void> {
    await this.ctx.delay();
    this.local.setNotReady(reason);
  }

  async extendWrapUp(seconds: number): Promise<void> {
    await this.ctx.delay();
    this.local.extendWrapUp(seconds);
  }

  async endWrapUp(next: NextState): Promise<void> {
    await this.ctx.delay();
    if (this.local.endWrapUp(next)) this.forceLogout();
  }

  async requestNextState(next: NextState | null): Promise<void> {
    await this.ctx.delay();
    this.local.requestNextState(next);
  }

  /** The person's last call ended: wrap-up if configured, else the next state. */
  callsEnded(): void {
    this.local.callsEnded(() => this.forceLogout());
  }

  /** Forced by a supervisor. */
  force(presence: 'ready' | 'not-ready', reason: NotReadyReason | null): void {
    this.local.force(presence, presence === 'not-ready' ? (reason ?? DEMO_REASONS[0]!) : null);
  }

  dispose(): void {
    this.local.dispose();
  }
}
