/**
 * The plain-SIP back end: one agent's browser registered to a SIP server over WebSocket,
 * calling browsers and SIP phones with real audio. Agent presence is kept locally (a plain SIP
 * server has none): not ready refuses inbound calls as busy.
 */
import { Subject } from 'rxjs';
import { CallCenterError } from '../../model/errors.js';
import type { BackendEvent } from '../../store/actions.js';
import { emptyBackendInfo } from '../../store/initial-state.js';
import type { BackendInfo, NextState, NotReadyReason, TransferTarget } from '../../store/state.js';
import type {
  Backend,
  CredentialsProvider,
  DeviceBackend,
  DialRequest,
  LoginRequest,
} from '../backend.js';
import { NO_CAPABILITIES, type Capabilities } from '../capabilities.js';
import { LocalPresence } from '../shared/local-presence.js';
import { SipConnection } from './connection.js';
import type { SipMediaPort } from './media-port.js';
import type { ResolvedSipOptions } from './options.js';
import { CallControls } from './call-controls.js';
import { SipCalls } from './sip-calls.js';
import { SipTransfers } from './transfers.js';
import type { UserAgentOptions } from 'sip.js';

export const SIP_REASONS: readonly NotReadyReason[] = [
  { code: 'dnd', label: 'Do not disturb' },
  { code: 'break', label: 'Break' },
  { code: 'meeting', label: 'Meeting' },
];

export function sipCapabilities(wrapUpSeconds: number): Capabilities {
  return {
    ...NO_CAPABILITIES,
    agentState: true,
    wrapUp: wrapUpSeconds > 0 ? { extendable: true, min: 30, max: 900 } : null,
    nextState: true,
    phoneTypes: ['webrtc'],
    outbound: true,
    sipUris: true,
    reject: true,
    hold: true,
    mute: true,
    dtmf: { maxDigits: 24, letters: true },
    transferTargets: ['number', 'extension'],
    consult: true,
    consultTargets: ['number', 'extension'],
    conference: true,
    multipleCalls: true,
    localMedia: true,
  };
}

export class SipBackend implements Backend {
  readonly info: BackendInfo;
  readonly events$;
  readonly devices: DeviceBackend | undefined;
  private readonly subject = new Subject<BackendEvent>();
  private readonly connection: SipConnection;
  private readonly calls: SipCalls;
  private readonly controls: CallControls;
  private readonly transfers: SipTransfers;
  private readonly presence: LocalPresence;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  private readonly media: SipMediaPort;

