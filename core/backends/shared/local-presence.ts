/**
 * Agent presence kept by the kit itself: for back ends without server-side agent states (plain
 * SIP) and for the demo's simulated server. Presence, wrap-up with a deadline that can be
 * extended or ended early, and a next state that applies when the work ends.
 */
import { CallCenterError } from '../../model/errors.js';
import type { BackendEvent } from '../../store/actions.js';
import type { NextState, NotReadyReason, PhoneType, Presence } from '../../store/state.js';

export interface LocalPresenceDeps {
  emit(event: BackendEvent): void;
  now(): number;
  /** Runs `fn` after `ms`; returns a cancel function. */
  after(ms: number, fn: () => void): () => void;
  /** Seconds of wrap-up after the last call; 0 for none. */
  readonly wrapUpSeconds: number;
  /** Presence or identity changed (the demo's roster mirrors the person). */
  changed?(): void;
}

export interface AgentIdentity {
  readonly id: string;
  readonly name: string | null;
  readonly extension: string | null;
  readonly phoneType: PhoneType | null;
}

export class LocalPresence {
  identity: AgentIdentity | null = null;
  presence: Presence = 'offline';
  reason: NotReadyReason | null = null;
  since = 0;
  private nextState: NextState | null = null;
  private wrapUpDeadline: number | null = null;
  private cancelWrapUpTimer: (() => void) | null = null;

  constructor(private readonly deps: LocalPresenceDeps) {
    this.since = deps.now();
  }

  get loggedIn(): boolean {
    return this.presence !== 'offline';
  }

  /** The agent logged in: identity and first presence. */
  loggedInAs(
    identity: AgentIdentity,
    presence: 'ready' | 'not-ready',
    reason: NotReadyReason | null,
  ): void {
    this.identity = identity;
    this.deps.emit({ type: 'agent/logged-in', ...identity, at: this.deps.now() });
    this.setPresence(presence, presence === 'not-ready' ? reason : null);
  }

  loggedOut(): void {
    this.stopWrapUpTimer();
    this.setNext(null);
    this.identity = null;
    this.presence = 'offline';
    this.reason = null;
    this.since = this.deps.now();
    this.deps.emit({ type: 'agent/logged-out', at: this.since });
    this.deps.changed?.();
  }

  setReady(): void {
    this.stopWrapUpTimer();
    this.setNext(null);
    this.setPresence('ready', null);
  }

  setNotReady(reason: NotReadyReason): void {
    this.stopWrapUpTimer();
    this.setNext(null);
    this.setPresence('not-ready', reason);
  }

  extendWrapUp(seconds: number): void {
    if (this.presence !== 'wrap-up' || this.wrapUpDeadline === null) {
      throw new CallCenterError('rejected-by-backend', 'Wrap-up has already ended.');
    }
    this.scheduleWrapUpEnd(this.wrapUpDeadline + seconds * 1000);
    this.deps.emit({ type: 'agent/wrap-up-extended', wrapUpDeadline: this.wrapUpDeadline });
  }

  /** Ends wrap-up early. Returns true when the next state is offline (the caller logs out). */
  endWrapUp(next: NextState): boolean {
    this.stopWrapUpTimer();
    this.setNext(null);
    return this.apply(next);
  }

  requestNextState(next: NextState | null): void {
    this.setNext(next);
  }

  /**
   * The agent's last call ended: wrap-up if configured, else the next state. `onLogout` runs
   * when that next state is offline (logging out may need the back end, e.g. unregister).
   */
  callsEnded(onLogout: () => void): void {
    if (!this.loggedIn) return;
    this.onLogout = onLogout;
    if (this.deps.wrapUpSeconds > 0) {
      this.scheduleWrapUpEnd(this.deps.now() + this.deps.wrapUpSeconds * 1000);
      this.setPresence('wrap-up', null);
      return;
    }
    this.applyNext();
  }

  /** A supervisor forced a presence. */
  force(presence: 'ready' | 'not-ready', reason: NotReadyReason | null): void {
    this.stopWrapUpTimer();
    this.setPresence(presence, presence === 'not-ready' ? reason : null);
  }

  dispose(): void {
    this.stopWrapUpTimer();
  }

  private onLogout: () => void = () => this.loggedOut();

  private applyNext(): void {
    const next = this.nextState;
    if (!next) {
      if (this.presence === 'wrap-up') this.setPresence('ready', null);
      return;
    }
    this.setNext(null);
    if (this.apply(next)) this.onLogout();
  }

  /** Returns true for offline: logging out needs the back end (unregister), so the caller does it. */
  private apply(next: NextState): boolean {
    if (next.presence === 'offline') return true;
    this.setPresence(next.presence, next.presence === 'not-ready' ? next.reason : null);
    return false;
  }

  private scheduleWrapUpEnd(deadline: number): void {
    this.cancelWrapUpTimer?.();
    this.wrapUpDeadline = deadline;
    this.cancelWrapUpTimer = this.deps.after(Math.max(0, deadline - this.deps.now()), () => {
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
    this.deps.emit({ type: 'agent/next-state', next });
  }

  private setPresence(presence: Presence, reason: NotReadyReason | null): void {
    this.presence = presence;
    this.reason = reason;
    this.since = this.deps.now();
    this.deps.emit({
      type: 'agent/presence',
      presence,
      reason,
      at: this.since,
      wrapUpDeadline: presence === 'wrap-up' ? this.wrapUpDeadline : null,
    });
    this.deps.changed?.();
  }
}
