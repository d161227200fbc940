// @ts-check
/**
 * Real SIP test rig: Kamailio (SIP over WebSocket + UDP, digest auth) and optionally
 * baresip as a "customer" phone, all on loopback, with free ports picked per run.
 *
 * Used by the web-test-runner plugin (wtr-rig-plugin.mjs), by `npm run start:sip`
 * (scripts/start-sip.mjs) and usable from any Node script:
 *
 *   import { startRig } from './test/rig/rig.mjs';
 *   const rig = await startRig({ users: ['1001', '1002'], baresip: true });
 *   // rig.wsUrl, rig.users[0].password, rig.baresip.dial('sip:1001@127.0.0.1') ...
 *   await rig.stop();
 *
 * Every child process is torn down by stop(), and also on process exit / SIGINT / SIGTERM.
 * Every wait is bounded; errors carry the tail of the Kamailio (or baresip) log.
 *
 * Media between Chromium and baresip needs the whole test process inside a loopback-only
 * network namespace that has 10.77.0.1 on lo (see in-netns.sh and README.md here):
 * baresip's ICE ignores 127.x addresses, so it binds to 10.77.0.1.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import dgram from 'node:dgram';
import { EventEmitter } from 'node:events';
import { accessSync, rmSync, constants as fsConstants } from 'node:fs';
import { mkdtemp, mkdir, writeFile, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Address every server of the rig listens on (except baresip inside the namespace). */
export const RIG_HOST = '127.0.0.1';
/** Second loopback address that in-netns.sh adds inside the test's network namespace. */
export const NETNS_ADDRESS = '10.77.0.1';
/** The Kamailio configuration this rig runs (copied into a temp dir per run). */
export const KAMAILIO_CFG = path.join(HERE, 'kamailio.cfg');

const DEFAULT_USERS = ['1001', '1002', '1003', '1004'];
const USER_RE = /^[A-Za-z0-9_.+-]{1,32}$/;
const PASSWORD_RE = /^[A-Za-z0-9_.+~-]{1,64}$/;

/**
 * @typedef {object} RigUser
 * @property {string} user           SIP user name (also the digest auth user name)
 * @property {string} password       digest password (test-only)
 * @property {string} aor            e.g. "sip:1001@127.0.0.1"
 *
 * @typedef {object} BaresipOptions
 * @property {string} [user]         default "cust"
 * @property {string} [password]     default random
 * @property {string} [audioSource]  baresip audio_source, default "ausine,440"
 * @property {string} [bindAddress]  default: 10.77.0.1 when present on this host's lo (netns), else 127.0.0.1
 * @property {boolean} [sipTrace]    run baresip with -s (SIP trace into its log)
 *
 * @typedef {object} RigOptions
 * @property {Array<string | {user: string, password?: string}>} [users]  default 1001..1004
 * @property {boolean | BaresipOptions} [baresip]  start baresip as the customer phone
 * @property {boolean | 'auto'} [netns]  true: require 10.77.0.1 (fail with a hint otherwise);
 *   'auto' (default): use it for baresip when present; false: never
 * @property {number} [readyTimeoutMs]  default 10000
 * @property {(line: string, source: 'kamailio' | 'baresip') => void} [onLog]  every log line
 * @property {boolean} [keepDir]  keep the temp dir after stop() (also env RIG_KEEP_DIR=1)
 *
 * @typedef {object} BaresipEvent
 * @property {number} seq        position in this baresip's event history
 * @property {number} time       Date.now() when received
 * @property {string} type       e.g. CALL_ESTABLISHED, CALL_CLOSED, CALL_RTCP, CALL_DTMF_START,
 *                               REGISTER_OK, or DTMF_RECEIVED (synthesized from the log)
 * @property {string} [class]
 * @property {string} [direction]  "incoming" | "outgoing"
 * @property {string} [peeruri]
 * @property {string} [id]         call id
 * @property {string} [param]      e.g. the SIP reason of CALL_CLOSED ("486 Busy Here"), the DTMF digit
 * @property {string} [line]       for DTMF_RECEIVED: the log line
 *
 * @typedef {string | ((e: BaresipEvent) => boolean) | {type?: string, direction?: string, param?: string | RegExp, peeruri?: string | RegExp}} EventMatcher
 */

// ---------------------------------------------------------------------------------------------
// Process bookkeeping: everything we spawn is registered here and killed on exit/signals.

/** @type {Set<import('node:child_process').ChildProcess>} */
const liveChildren = new Set();
/** @type {Set<Rig>} */
const liveRigs = new Set();
let exitHooksInstalled = false;

function installExitHooks() {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  // Last resort, synchronous: SIGKILL each child's whole process group (we spawn them
  // detached, so the group id is the child's own pid and holds only its descendants).
  process.on('exit', () => {
    for (const child of liveChildren) killGroup(child, 'SIGKILL');
    for (const rig of liveRigs) {
      if (!rig.keepDir) rmSync(rig.dir, { recursive: true, force: true });
    }
  });
  for (const sig of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
    const handler = async () => {
      // If somebody else (e.g. web-test-runner) also handles this signal, let them decide
      // when to exit; we only tear down. Otherwise tear down, then die of the same signal.
      const others = process.listenerCount(sig) > 1;
      await Promise.allSettled([...liveRigs].map((r) => r.stop()));
      if (!others) {
        process.removeListener(sig, handler);
        process.kill(process.pid, sig);
      }
    };
    process.on(sig, handler);
  }
}

