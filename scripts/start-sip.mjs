#!/usr/bin/env node
/**
 * npm run start:sip — a local SIP server for trying the kit against real SIP.
 *
 * Starts the test rig's Kamailio (test/rig/kamailio.cfg) on free 127.0.0.1 ports with agent
 * users 1001 and 1002 (random passwords, printed), prints the WebSocket URL, and runs until
 * Ctrl-C, then tears everything down.
 *
 *   node scripts/start-sip.mjs                      users 1001, 1002
 *   node scripts/start-sip.mjs --users 1001,1002,1003
 *   node scripts/start-sip.mjs --baresip            also a customer phone (sip:cust@127.0.0.1,
 *                                                   auto-answer, 440 Hz tone); audio to a browser
 *                                                   only works inside test/rig/in-netns.sh
 *   node scripts/start-sip.mjs --log                echo the Kamailio log
 *
 * For reuse (e.g. a dev script that also starts Vite with two agent pages):
 *   import { startSip, describeRig } from './start-sip.mjs';
 *   const rig = await startSip({ users: ['1001', '1002'] });   // null when kamailio is missing
 *   rig.wsUrl, rig.users[0].password; ... await rig.stop();
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findKamailio, startRig } from '../test/rig/rig.mjs';

export const KAMAILIO_INSTALL_HINT =
  'Kamailio is not installed. On Debian/Ubuntu (as root):\n\n' +
  '  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \\\n' +
  '    kamailio kamailio-websocket-modules kamailio-extra-modules baresip\n\n' +
  'Nothing is started as a service; this script runs Kamailio itself. ' +
  'Or set KAMAILIO_BIN to a kamailio binary.';

/**
 * Start the local SIP server. Resolves null (after printing how to install it) when Kamailio
 * is missing.
 * @param {{ users?: string[], baresip?: boolean, log?: boolean, print?: (s: string) => void }} [options]
 * @returns {Promise<import('../test/rig/rig.mjs').Rig | null>}
 */
export async function startSip({
  users = ['1001', '1002'],
  baresip = false,
  log = false,
  print = console.log,
} = {}) {
  if (!findKamailio()) {
    print(KAMAILIO_INSTALL_HINT);
    return null;
  }
  return startRig({
    users,
    baresip,
    onLog: log ? (line, source) => print(`[${source}] ${line}`) : undefined,
  });
}

/**
 * Human-readable summary of a running rig.
 * @param {import('../test/rig/rig.mjs').Rig} rig
 */
export function describeRig(rig) {
  const lines = [
    `SIP over WebSocket: ${rig.wsUrl}`,
    `SIP domain:         ${rig.domain} (UDP on port ${rig.udpPort})`,
    'Users (test-only passwords):',
    ...rig.users.map(
      (u) => `  ${u.aor.padEnd(22)} user ${u.user.padEnd(6)} password ${u.password}`,
    ),
  ];
  if (rig.baresip) {
    lines.push(
      `Customer phone (baresip, auto-answer): ${rig.baresip.aor} — call it from an agent.`,
    );
  }
  return lines.join('\n');
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const argv = process.argv.slice(2);
  const usersArg = argv.find((a) => a.startsWith('--users'));
  const users = usersArg
    ? (usersArg.includes('=') ? usersArg.split('=')[1] : argv[argv.indexOf(usersArg) + 1])
        .split(',')
        .map((u) => u.trim())
        .filter(Boolean)
    : undefined;
  let rig;
  try {
    rig = await startSip({
      users,
      baresip: argv.includes('--baresip'),
      log: argv.includes('--log'),
    });
  } catch (e) {
    console.error(`Could not start the SIP server: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
  if (!rig) process.exit(1);
  console.log(`\n${describeRig(rig)}\n\nRunning. Press Ctrl-C to stop.`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping Kamailio...');
    await rig.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
