// @ts-check
/**
 * @web/test-runner plugin: lets browser tests start and drive the real SIP rig (rig.mjs)
 * through server commands.
 *
 * In the runner config:
 *   import { rigPlugin } from './test/rig/wtr-rig-plugin.mjs';
 *   plugins: [ ..., rigPlugin() ]
 *
 * In a test (see test/e2e/rig-smoke.test.ts and test/rig/commands.ts):
 *   import { executeServerCommand } from '@web/test-runner-commands';
 *   const rig = await executeServerCommand('rig-start', { users: ['1001'], baresip: true });
 *
 * One rig per test session (test file x browser), keyed by WTR's session id, so concurrent
 * test files get separate rigs on separate ports. rig-start in a session that already has a
 * rig stops the old one first. All rigs are stopped when the test server stops, and rig.mjs
 * kills its children on process exit.
 *
 * Commands (payload -> result). Every result is non-null JSON (WTR treats null as "unknown
 * command"). WTR gives a command at most 20 s, so waits are capped at 15 s.
 *   rig-start             { users?, baresip?, netns? }  -> { wsUrl, domain, udpPort, wsPort, netns,
 *                                                           users: [{user,password,aor}], baresip: {user,password,aor,bindAddress} | null }
 *   rig-restart-kamailio  { downMs?, reregisterBaresip? }  -> true
 *   rig-stop              -> true
 *   rig-kamailio-log      { lines? }  -> string
 *   baresip-dial          { uri }     -> true
 *   baresip-hangup        -> true
 *   baresip-list-calls    -> { count, text }
 *   baresip-wait-event    { type?, direction?, param?, paramMatch? (regex source), peeruriMatch?,
 *                           timeoutMs? (<= 15000), consume? (default true) }  -> BaresipEvent
 *   baresip-events        { type? }   -> BaresipEvent[] (history, nothing consumed)
 *   baresip-log           { lines? }  -> string
 *   baresip-command       { command, params? }  -> { ok, data }  (any other ctrl_tcp command)
 */
import { startRig, stopAllRigs } from './rig.mjs';

const MAX_WAIT_MS = 15000;

/**
 * @param {{ defaults?: import('./rig.mjs').RigOptions, log?: boolean }} [options]
 *   defaults: merged under every rig-start payload; log: echo Kamailio/baresip logs to the console
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function rigPlugin(options = {}) {
  /** @type {Map<string, import('./rig.mjs').Rig>} */
  const rigs = new Map();

  /** @param {string} sessionId */
  const rigOf = (sessionId) => {
    const rig = rigs.get(sessionId);
    if (!rig)
      throw new Error('no rig in this test session: call executeServerCommand("rig-start") first');
    return rig;
  };
  /** @param {string} sessionId */
  const baresipOf = (sessionId) => {
    const b = rigOf(sessionId).baresip;
    if (!b) throw new Error('this rig has no baresip: start it with rig-start { baresip: true }');
    return b;
  };

  return {
    name: 'cc-rig',

    async executeCommand({ command, payload, session }) {
      /** @type {any} */
      const p = payload ?? {};
      const id = session.id;
      switch (command) {
        case 'rig-start': {
          const old = rigs.get(id);
          if (old) {
            rigs.delete(id);
            await old.stop();
          }
          /** @type {import('./rig.mjs').RigOptions} */
          const opts = { ...options.defaults };
          if (Array.isArray(p.users)) opts.users = p.users;
          if (p.baresip !== undefined) opts.baresip = p.baresip;
          if (p.netns !== undefined) opts.netns = p.netns;
          if (options.log) opts.onLog = (line, source) => console.log(`[${source}] ${line}`);
          const rig = await startRig(opts);
          rigs.set(id, rig);
          return rig.toJSON();
        }
        case 'rig-restart-kamailio':
          await rigOf(id).restartKamailio({
            downMs: p.downMs,
            reregisterBaresip: p.reregisterBaresip,
          });
          return true;
        case 'rig-stop': {
          const rig = rigs.get(id);
          rigs.delete(id);
          await rig?.stop();
          return true;
        }
        case 'rig-kamailio-log':
          return rigOf(id).kamailioLog(p.lines ?? 200);
        case 'baresip-dial':
          if (typeof p.uri !== 'string') throw new Error('baresip-dial needs { uri }');
          await baresipOf(id).dial(p.uri);
          return true;
        case 'baresip-hangup':
          await baresipOf(id).hangup();
          return true;
        case 'baresip-list-calls': {
          const b = baresipOf(id);
          const text = await b.listCalls();
          const m = /Active calls \((\d+)\)/.exec(text);
          return { count: m ? Number(m[1]) : 0, text };
        }
        case 'baresip-wait-event': {
          /** @type {import('./rig.mjs').EventMatcher} */
          const matcher = {};
          if (p.type) matcher.type = p.type;
          if (p.direction) matcher.direction = p.direction;
          if (p.param !== undefined) matcher.param = p.param;
          if (p.paramMatch) matcher.param = new RegExp(p.paramMatch);
          if (p.peeruriMatch) matcher.peeruri = new RegExp(p.peeruriMatch);
          const timeoutMs = Math.min(Number(p.timeoutMs ?? 10000), MAX_WAIT_MS);
          return await baresipOf(id).waitForEvent(matcher, {
            timeoutMs,
            consume: p.consume !== false,
          });
        }
        case 'baresip-events': {
          const h = baresipOf(id).history;
          return p.type ? h.filter((e) => e.type === p.type) : [...h];
        }
        case 'baresip-log':
          return baresipOf(id).log(p.lines ?? 200);
        case 'baresip-command': {
          if (typeof p.command !== 'string') throw new Error('baresip-command needs { command }');
          return await baresipOf(id).command(p.command, p.params ?? '');
        }
        default:
          return undefined; // not ours
      }
    },

    async serverStop() {
      rigs.clear();
      await stopAllRigs();
    },
  };
}

export default rigPlugin;