/**
 * @param {import('node:child_process').ChildProcess} child
 * @param {NodeJS.Signals} signal
 */
function killGroup(child, signal) {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      process.kill(child.pid, signal);
    } catch {
      /* already gone */
    }
  }
}

/**
 * @param {import('node:child_process').ChildProcess} child
 * @param {number} ms
 * @returns {Promise<boolean>} true when it exited within ms
 */
function waitExit(child, ms) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.removeListener('exit', onExit);
      resolve(false);
    }, ms);
    const onExit = () => {
      clearTimeout(timer);
      resolve(true);
    };
    child.once('exit', onExit);
  });
}

/**
 * Stop a child: optional polite step, then SIGTERM to the main pid, then SIGKILL the group.
 * @param {import('node:child_process').ChildProcess} child
 * @param {{ termWaitMs?: number }} [opts]
 */
async function terminate(child, { termWaitMs = 2500 } = {}) {
  if (child.exitCode === null && child.signalCode === null && child.pid) {
    try {
      process.kill(child.pid, 'SIGTERM'); // main pid only: Kamailio stops its own children
    } catch {
      /* gone */
    }
    if (!(await waitExit(child, termWaitMs))) {
      killGroup(child, 'SIGKILL');
      await waitExit(child, 1000);
    }
  }
  // Leftover grandchildren (should not happen): make sure the group is empty.
  killGroup(child, 'SIGKILL');
  liveChildren.delete(child);
}

// ---------------------------------------------------------------------------------------------
// Small utilities

/** Keeps the last `max` lines of a stream. */
class LogTail {
  /** @param {number} max @param {(line: string) => void} [onLine] */
  constructor(max = 400, onLine) {
    this.max = max;
    this.onLine = onLine;
    /** @type {string[]} */
    this.lines = [];
    this.partial = '';
  }
  /** @param {Buffer | string} chunk */
  push(chunk) {
    const parts = (this.partial + chunk.toString()).split('\n');
    this.partial = parts.pop() ?? '';
    for (const line of parts) this.add(line);
  }
  /** @param {string} line */
  add(line) {
    this.lines.push(line);
    if (this.lines.length > this.max) this.lines.splice(0, this.lines.length - this.max);
    this.onLine?.(line);
  }
  /** @param {number} [n] */
  tail(n = 40) {
    const all = this.partial ? [...this.lines, this.partial] : this.lines;
    return all.slice(-n).join('\n');
  }
}

/** @param {number} ms */
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Run `fn` every `intervalMs` until it returns a truthy value or `timeoutMs` passes.
 * @template T
 * @param {() => Promise<T | undefined | null | false>} fn
 * @param {{ timeoutMs: number, intervalMs?: number, abort?: () => string | undefined }} opts
 *   abort: return a reason to stop waiting early (e.g. the process exited)
 * @returns {Promise<T>}
 */
