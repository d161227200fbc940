/**
 * Configuration of the plain-SIP back end, checked before anything connects: a bad URL,
 * address or number fails at once with a sentence that says which.
 */
import { CallCenterError } from '../../model/errors.js';
import type { CredentialsProvider } from '../backend.js';

/** How keypad tones are sent: RFC 4733 (RTP events) when the call can, else SIP INFO. */
export type DtmfMethod = 'auto' | 'rfc4733' | 'info';

export interface SipBackendOptions {
  /** WebSocket URL of the SIP server: ws://host:port or wss://host:port/path. */
  readonly server: string;
  /** The agent's SIP address: sip:1001@example.com. */
  readonly aor: string;
  /** Digest user when it differs from the address's user part. */
  readonly authorizationUser?: string;
  readonly displayName?: string;
  /** STUN/TURN servers for ICE; empty for a LAN or loopback. */
  readonly iceServers?: readonly RTCIceServer[];
  /** Gives up gathering ICE candidates after this long (ms); default 500. */
  readonly iceGatheringTimeout?: number;
  /** Registration lifetime asked of the registrar, in seconds (default 300). */
  readonly registerExpires?: number;
  /** Seconds of wrap-up after each call; default 0 (a plain phone has none). */
  readonly wrapUpSeconds?: number;
  /** Reconnect backoff: first delay and cap, in ms (defaults 250 and 10000), doubling. */
  readonly reconnect?: { readonly initialDelay?: number; readonly maxDelay?: number };
  /** Unanswered outbound calls are cancelled after this many seconds (default 60). */
  readonly noAnswerTimeout?: number;
  /** Keypad tones: 'auto' (RFC 4733, INFO when the call has no RTP sender), 'rfc4733', 'info'. */
  readonly dtmfMethod?: DtmfMethod;
  /** Call quality is sampled this often, in ms (default 2000). */
  readonly qualityInterval?: number;
  readonly credentials?: CredentialsProvider;
}

export interface ResolvedSipOptions {
  readonly server: string;
  readonly aor: string;
  readonly user: string;
  readonly domain: string;
  readonly authorizationUser: string;
  readonly displayName: string | undefined;
  readonly iceServers: readonly RTCIceServer[];
  readonly iceGatheringTimeout: number;
  readonly registerExpires: number;
  readonly wrapUpSeconds: number;
  readonly reconnect: { readonly initialDelay: number; readonly maxDelay: number };
  readonly noAnswerTimeout: number;
  readonly dtmfMethod: DtmfMethod;
  readonly qualityInterval: number;
  readonly credentials: CredentialsProvider | undefined;
}

const SIP_AOR =
  /^sips?:([^@\s:;<>"]+)@([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?(;[^\s<>"]*)?$/i;
const DTMF_METHODS: readonly DtmfMethod[] = ['auto', 'rfc4733', 'info'];

const invalid = (message: string) => new CallCenterError('invalid-config', message);

/** A number option within [min, max], or its default when absent. */
function numberOption(
  options: object,
  key: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const value = (options as Record<string, unknown>)[key];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw invalid(
      `The SIP option "${key}" must be a number from ${min} to ${max}; got ${JSON.stringify(value)}.`,
    );
  }
  return value;
}

function optionalText(options: object, key: string): string | undefined {
  const value = (options as Record<string, unknown>)[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalid(`The SIP option "${key}" must be text.`);
  return value.trim() || undefined;
}

function resolveServer(raw: unknown): string {
  const server = typeof raw === 'string' ? raw.trim() : '';
  if (!server) throw invalid('The SIP back end needs a server URL (ws:// or wss://).');
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    throw invalid(
      `"${server}" is not a URL; the SIP server must be ws://host:port or wss://host:port.`,
    );
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
    throw invalid(
      `The SIP server must be a WebSocket URL (ws:// or wss://), not ${url.protocol}//.`,
    );
  }
  return server;
}

/** Splits a SIP address into user and domain (host and port); throws `invalid-sip-uri`. */
export function parseAor(raw: unknown): { aor: string; user: string; domain: string } {
  const aor = typeof raw === 'string' ? raw.trim() : '';
  const match = SIP_AOR.exec(aor);
  if (!match || (match[3] !== undefined && Number(match[3]) > 65535)) {
    throw new CallCenterError(
      'invalid-sip-uri',
      `"${aor}" is not a SIP address; expected sip:user@domain.`,
    );
  }
  return { aor, user: match[1]!, domain: match[3] ? `${match[2]}:${match[3]}` : match[2]! };
}

function resolveIceServers(raw: unknown): readonly RTCIceServer[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw) || raw.some((s) => !s || typeof s !== 'object' || !('urls' in s))) {
    throw invalid(
      'The SIP option "iceServers" must be a list of { urls, username?, credential? }.',
    );
  }
  return raw as RTCIceServer[];
}

export function resolveSipOptions(options: Partial<SipBackendOptions>): ResolvedSipOptions {
  const server = resolveServer(options.server);
  const { aor, user, domain } = parseAor(options.aor);
  const authorizationUser = optionalText(options, 'authorizationUser') ?? user;
  if (/[\s"]/.test(authorizationUser))
    throw invalid('The SIP authorization user cannot contain spaces or quotes.');
  const dtmfMethod = options.dtmfMethod ?? 'auto';
  if (!DTMF_METHODS.includes(dtmfMethod)) {
    throw invalid(
      `The SIP option "dtmfMethod" must be one of ${DTMF_METHODS.join(', ')}; got ${JSON.stringify(dtmfMethod)}.`,
    );
  }
  if (options.credentials !== undefined && typeof options.credentials !== 'function') {
    throw invalid('The SIP credentials must be a function that returns the password.');
  }
  const reconnect = options.reconnect ?? {};
  const initialDelay = numberOption(reconnect, 'initialDelay', 250, 10, 60_000);
  const maxDelay = numberOption(reconnect, 'maxDelay', 10_000, initialDelay, 300_000);
  return {
    server,
    aor,
    user,
    domain,
    authorizationUser,
    displayName: optionalText(options, 'displayName'),
    iceServers: resolveIceServers(options.iceServers),
    iceGatheringTimeout: numberOption(options, 'iceGatheringTimeout', 500, 0, 60_000),
    registerExpires: numberOption(options, 'registerExpires', 300, 30, 86_400),
    wrapUpSeconds: numberOption(options, 'wrapUpSeconds', 0, 0, 3_600),
    reconnect: { initialDelay, maxDelay },
    noAnswerTimeout: numberOption(options, 'noAnswerTimeout', 60, 0.1, 3_600),
    dtmfMethod,
    qualityInterval: numberOption(options, 'qualityInterval', 2_000, 100, 60_000),
    credentials: options.credentials,
  };
}

/** A dial string or target as a SIP URI in the agent's domain. */
export function toSipUri(target: string, domain: string): string {
  if (/^sips?:/i.test(target)) return target;
  if (target.includes('@')) return `sip:${target}`;
  return `sip:${target}@${domain}`;
}