  constructor(
    private readonly options: ResolvedSipOptions,
    createMedia: (
      emit: (event: BackendEvent) => void,
      options: { qualityInterval: number },
    ) => {
      port: SipMediaPort;
      sessionDescriptionHandlerFactory: UserAgentOptions['sessionDescriptionHandlerFactory'];
    },
  ) {
    this.info = {
      ...emptyBackendInfo('sip', sipCapabilities(options.wrapUpSeconds)),
      reasons: SIP_REASONS,
      wrapUpSeconds: options.wrapUpSeconds,
    };
    this.events$ = this.subject.asObservable();
    const emit = (event: BackendEvent) => this.subject.next(event);
    const { port: media, sessionDescriptionHandlerFactory } = createMedia(emit, {
      qualityInterval: options.qualityInterval,
    });
    this.media = media;
    this.devices = media.devices;
    this.presence = new LocalPresence({
      emit,
      now: () => Date.now(),
      after: (ms, fn) => {
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          fn();
        }, ms);
        this.timers.add(timer);
        return () => {
          clearTimeout(timer);
          this.timers.delete(timer);
        };
      },
      wrapUpSeconds: options.wrapUpSeconds,
    });
    this.calls = new SipCalls({
      emit,
      userAgent: () => this.connection.userAgent,
      domain: options.domain,
      media,
      noAnswerTimeout: options.noAnswerTimeout,
      acceptsInbound: () =>
        this.presence.presence === 'ready' || (this.presence.loggedIn && this.calls.count > 0),
      allCallsEnded: () => this.presence.callsEnded(() => void this.logout()),
    });
    this.controls = new CallControls(this.calls, emit, options.dtmfMethod);
    this.transfers = new SipTransfers(this.calls, this.controls, { domain: options.domain, media });
    this.connection = new SipConnection(options, {
      emit,
      onInvite: (invitation) => this.calls.onInvite(invitation),
      sessionDescriptionHandlerFactory,
      onReconnected: () => undefined,
      onTransportLost: () => this.calls.transportLost(),
    });
  }

  async start(): Promise<void> {
    // Nothing connects before login: the password is only known then.
    this.subject.next({ type: 'connection/changed', patch: { transport: 'disconnected' } });
    // Now that the events are listened to: the devices state, whole, then its changes.
    void this.media.start?.().catch(() => undefined);
  }

  async login(request: LoginRequest): Promise<void> {
    const provider: CredentialsProvider | undefined =
      request.credentials ?? this.options.credentials;
    const password = provider ? await provider() : undefined;
    await this.connection.connect(password);
    this.presence.loggedInAs(
      {
        id: request.agentId.trim(),
        name: this.options.displayName ?? null,
        extension: request.extension?.trim() || this.options.user,
        phoneType: 'webrtc',
      },
      request.initialPresence ?? 'ready',
      request.reason ?? SIP_REASONS[0]!,
    );
  }

  async logout(): Promise<void> {
    await this.calls.endAll();
    await this.connection.disconnect();
    this.presence.loggedOut();
  }

  async setReady() {
    this.presence.setReady();
  }
  async setNotReady(reason: NotReadyReason) {
    this.presence.setNotReady(reason);
  }
  async extendWrapUp(seconds: number) {
    this.presence.extendWrapUp(seconds);
  }
  async endWrapUp(next: NextState) {
    if (this.presence.endWrapUp(next)) await this.logout();
  }
  async requestNextState(next: NextState | null) {
    this.presence.requestNextState(next);
  }

  async dial(request: DialRequest): Promise<string> {
    this.requireConnected();
    return (await this.calls.dial(request.number)).call.id;
  }
  answer(callId: string) {
    return this.controls.answer(callId);
  }
  reject(callId: string) {
    return this.calls.reject(callId);
  }
  hangup(callId: string) {
    return this.calls.hangup(callId);
  }
  hold(callId: string) {
    this.requireConnected();
    return this.controls.hold(callId);
  }
  resume(callId: string) {
    this.requireConnected();
    return this.controls.resume(callId);
  }
  mute(callId: string) {
    return this.controls.mute(callId, true);
  }
  unmute(callId: string) {
    return this.controls.mute(callId, false);
  }
  sendDtmf(callId: string, digits: string) {
    return this.controls.sendDtmf(callId, digits);
  }
  transfer(callId: string, target: TransferTarget) {
    this.requireConnected();
    return this.transfers.transfer(callId, target);
  }
  consult(callId: string, target: TransferTarget) {
    this.requireConnected();
    return this.transfers.consult(callId, target);
  }
  cancelConsult(consultId: string) {
    return this.transfers.cancelConsult(consultId);
  }
  retrieve(consultId: string) {
    return this.transfers.retrieve(consultId);
  }
  completeTransfer(consultId: string) {
    this.requireConnected();
    return this.transfers.completeTransfer(consultId);
  }
  conference(consultId: string) {
    return this.transfers.conference(consultId);
  }
  switchTo(callId: string) {
    this.requireConnected();
    return this.controls.switchTo(callId);
  }

  async destroy(): Promise<void> {
    await this.calls.endAll();
    await this.connection.disconnect().catch(() => undefined);
    this.presence.dispose();
    for (const timer of this.timers) clearTimeout(timer);
    this.media.destroy();
    this.subject.complete();
  }

  private requireConnected(): void {
    if (!this.connection.connected) {
      throw new CallCenterError('network', 'Not connected to the SIP server; reconnecting.');
    }
  }
}