async function pollUntil(fn, { timeoutMs, intervalMs = 50, abort }) {
  const deadline = Date.now() + timeoutMs;
  /** @type {unknown} */
  let lastError;
  for (;;) {
    const reason = abort?.();
    if (reason) throw new Error(reason);
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeoutMs} ms${detail}`);
    }
    await sleep(intervalMs);
  }
}

/** Ports handed out by this process, so two rigs in one process never get the same one. */
const handedOut = new Set();

/**
 * A port that is free for TCP and (optionally) UDP on `host`.
 * @param {{ host?: string, udp?: boolean, tcp?: boolean }} [opts]
 * @returns {Promise<number>}
 */
export async function freePort({ host = RIG_HOST, udp = true, tcp = true } = {}) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = await bindTcp(host, 0);
    if (handedOut.has(port)) continue;
    try {
      if (udp) await bindUdp(host, port);
      if (tcp) await bindTcp(host, port);
    } catch {
      continue;
    }
    handedOut.add(port);
    return port;
  }
  throw new Error(`no free port found on ${host}`);
}

/** @param {string} host @param {number} port @returns {Promise<number>} */
function bindTcp(host, port) {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen({ host, port, exclusive: true }, () => {
      const addr = /** @type {net.AddressInfo} */ (srv.address());
      srv.close(() => resolve(addr.port));
    });
  });
}

/** @param {string} host @param {number} port @returns {Promise<number>} */
function bindUdp(host, port) {
  return new Promise((resolve, reject) => {
    const sock = dgram.createSocket('udp4');
    sock.unref();
    sock.once('error', (e) => {
      sock.close();
      reject(e);
    });
    sock.bind(port, host, () => {
      const p = sock.address().port;
      sock.close(() => resolve(p));
    });
  });
}

/** @param {string} name @param {string[]} extraDirs */
function findExecutable(name, extraDirs = []) {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), ...extraDirs].filter(Boolean);
  for (const dir of dirs) {
    const p = path.join(dir, name);
    try {
      accessSync(p, fsConstants.X_OK);
      return p;
    } catch {
      /* next */
    }
  }
  return undefined;
}

/** Path of the kamailio binary (env KAMAILIO_BIN, PATH, /usr/sbin, /usr/local/sbin) or undefined. */
export function findKamailio() {
  return process.env.KAMAILIO_BIN || findExecutable('kamailio', ['/usr/sbin', '/usr/local/sbin']);
}

/** Path of the baresip binary (env BARESIP_BIN or PATH) or undefined. */
export function findBaresip() {
  return process.env.BARESIP_BIN || findExecutable('baresip', ['/usr/local/bin']);
}

/**
 * True when the netns address (10.77.0.1) is configured on an interface of this process's
 * network namespace, i.e. we run under in-netns.sh.
 */
export function netnsAvailable() {
  for (const addrs of Object.values(os.networkInterfaces())) {
    for (const a of addrs ?? []) if (a.address === NETNS_ADDRESS) return true;
  }
  return false;
}

const randomPassword = () => randomBytes(6).toString('hex');

// ---------------------------------------------------------------------------------------------
// Probes

/**
 * Send a SIP OPTIONS over UDP and resolve the status line of the reply.
 * @param {number} port @param {string} [host] @param {number} [timeoutMs]
 * @returns {Promise<string>}
 */
export function sipOptionsProbe(port, host = RIG_HOST, timeoutMs = 500) {
  return new Promise((resolve, reject) => {
    const sock = dgram.createSocket('udp4');
    const timer = setTimeout(() => {
      sock.close();
      reject(new Error(`no reply to OPTIONS on udp ${host}:${port}`));
    }, timeoutMs);
    sock.once('error', (e) => {
      clearTimeout(timer);
      sock.close();
      reject(e);
    });
    sock.on('message', (msg) => {
      clearTimeout(timer);
      sock.close();
      resolve(msg.toString().split('\r\n')[0]);
    });
    sock.bind(0, host, () => {
      const local = sock.address().port;
      const id = randomBytes(8).toString('hex');
      const req =
        `OPTIONS sip:${host}:${port} SIP/2.0\r\n` +
        `Via: SIP/2.0/UDP ${host}:${local};branch=z9hG4bK${id};rport\r\n` +
        `Max-Forwards: 70\r\n` +
        `From: <sip:rig-probe@${host}>;tag=${id.slice(0, 8)}\r\n` +
        `To: <sip:${host}:${port}>\r\n` +
        `Call-ID: ${id}@${host}\r\n` +
        `CSeq: 1 OPTIONS\r\n` +
        `Content-Length: 0\r\n\r\n`;
      sock.send(req, port, host);
    });
  });
}

/**
 * Attempt a WebSocket upgrade (subprotocol "sip") and resolve the HTTP status code.
 * @param {number} port @param {string} [host] @param {number} [timeoutMs]
 * @returns {Promise<number>}
 */
export function wsUpgradeProbe(port, host = RIG_HOST, timeoutMs = 500) {
  return new Promise((resolve, reject) => {
    const req = http.request({
      host,
      port,
      path: '/',
      timeout: timeoutMs,
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
        'Sec-WebSocket-Protocol': 'sip',
      },
    });
    req.once('upgrade', (res, socket) => {
      socket.destroy();
      resolve(res.statusCode ?? 0);
    });
    req.once('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.once('timeout', () =>
      req.destroy(new Error(`WebSocket probe timed out on ${host}:${port}`)),
    );
    req.once('error', reject);
    req.end();
  });
}

// ---------------------------------------------------------------------------------------------
// Kamailio

class Kamailio {
  /**
   * @param {{ bin: string, dir: string, udpPort: number, wsPort: number,
   *           onLog?: (line: string) => void, readyTimeoutMs: number }} o
   */
  constructor(o) {
    this.o = o;
    this.log = new LogTail(400, o.onLog);
    /** @type {import('node:child_process').ChildProcess | undefined} */
    this.child = undefined;
    this.runDir = path.join(o.dir, 'run');
    this.cfg = path.join(o.dir, 'kamailio.cfg');
  }

  get running() {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** @param {string} msg */
  error(msg) {
    return new Error(
      `${msg}\n--- last lines of the Kamailio log (${this.o.dir}) ---\n${this.log.tail(40)}`,
    );
  }

  async start() {
    if (this.running) return;
    await mkdir(this.runDir, { recursive: true });
    const args = [
      '-DD', // no daemon, but still fork the worker processes
      '-E', // log to stderr
      '-f',
      this.cfg,
      '-Y',
      this.runDir,
      '-P',
      path.join(this.runDir, 'kamailio.pid'),
      '-m',
      '64', // shared memory MB
      '-M',
      '8', // private memory MB per process
      '-A',
      `UDP_PORT=${this.o.udpPort}`,
      '-A',
      `WS_PORT=${this.o.wsPort}`,
    ];
    if (process.env.KAMAILIO_MODULES) args.push('-L', process.env.KAMAILIO_MODULES);
    this.log.add(`[rig] ${this.o.bin} ${args.join(' ')}`);
    const child = spawn(this.o.bin, args, {
      cwd: this.o.dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // own process group: lets us SIGKILL stragglers as a group
    });
    this.child = child;
    liveChildren.add(child);
    child.stdout?.on('data', (d) => this.log.push(d));
    child.stderr?.on('data', (d) => this.log.push(d));
    /** @type {Error | undefined} */
    let spawnError;
    child.once('error', (e) => (spawnError = e));
    child.once('exit', (code, signal) => {
      this.log.add(`[rig] kamailio exited (code ${code}, signal ${signal})`);
      liveChildren.delete(child);
    });

    try {
      await pollUntil(
        async () => {
          const status = await sipOptionsProbe(this.o.udpPort);
          if (!/^SIP\/2\.0 200\b/.test(status)) throw new Error(`OPTIONS answered "${status}"`);
          const code = await wsUpgradeProbe(this.o.wsPort);
          if (code !== 101) throw new Error(`WebSocket upgrade answered ${code}`);
          return true;
        },
        {
          timeoutMs: this.o.readyTimeoutMs,
          abort: () =>
            spawnError
              ? `could not run ${this.o.bin}: ${spawnError.message}`
              : child.exitCode !== null || child.signalCode !== null
                ? `kamailio exited during start-up (code ${child.exitCode}, signal ${child.signalCode})`
                : undefined,
        },
      );
    } catch (e) {
      await terminate(child);
      throw this.error(
        `Kamailio did not become ready on udp:${RIG_HOST}:${this.o.udpPort} / ws:${RIG_HOST}:${this.o.wsPort}: ${/** @type {Error} */ (e).message}`,
      );
    }
    this.log.add(`[rig] kamailio ready (pid ${child.pid})`);
  }

  async stop() {
    const child = this.child;
    if (!child) return;
    await terminate(child, { termWaitMs: 2500 });
    this.child = undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// baresip

/** Strip ANSI colour codes from baresip's text output. */
const ANSI_RE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const stripAnsi = (/** @type {string} */ s) => s.replace(ANSI_RE, '');

export class Baresip {
  /**
   * @param {{ bin: string, dir: string, user: string, password: string, sipPort: number,
   *           ctrlPort: number, kamailioUdpPort: number, bindAddress: string,
   *           audioSource: string, sipTrace?: boolean, onLog?: (line: string) => void }} o
   */
  constructor(o) {
    this.o = o;
    this.user = o.user;
    this.password = o.password;
    this.aor = `sip:${o.user}@${RIG_HOST}`;
    this.bindAddress = o.bindAddress;
    /** Emits 'event' (BaresipEvent) for every event, and 'line' for every log line. */
    this.events = new EventEmitter();
    this.events.setMaxListeners(50);
    /** @type {BaresipEvent[]} */
    this.history = [];
    /** @type {Set<number>} seq of events already returned by waitForEvent (consume mode) */
    this.consumed = new Set();
    this.seq = 0;
    this.logTail = new LogTail(600, (line) => {
      o.onLog?.(line);
      this.events.emit('line', line);
      // SIP INFO digits log "call: received DTMF: 'X' (duration=...)"; RFC 4733 events log
      // "received event: 'X' (end=0)" when the tone starts (and end=1 when it stops).
      const m = /received DTMF: '(.)'|received event: '(.)' \(end=0\)/.exec(line);
      if (m) this.pushEvent({ type: 'DTMF_RECEIVED', class: 'log', param: m[1] ?? m[2], line });
    });
    /** @type {import('node:child_process').ChildProcess | undefined} */
    this.child = undefined;
    /** @type {net.Socket | undefined} */
    this.sock = undefined;
    this.token = 0;
    /** @type {Map<string, {resolve: (r: any) => void, reject: (e: Error) => void, timer: NodeJS.Timeout}>} */
    this.pending = new Map();
    this.configDir = path.join(o.dir, 'baresip');
    // answermode=auto: incoming calls are answered at once (no CALL_INCOMING event, only
    // CALL_ESTABLISHED with direction "incoming"). outbound=: register and send every request
    // through our Kamailio on its per-run port.
    this.accountLine =
      `<sip:${o.user}@${RIG_HOST};transport=udp>;auth_pass=${o.password};answermode=auto;` +
      `medianat=ice;mediaenc=dtls_srtp;regint=300;outbound="sip:${RIG_HOST}:${o.kamailioUdpPort};transport=udp"`;
  }

  /** @param {string} msg */
  error(msg) {
    return new Error(
      `${msg}\n--- last lines of the baresip log (${this.configDir}) ---\n${this.logTail.tail(40)}`,
    );
  }

  /** @param {Omit<BaresipEvent, 'seq' | 'time'> & Record<string, unknown>} e */
  pushEvent(e) {
    const ev = /** @type {BaresipEvent} */ ({ ...e, seq: ++this.seq, time: Date.now() });
    this.history.push(ev);
    if (this.history.length > 1000) {
      const dropped = this.history.splice(0, this.history.length - 1000);
      for (const d of dropped) this.consumed.delete(d.seq);
    }
    this.events.emit('event', ev);
  }

  async writeConfig() {
    const o = this.o;
    await mkdir(this.configDir, { recursive: true });
    // A random 200-port RTP window so parallel rigs rarely collide.
    const rtpBase = 20000 + Math.floor(Math.random() * 50) * 200;
    // Based on /work/shared/rig/baresip.config (verified): opus must load before g711,
    // otherwise calls settle on PCMU and baresip fails to send audio.
    const config = [
      ['poll_method', 'epoll'],
      ['sip_listen', `${o.bindAddress}:${o.sipPort}`],
      ['call_local_timeout', '120'],
      ['audio_player', 'aubridge,nil'], // play received audio nowhere
      ['audio_source', o.audioSource], // a 440 Hz sine by default
      ['audio_alert', 'aubridge,nil'],
      ['rtp_tos', '184'],
      ['rtp_ports', `${rtpBase}-${rtpBase + 199}`],
      ['rtcp_mux', 'yes'], // Chromium requires rtcp-mux
      ['jitter_buffer_delay', '5-10'],
      ['module_path', process.env.BARESIP_MODULES || '/usr/lib/baresip/modules'],
      ['module', 'opus.so'],
      ['module', 'g711.so'],
      ['module', 'ausine.so'],
      ['module', 'aubridge.so'],
      ['module', 'ice.so'],
      ['module', 'srtp.so'],
      ['module', 'dtls_srtp.so'],
      ['module', 'rtcpsummary.so'],
      ['module_app', 'account.so'],
      ['module_app', 'menu.so'], // provides the commands (dial, hangup, listcalls, quit...)
      ['module_app', 'ctrl_tcp.so'],
      ['ctrl_tcp_listen', `${RIG_HOST}:${o.ctrlPort}`],
      ['dtls_srtp_use_ec', 'prime256v1'],
      ['ice_debug', 'no'],
    ];
    await writeFile(
      path.join(this.configDir, 'config'),
      config.map(([k, v]) => `${k}\t\t${v}`).join('\n') + '\n',
    );
    await writeFile(path.join(this.configDir, 'accounts'), this.accountLine + '\n');
    await writeFile(path.join(this.configDir, 'contacts'), '');
  }

  async start({ timeoutMs = 10000 } = {}) {
    await this.writeConfig();
    const args = ['-f', this.configDir];
    if (this.o.bindAddress !== RIG_HOST) args.push('-n', this.o.bindAddress);
    if (this.o.sipTrace) args.push('-s');
    // baresip writes its log with stdio: line-buffer it through stdbuf when available,
    // otherwise a pipe holds log lines back (DTMF lines would arrive late).
    const stdbuf = findExecutable('stdbuf');
    const [cmd, cmdArgs] = stdbuf
      ? [stdbuf, ['-oL', '-eL', this.o.bin, ...args]]
      : [this.o.bin, args];
    this.logTail.add(`[rig] ${cmd} ${cmdArgs.join(' ')}`);
    const child = spawn(cmd, cmdArgs, {
      cwd: this.o.dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    this.child = child;
    liveChildren.add(child);
    child.stdout?.on('data', (d) => this.logTail.push(d));
    child.stderr?.on('data', (d) => this.logTail.push(d));
    /** @type {Error | undefined} */
    let spawnError;
    child.once('error', (e) => (spawnError = e));
    child.once('exit', (code, signal) => {
      this.logTail.add(`[rig] baresip exited (code ${code}, signal ${signal})`);
      liveChildren.delete(child);
      for (const [, p] of this.pending) p.reject(this.error('baresip exited'));
      this.pending.clear();
    });
    const abort = () =>
      spawnError
        ? `could not run ${this.o.bin}: ${spawnError.message}`
        : child.exitCode !== null || child.signalCode !== null
          ? `baresip exited during start-up (code ${child.exitCode})`
          : undefined;
    try {
      await pollUntil(() => this.connect(), { timeoutMs, abort });
      await this.waitRegistered({ timeoutMs, abort });
    } catch (e) {
      await this.stop();
      throw this.error(`baresip did not start and register: ${/** @type {Error} */ (e).message}`);
    }
  }

  /** Connect to ctrl_tcp. @returns {Promise<boolean>} */
  connect() {
    return new Promise((resolve, reject) => {
      const sock = net.connect(this.o.ctrlPort, RIG_HOST);
      sock.once('error', reject);
      sock.once('connect', () => {
        sock.removeListener('error', reject);
        sock.on('error', () => {});
        this.sock = sock;
        let buf = Buffer.alloc(0);
        sock.on('data', (d) => {
          buf = Buffer.concat([buf, /** @type {Buffer} */ (d)]);
          // netstring frames: <length>:<payload>,
          for (;;) {
            const colon = buf.indexOf(0x3a);
            if (colon < 0) break;
            const len = Number(buf.subarray(0, colon).toString());
            if (!Number.isInteger(len)) {
              this.logTail.add(`[rig] bad netstring from ctrl_tcp: ${buf.toString().slice(0, 80)}`);
              buf = Buffer.alloc(0);
              break;
            }
            if (buf.length < colon + 1 + len + 1) break;
            const payload = buf.subarray(colon + 1, colon + 1 + len).toString();
            buf = buf.subarray(colon + 2 + len);
            this.onMessage(payload);
          }
        });
        sock.on('close', () => {
          if (this.sock === sock) this.sock = undefined;
        });
        resolve(true);
      });
    });
  }

  /** @param {string} payload */
  onMessage(payload) {
    /** @type {any} */
    let msg;
    try {
      msg = JSON.parse(payload);
    } catch {
      this.logTail.add(`[rig] unparsable ctrl_tcp message: ${payload.slice(0, 200)}`);
      return;
    }
    if (msg.response) {
      const p = this.pending.get(String(msg.token));
      if (p) {
        clearTimeout(p.timer);
        this.pending.delete(String(msg.token));
        p.resolve(msg);
      }
    } else if (msg.event) {
      const { event: _e, ...rest } = msg;
      this.pushEvent(rest);
    }
  }

  /**
   * Send a ctrl_tcp command ("dial", "hangup", "listcalls", "reginfo", "uareg", "quit", ...).
   * @param {string} command @param {string} [params] @param {number} [timeoutMs]
   * @returns {Promise<{ ok: boolean, data: string }>}
   */
  command(command, params = '', timeoutMs = 5000) {
    const sock = this.sock;
    if (!sock)
      return Promise.reject(
        this.error(`baresip control socket is not connected (command ${command})`),
      );
    const token = String(++this.token);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(token);
        reject(this.error(`baresip did not answer "${command} ${params}" within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(token, {
        resolve: (r) => resolve({ ok: !!r.ok, data: stripAnsi(String(r.data ?? '')) }),
        reject,
        timer,
      });
      const json = JSON.stringify({ command, params, token });
      sock.write(`${Buffer.byteLength(json)}:${json},`);
    });
  }

  /** @param {{ timeoutMs?: number, abort?: () => string | undefined }} [o] */
  async waitRegistered({ timeoutMs = 10000, abort } = {}) {
    // Registration may complete before our control connection exists (REGISTER_OK missed),
    // so poll "reginfo": the account line says OK once registered.
    await pollUntil(
      async () => {
        const r = await this.command('reginfo', '', 1000);
        return / OK\b/.test(r.data);
      },
      { timeoutMs, intervalMs: 100, abort },
    );
  }

  /**
   * Register again (e.g. after Kamailio restarted and forgot every registration) and wait for
   * the 200. baresip 1.0 has no "re-register" command: delete the account and create it anew.
   */
  async reregister({ timeoutMs = 10000 } = {}) {
    const since = this.seq;
    const del = await this.command('uadel', this.aor);
    if (!del.ok) throw this.error(`baresip uadel failed: ${del.data}`);
    const add = await this.command('uanew', this.accountLine);
    if (!add.ok) throw this.error(`baresip uanew failed: ${add.data}`);
    await this.waitForEvent('REGISTER_OK', { sinceSeq: since, timeoutMs });
  }

  /** Dial a SIP URI, e.g. "sip:1001@127.0.0.1". @param {string} uri */
  async dial(uri) {
    const r = await this.command('dial', uri);
    if (!r.ok) throw this.error(`baresip refused dial ${uri}: ${r.data}`);
    return r;
  }

  /** Hang up the current call (baresip's "hangup" command). */
  async hangup() {
    return this.command('hangup');
  }

  /** Text of baresip's "listcalls" (ANSI colours stripped). */
  async listCalls() {
    return (await this.command('listcalls')).data;
  }

  /** Number of active calls according to "listcalls". */
  async callCount() {
    const m = /Active calls \((\d+)\)/.exec(await this.listCalls());
    return m ? Number(m[1]) : 0;
  }

  /**
   * Wait for the first event (oldest first, already-received events included) that matches
   * and has not been returned before; marks it consumed so the next wait finds the next one.
   * @param {EventMatcher} matcher
   * @param {{ timeoutMs?: number, consume?: boolean, sinceSeq?: number }} [opts]
   * @returns {Promise<BaresipEvent>}
   */
  waitForEvent(matcher, { timeoutMs = 10000, consume = true, sinceSeq = 0 } = {}) {
    const test = toPredicate(matcher);
    const pick = (/** @type {BaresipEvent} */ e) =>
      e.seq > sinceSeq && !(consume && this.consumed.has(e.seq)) && test(e);
    const found = this.history.find(pick);
    if (found) {
      if (consume) this.consumed.add(found.seq);
      return Promise.resolve(found);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.events.removeListener('event', onEvent);
        const recent = this.history
          .slice(-10)
          .map((e) => `${e.type} ${e.direction ?? ''} ${e.param ?? ''}`)
          .join('; ');
        reject(
          this.error(
            `no baresip event ${describeMatcher(matcher)} within ${timeoutMs} ms (recent: ${recent || 'none'})`,
          ),
        );
      }, timeoutMs);
      const onEvent = (/** @type {BaresipEvent} */ e) => {
        if (!pick(e)) return;
        clearTimeout(timer);
        this.events.removeListener('event', onEvent);
        if (consume) this.consumed.add(e.seq);
        resolve(e);
      };
      this.events.on('event', onEvent);
    });
  }

  /** Async iterator over events from now on: `for await (const e of rig.baresip.iterate()) ...` */
  async *iterate() {
    /** @type {BaresipEvent[]} */
    const queue = [];
    /** @type {(() => void) | undefined} */
    let wake;
    const onEvent = (/** @type {BaresipEvent} */ e) => {
      queue.push(e);
      wake?.();
    };
    this.events.on('event', onEvent);
    try {
      for (;;) {
        while (queue.length) yield /** @type {BaresipEvent} */ (queue.shift());
        if (!this.child || this.child.exitCode !== null) return;
        await new Promise((r) => (wake = () => r(undefined)));
        wake = undefined;
      }
    } finally {
      this.events.removeListener('event', onEvent);
    }
  }

  /** Last `n` lines of baresip's log. @param {number} [n] */
  log(n = 200) {
    return this.logTail.tail(n);
  }

  async stop() {
    const child = this.child;
    if (!child) return;
    if (child.exitCode === null && this.sock) {
      // Polite first: "quit" unregisters and exits.
      this.command('quit', '', 1000).catch(() => {});
      await waitExit(child, 1500);
    }
    this.sock?.destroy();
    this.sock = undefined;
    await terminate(child, { termWaitMs: 1500 });
    this.child = undefined;
  }
}

