/**
 * The SIP user agent and its registration: connect, register with digest auth, refresh before
 * expiry, unregister on logout. sip.js 0.21 does not reconnect by itself, so this does, with
 * exponential backoff, and registers again. Transport and registration state, with the reason,
 * go into the store.
 */
import {
  Registerer,
  RegistererState,
  SIPExtension,
  UserAgent,
  type Invitation,
  type UserAgentOptions,
} from 'sip.js';
import { CallCenterError } from '../../model/errors.js';
import type { BackendEvent } from '../../store/actions.js';
import type { ResolvedSipOptions } from './options.js';

export interface ConnectionDeps {
  emit(event: BackendEvent): void;
  onInvite(invitation: Invitation): void;
  /** sip.js session description handler factory and its options (media). */
  readonly sessionDescriptionHandlerFactory: UserAgentOptions['sessionDescriptionHandlerFactory'];
  /** The transport came back after a drop: calls may need attention. */
  onReconnected(): void;
  /** The transport dropped (calls' in-dialog requests will fail until it is back). */
  onTransportLost(): void;
}

export class SipConnection {
  private ua: UserAgent | null = null;
  private registerer: Registerer | null = null;
  private intentional = false;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private reconnecting = false;
  /** This connection registered at least once (a later Unregistered is a loss, not a refusal). */
  private registeredOnce = false;
  private readonly onOnline = () => {
    if (this.retryTimer) this.retryNow();
  };

  constructor(
    private readonly options: ResolvedSipOptions,
    private readonly deps: ConnectionDeps,
  ) {}

  get userAgent(): UserAgent {
    if (!this.ua)
      throw new CallCenterError('not-allowed', 'Log in first: the SIP phone is not connected.');
    return this.ua;
  }

  get connected(): boolean {
    return this.ua?.isConnected() ?? false;
  }

  /**
   * Connects and registers. The password is handed to sip.js (it needs it for every digest
   * challenge) and kept nowhere else.
   */
  async connect(password: string | undefined): Promise<void> {
    await this.disconnect();
    this.intentional = false;
    this.registeredOnce = false;
    const uri = UserAgent.makeURI(this.options.aor);
    if (!uri)
      throw new CallCenterError('invalid-sip-uri', `"${this.options.aor}" is not a SIP address.`);
    const ua = new UserAgent({
      uri,
      transportOptions: { server: this.options.server, connectionTimeout: 5 },
      authorizationUsername: this.options.authorizationUser,
      ...(password === undefined ? {} : { authorizationPassword: password }),
      ...(this.options.displayName ? { displayName: this.options.displayName } : {}),
      sessionDescriptionHandlerFactory: this.deps.sessionDescriptionHandlerFactory,
      sessionDescriptionHandlerFactoryOptions: {
        peerConnectionConfiguration: { iceServers: [...this.options.iceServers] },
        iceGatheringTimeout: this.options.iceGatheringTimeout,
      },
      sipExtensionReplaces: SIPExtension.Supported,
      // Never log configuration or messages: they carry credentials' digests and caller data.
      logConfiguration: false,
      logBuiltinEnabled: false,
      logLevel: 'error',
      delegate: {
        onInvite: (invitation) => this.deps.onInvite(invitation),
        onDisconnect: (error) => this.transportLost(error),
        onConnect: () => undefined,
      },
    });
    this.ua = ua;
    this.deps.emit({
      type: 'connection/changed',
      patch: { transport: 'connecting', registration: 'registering', reason: null },
    });
    try {
      await ua.start();
    } catch (error) {
      await this.teardown();
      throw this.fail(
        new CallCenterError(
          'network',
          `Could not reach the SIP server at ${this.options.server}.`,
          { cause: error },
        ),
        'disconnected',
      );
    }
    this.deps.emit({
      type: 'connection/changed',
      patch: { transport: 'connected', attempt: 0, nextRetryAt: null },
    });
    this.registerer = new Registerer(ua, {
      expires: this.options.registerExpires,
      refreshFrequency: 90,
    });
    this.registerer.stateChange.addListener((state) => {
      if (state === RegistererState.Registered) {
        this.deps.emit({
          type: 'connection/changed',
          patch: { registration: 'registered', reason: null },
        });
      } else if (
        state === RegistererState.Unregistered &&
        this.registeredOnce &&
        !this.intentional &&
        this.connected
      ) {
        // A refresh the registrar refused, or it expired: register again with backoff.
        this.deps.emit({ type: 'connection/changed', patch: { registration: 'unregistered' } });
        if (!this.reconnecting && !this.retryTimer) this.scheduleRetry();
      }
    });
    try {
      await this.register();
      this.registeredOnce = true;
    } catch (error) {
      await this.teardown();
      this.deps.emit({ type: 'connection/changed', patch: { transport: 'disconnected' } });
      throw error;
    }
    if (typeof window !== 'undefined') window.addEventListener('online', this.onOnline);
  }

