/**
 * Configuration of the plain-SIP back end, checked before anything connects: a bad URL or
 * address fails at once with a sentence that says which.
 */
import { CallCenterError } from '../../model/errors.js';
import type { CredentialsProvider } from '../backend.js';

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
  /** Gives up gathering ICE candidates after this long (ms); default 500 on loopback-friendly. */
  readonly iceGatheringTimeout?: number;
  /** Registration lifetime asked of the registrar, in seconds (default 300). */
  readonly registerExpires?: number;
  /** Seconds of wrap-up after each call; default 0 (a plain phone has none). */
  readonly wrapUpSeconds?: number;
  /** Reconnect backoff: first delay and cap, in ms (defaults 500 and 10000). */
  readonly reconnect?: { readonly initialDelay?: number; readonly maxDelay?: number };
  /** Unanswered outbound calls are cancelled after this many seconds (default 60). */
  readonly noAnswerTimeout?: number;
  readonly credentials?: CredentialsProvider;
}

export interface ResolvedSipOptions extends Required<Omit<SipBackendOptions, 'credentials' | 'displayName' | 'authorizationUser' | 'reconnect'>> {
  readonly credentials: CredentialsProvider | undefined;
  readonly displayName: string | undefined;
  readonly user: string;
  readonly domain: string;
  readonly authorizationUser: string;
  readonly reconnect: { readonly initialDelay: number; readonly maxDelay: number };
}

const SIP_AOR = /^sips?:([^@\s:;]+)@([A-Za-z0-9.\-[\]]+(?::\d+)?)(;.*)?$/;

export function resolveSipOptions(options: Partial<SipBackendOptions>): ResolvedSipOptions {
  const server = typeof options.server === 'string' ? options.server.trim() : '';
  if (!server) throw new CallCenterError('invalid-config', 'The SIP back end needs a server URL (ws:// or wss://).');
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    throw new CallCenterError('invalid-config', `"${server}" is not a URL; the SIP server must be ws://host:port or wss://host:port.`);
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
    throw new CallCenterError('invalid-config', `The SIP server must be a WebSocket URL (ws:// or wss://), not ${url.protocol}//.`);
  }
  const aor = typeof options.aor === 'string' ? options.aor.trim() : '';
  const match = SIP_AOR.exec(aor);
  if (!match) {
    throw new CallCenterError('invalid-sip-uri', `"${aor}" is not a SIP address; expected sip:user@domain.`);
  }
  return {
    server,
    aor,
    user: match[1]!,
    domain: match[2]!,
    authorizationUser: options.authorizationUser?.trim() || match[1]!,
    displayName: options.displayName,
    iceServers: options.iceServers ?? [],
    iceGatheringTimeout: options.iceGatheringTimeout ?? 500,
    registerExpires: options.registerExpires ?? 300,
    wrapUpSeconds: options.wrapUpSeconds ?? 0,
    reconnect: {
      initialDelay: options.reconnect?.initialDelay ?? 500,
      maxDelay: options.reconnect?.maxDelay ?? 10_000,
    },
    noAnswerTimeout: options.noAnswerTimeout ?? 60,
    credentials: options.credentials,
  };
}

/** A dial string or target as a SIP URI in the agent's domain. */
export function toSipUri(target: string, domain: string): string {
  if (/^sips?:/i.test(target)) return target;
  if (target.includes('@')) return `sip:${target}`;
  return `sip:${target}@${domain}`;
}