/** @param {EventMatcher} m @returns {(e: BaresipEvent) => boolean} */
function toPredicate(m) {
  if (typeof m === 'function') return m;
  if (typeof m === 'string') return (e) => e.type === m;
  /** @param {string | RegExp | undefined} want @param {string | undefined} got */
  const eq = (want, got) =>
    want === undefined || (want instanceof RegExp ? want.test(got ?? '') : want === got);
  return (e) =>
    (m.type === undefined || e.type === m.type) &&
    (m.direction === undefined || e.direction === m.direction) &&
    eq(m.param, e.param) &&
    eq(m.peeruri, e.peeruri);
}

/** @param {EventMatcher} m */
function describeMatcher(m) {
  if (typeof m === 'function') return '(custom predicate)';
  if (typeof m === 'string') return m;
  return JSON.stringify(m, (_k, v) => (v instanceof RegExp ? String(v) : v));
}

// ---------------------------------------------------------------------------------------------
// The rig

export class Rig {
  /**
   * @param {{ dir: string, users: RigUser[], kamailio: Kamailio, baresip?: Baresip,
   *           udpPort: number, wsPort: number, keepDir: boolean }} o
   */
  constructor(o) {
    this.dir = o.dir;
    this.domain = RIG_HOST;
    this.host = RIG_HOST;
    this.udpPort = o.udpPort;
    this.wsPort = o.wsPort;
    this.wsUrl = `ws://${RIG_HOST}:${o.wsPort}`;
    /** Agent users (baresip's account is rig.baresip.user / .password). */
    this.users = o.users;
    this.kamailio = o.kamailio;
    this.baresip = o.baresip;
    this.keepDir = o.keepDir;
    this.stopped = false;
    /** @type {Promise<void> | undefined} */
    this.stopping = undefined;
  }