  /** Unregisters and closes the transport. Safe to call when not connected. */
  async disconnect(): Promise<void> {
    this.intentional = true;
    this.clearRetry();
    if (typeof window !== 'undefined') window.removeEventListener('online', this.onOnline);
    if (this.registerer && this.connected) {
      await withTimeout(
        this.registerer.unregister().then(() => undefined),
        2_000,
      ).catch(() => undefined);
    }
    await this.teardown();
    this.deps.emit({
      type: 'connection/changed',
      patch: {
        transport: 'disconnected',
        registration: 'unregistered',
        attempt: 0,
        nextRetryAt: null,
      },
    });
  }

  private register(): Promise<void> {
    const registerer = this.registerer!;
    this.deps.emit({ type: 'connection/changed', patch: { registration: 'registering' } });
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(
          this.fail(
            new CallCenterError('timeout', 'The SIP server did not answer the registration.'),
          ),
        );
      }, 10_000);
      registerer
        .register({
          requestDelegate: {
            onAccept: () => {
              clearTimeout(timer);
              // After a reconnect the Registerer is still "Registered" from before the drop and
              // reports no state change: say so here.
              this.deps.emit({
                type: 'connection/changed',
                patch: { registration: 'registered', reason: null },
              });
              resolve();
            },
            onReject: (response) => {
              clearTimeout(timer);
              const status = response.message.statusCode ?? 0;
              const reason = response.message.reasonPhrase ?? '';
              const auth = status === 401 || status === 403 || status === 407;
              reject(
                this.fail(
                  new CallCenterError(
                    auth ? 'auth-failed' : 'rejected-by-backend',
                    auth
                      ? 'The SIP server refused the user name or password.'
                      : `The SIP server refused the registration (${status}).`,
                    { vendor: { code: String(status), message: reason } },
                  ),
                ),
              );
            },
          },
        })
        .catch((error: unknown) => {
          clearTimeout(timer);
          reject(
            this.fail(
              new CallCenterError('network', 'The registration could not be sent.', {
                cause: error,
              }),
            ),
          );
        });
    });
  }

  private fail(error: CallCenterError, transport?: 'disconnected'): CallCenterError {
    this.deps.emit({
      type: 'connection/changed',
      patch: {
        registration: 'failed',
        reason: error.toInfo(),
        ...(transport ? { transport } : {}),
      },
    });
    return error;
  }

  private transportLost(error?: Error): void {
    // A failed reconnect attempt also reports a disconnect; the retry loop already handles it.
    if (this.intentional || !this.ua || this.reconnecting || this.retryTimer) return;
    const reason = new CallCenterError('network', 'The connection to the SIP server was lost.', {
      cause: error,
    });
    this.deps.emit({
      type: 'connection/changed',
      patch: { transport: 'reconnecting', registration: 'unregistered', reason: reason.toInfo() },
    });
    this.deps.onTransportLost();
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    this.clearRetry();
    const { initialDelay, maxDelay } = this.options.reconnect;
    // Exponential backoff with a little jitter, so a restarted server is not hit by all at once.
    const delay =
      Math.min(maxDelay, initialDelay * 2 ** this.attempt) * (0.85 + Math.random() * 0.3);
    this.attempt += 1;
    this.deps.emit({
      type: 'connection/changed',
      patch: { attempt: this.attempt, nextRetryAt: Date.now() + Math.round(delay) },
    });
    this.retryTimer = setTimeout(() => this.retryNow(), delay);
  }

  private retryNow(): void {
    this.clearRetry();
    const ua = this.ua;
    if (!ua || this.intentional) return;
    this.reconnecting = true;
    ua.reconnect()
      .then(() => this.register())
      .then(() => {
        this.reconnecting = false;
        this.attempt = 0;
        this.deps.emit({
          type: 'connection/changed',
          patch: { transport: 'connected', attempt: 0, nextRetryAt: null, reason: null },
        });
        this.deps.onReconnected();
      })
      .catch(() => {
        this.reconnecting = false;
        if (!this.intentional && this.ua === ua) this.scheduleRetry();
      });
  }

  private clearRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private async teardown(): Promise<void> {
    const ua = this.ua;
    this.ua = null;
    this.registerer = null;
    if (ua) await ua.stop().catch(() => undefined);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
