/**
 * Typed browser-side wrappers for the rig commands of test/rig/wtr-rig-plugin.mjs.
 * Only usable in tests run by web-test-runner with rigPlugin() in its plugins.
 */
import { executeServerCommand } from '@web/test-runner-commands';

const PLUGIN = 'rigPlugin() from test/rig/wtr-rig-plugin.mjs';

export interface RigUser {
  user: string;
  password: string;
  /** e.g. "sip:1001@127.0.0.1" */
  aor: string;
}

export interface RigInfo {
  /** e.g. "ws://127.0.0.1:41233" */
  wsUrl: string;
  /** SIP domain of every user: "127.0.0.1" */
  domain: string;
  udpPort: number;
  wsPort: number;
  /** True when the test process runs inside test/rig/in-netns.sh (browser<->baresip audio works). */
  netns: boolean;
  users: RigUser[];
  baresip: (RigUser & { bindAddress: string }) | null;
}

export interface RigStartOptions {
  /** Agent users, default 1001..1004 with random passwords. */
  users?: Array<string | { user: string; password?: string }>;
  /** Start baresip as the customer phone (user "cust", auto-answer, 440 Hz tone). */
  baresip?:
    boolean | { user?: string; password?: string; audioSource?: string; sipTrace?: boolean };
  /** true: fail unless inside in-netns.sh; default 'auto'. */
  netns?: boolean | 'auto';
}

export interface BaresipEvent {
  seq: number;
  time: number;
  /** CALL_ESTABLISHED, CALL_CLOSED, CALL_RINGING, CALL_RTCP, CALL_DTMF_START, DTMF_RECEIVED (from the log), ... */
  type: string;
  class?: string;
  direction?: 'incoming' | 'outgoing';
  peeruri?: string;
  id?: string;
  /** CALL_CLOSED: the SIP reason ("486 Busy Here"); DTMF: the digit */
  param?: string;
  line?: string;
  [key: string]: unknown;
}

export interface WaitEventOptions {
  type?: string;
  direction?: 'incoming' | 'outgoing';
  param?: string;
  /** Regular expression source matched against param. */
  paramMatch?: string;
  /** Regular expression source matched against peeruri. */
  peeruriMatch?: string;
  /** At most 15000 (WTR answers a command within 20 s). Default 10000. */
  timeoutMs?: number;
  /** Default true: a returned event is not returned again by later waits. */
  consume?: boolean;
}

// The runtime takes a third argument (plugin name for the "unknown command" error); the
// published typings only declare two.
const execute = executeServerCommand as unknown as (
  command: string,
  payload?: unknown,
  pluginName?: string,
) => Promise<unknown>;

const cmd = <T>(command: string, payload?: unknown) =>
  execute(command, payload, PLUGIN) as Promise<T>;

export const rigStart = (options: RigStartOptions = {}) => cmd<RigInfo>('rig-start', options);
export const rigStop = () => cmd<true>('rig-stop');
export const rigRestartKamailio = (
  options: { downMs?: number; reregisterBaresip?: boolean } = {},
) => cmd<true>('rig-restart-kamailio', options);
export const rigKamailioLog = (lines = 200) => cmd<string>('rig-kamailio-log', { lines });

export const baresipDial = (uri: string) => cmd<true>('baresip-dial', { uri });
export const baresipHangup = () => cmd<true>('baresip-hangup');
export const baresipListCalls = () => cmd<{ count: number; text: string }>('baresip-list-calls');
export const baresipWaitEvent = (options: WaitEventOptions | string) =>
  cmd<BaresipEvent>(
    'baresip-wait-event',
    typeof options === 'string' ? { type: options } : options,
  );
export const baresipEvents = (type?: string) => cmd<BaresipEvent[]>('baresip-events', { type });
export const baresipLog = (lines = 200) => cmd<string>('baresip-log', { lines });
export const baresipCommand = (command: string, params = '') =>
  cmd<{ ok: boolean; data: string }>('baresip-command', { command, params });