  /** Last `n` lines of Kamailio's log. @param {number} [n] */
  kamailioLog(n = 200) {
    return this.kamailio.log.tail(n);
  }

  /**
   * Stop Kamailio and start it again on the same ports. Registrations are lost (db_mode 0):
   * browsers must reconnect and re-register; baresip is told to re-register unless
   * `reregisterBaresip: false`.
   * @param {{ downMs?: number, reregisterBaresip?: boolean }} [opts] downMs: stay down that long first
   */
  async restartKamailio({ downMs = 0, reregisterBaresip = true } = {}) {
    if (this.stopped) throw new Error('rig is stopped');
    await this.kamailio.stop();
    if (downMs > 0) await sleep(downMs);
    await this.kamailio.start();
    if (this.baresip && reregisterBaresip) await this.baresip.reregister();
  }

  /** Stop everything (idempotent). */
  stop() {
    if (!this.stopping) {
      this.stopping = (async () => {
        this.stopped = true;
        // baresip first, while Kamailio can still answer its un-REGISTER (quick clean exit).
        await this.baresip?.stop().catch(() => {});
        await this.kamailio.stop().catch(() => {});
        liveRigs.delete(this);
        if (!this.keepDir) await rm(this.dir, { recursive: true, force: true }).catch(() => {});
      })();
    }
    return this.stopping;
  }

  /** Plain-JSON description (what the WTR plugin returns to the browser). */
  toJSON() {
    return {
      wsUrl: this.wsUrl,
      domain: this.domain,
      udpPort: this.udpPort,
      wsPort: this.wsPort,
      /** True when this process runs in the in-netns.sh namespace (browser<->baresip audio works). */
      netns: netnsAvailable(),
      users: this.users,
      baresip: this.baresip
        ? {
            user: this.baresip.user,
            password: this.baresip.password,
            aor: this.baresip.aor,
            bindAddress: this.baresip.bindAddress,
          }
        : null,
    };
  }
}

/**
 * Start Kamailio (and optionally baresip) on free loopback ports.
 * @param {RigOptions} [options]
 * @returns {Promise<Rig>}
 */
export async function startRig(options = {}) {
  installExitHooks();
  const bin = findKamailio();
  if (!bin) {
    throw new Error(
      'kamailio not found. Install it with: apt-get install -y --no-install-recommends ' +
        'kamailio kamailio-websocket-modules kamailio-extra-modules (or set KAMAILIO_BIN)',
    );
  }
  const readyTimeoutMs = options.readyTimeoutMs ?? 10000;
  const keepDir = options.keepDir ?? process.env.RIG_KEEP_DIR === '1';

  /** @type {RigUser[]} */
  const users = (options.users ?? DEFAULT_USERS).map((u) => {
    const spec = typeof u === 'string' ? { user: u } : u;
    const password = spec.password ?? randomPassword();
    if (!USER_RE.test(spec.user))
      throw new Error(`invalid rig user name "${spec.user}" (allowed: ${USER_RE})`);
    if (!PASSWORD_RE.test(password))
      throw new Error(`invalid password for ${spec.user} (allowed: ${PASSWORD_RE})`);
    return { user: spec.user, password, aor: `sip:${spec.user}@${RIG_HOST}` };
  });
  if (new Set(users.map((u) => u.user)).size !== users.length)
    throw new Error('duplicate rig user names');

  /** @type {BaresipOptions | undefined} */
  const bopts = options.baresip ? (options.baresip === true ? {} : options.baresip) : undefined;
  const netnsMode = options.netns ?? 'auto';
  const inNetns = netnsAvailable();
  if (netnsMode === true && !inNetns) {
    throw new Error(
      `the rig was asked for the network namespace (netns: true) but ${NETNS_ADDRESS} is not on any interface: ` +
        'run the command through test/rig/in-netns.sh',
    );
  }
  /** @type {{ user: string, password: string } | undefined} */
  let baresipUser;
  if (bopts) {
    const b = { user: bopts.user ?? 'cust', password: bopts.password ?? randomPassword() };
    if (!USER_RE.test(b.user) || !PASSWORD_RE.test(b.password))
      throw new Error('invalid baresip user/password');
    if (users.some((u) => u.user === b.user))
      throw new Error(`baresip user "${b.user}" clashes with an agent user`);
    baresipUser = b;
  }

  const dir = await mkdtemp(path.join(os.tmpdir(), 'cc-rig-'));
  // Kamailio reads kamailio-users.cfg next to the copied config (import_file).
  const allUsers = baresipUser ? [...users, baresipUser] : users;
  const usersCfg =
    '# generated by test/rig/rig.mjs\nevent_route[htable:mod-init] {\n' +
    allUsers.map((u) => `\t$sht(users=>${u.user}) = "${u.password}";\n`).join('') +
    '}\n';
  await writeFile(path.join(dir, 'kamailio-users.cfg'), usersCfg);
  await writeFile(path.join(dir, 'kamailio.cfg'), await readFile(KAMAILIO_CFG));

  const udpPort = await freePort({ tcp: false });
  const wsPort = await freePort({ udp: false });
  const onLog = options.onLog;
  const kamailio = new Kamailio({
    bin,
    dir,
    udpPort,
    wsPort,
    readyTimeoutMs,
    onLog: onLog && ((l) => onLog(l, 'kamailio')),
  });
  const rig = new Rig({ dir, users, kamailio, udpPort, wsPort, keepDir });
  liveRigs.add(rig);
  try {
    await kamailio.start();
    if (bopts && baresipUser) {
      const bbin = findBaresip();
      if (!bbin)
        throw new Error(
          'baresip not found. Install it with: apt-get install -y --no-install-recommends baresip',
        );
      const bindAddress =
        bopts.bindAddress ?? (netnsMode !== false && inNetns ? NETNS_ADDRESS : RIG_HOST);
      const baresip = new Baresip({
        bin: bbin,
        dir,
        user: baresipUser.user,
        password: baresipUser.password,
        sipPort: await freePort({ host: bindAddress }),
        ctrlPort: await freePort({ udp: false }),
        kamailioUdpPort: udpPort,
        bindAddress,
        audioSource: bopts.audioSource ?? 'ausine,440',
        sipTrace: bopts.sipTrace,
        onLog: onLog && ((l) => onLog(l, 'baresip')),
      });
      rig.baresip = baresip;
      await baresip.start({ timeoutMs: readyTimeoutMs });
    }
  } catch (e) {
    await rig.stop();
    throw e;
  }
  return rig;
}

/** Stop every rig started by this process. */
export async function stopAllRigs() {
  await Promise.allSettled([...liveRigs].map((r) => r.stop()));
}

// `node test/rig/rig.mjs [--baresip]`: start a rig, print it, stop on Ctrl-C (debug aid).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rig = await startRig({
    users: ['1001', '1002'],
    baresip: process.argv.includes('--baresip'),
  });
  console.log(JSON.stringify(rig.toJSON(), null, 2));
  console.log('Ctrl-C to stop');
}
