#!/usr/bin/env node
/**
 * npm test: everything, in real Debian Chromium.
 *
 * 1. Makes sure the system tools exist: Chromium for every test, Kamailio (+ baresip) for the SIP
 *    end-to-end tests. As root, missing ones are installed with apt-get; otherwise the exact
 *    apt-get line is printed and the run stops.
 * 2. Runs @web/test-runner with web-test-runner.config.mjs: the default group (unit and
 *    component tests), then the e2e group (test/e2e) when it has tests.
 *
 *   node scripts/test.mjs            everything (npm test)
 *   node scripts/test.mjs --unit     default group only (npm run test:unit)
 *   node scripts/test.mjs --e2e      e2e group only (npm run test:e2e)
 *   node scripts/test.mjs --no-install   never call apt-get, only report what is missing
 * Any other argument is passed on to wtr.
 */
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const APT_PACKAGES = [
  'chromium',
  'kamailio',
  'kamailio-websocket-modules',
  'kamailio-extra-modules',
  'baresip',
  'iproute2',
];
export const APT_LINE =
  'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ' +
  APT_PACKAGES.join(' ');

/** An executable on PATH (plus the sbin folders, where Debian puts kamailio). */
function onPath(name) {
  const dirs = [
    ...(process.env.PATH ?? '').split(delimiter),
    '/usr/local/sbin',
    '/usr/sbin',
    '/sbin',
  ];
  return dirs.some((dir) => {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Debian packages not installed (dpkg-query), or null when this is not a dpkg system. */
function missingPackages() {
  const result = spawnSync(
    'dpkg-query',
    ['-W', '-f=${Package} ${db:Status-Status}\\n', ...APT_PACKAGES],
    {
      encoding: 'utf8',
    },
  );
  if (result.error) return null;
  const installed = new Set(
    result.stdout
      .split('\n')
      .filter((line) => line.endsWith(' installed'))
      .map((line) => line.split(' ')[0].replace(/:.*/, '')),
  );
  return APT_PACKAGES.filter((name) => !installed.has(name));
}

/** What the tests need from the system and is not there. */
function missingTools() {
  const missing = new Set(missingPackages() ?? []);
  if (!existsSync('/usr/bin/chromium')) missing.add('chromium (/usr/bin/chromium)');
  if (!onPath('kamailio')) missing.add('kamailio');
  if (!onPath('baresip')) missing.add('baresip');
  return [...missing];
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** apt-get, retried while another apt/dpkg holds the lock (exit 100 with a "lock" message). */
function aptGet(args) {
  for (let attempt = 1; ; attempt += 1) {
    const result = spawnSync('apt-get', ['-o', 'DPkg::Lock::Timeout=60', ...args], {
      cwd: root,
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      stdio: ['ignore', 'inherit', 'pipe'],
      encoding: 'utf8',
    });
    process.stderr.write(result.stderr ?? '');
    if (result.status === 0) return;
    if (attempt < 30 && /lock/i.test(result.stderr ?? '')) {
      console.error(`[test] apt-get is busy (dpkg lock); retrying in 10 s (${attempt}/30)`);
      sleep(10000);
      continue;
    }
    throw new Error(`apt-get ${args.join(' ')} failed with exit code ${result.status}`);
  }
}

function ensureSystemTools({ install }) {
  const missing = missingTools();
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!install || !isRoot) {
    console.error(
      `[test] Missing: ${missing.join(', ')}. Install them (as root) with:\n\n  ${APT_LINE}\n`,
    );
    process.exit(1);
  }
  console.log(`[test] Missing: ${missing.join(', ')}. Installing with apt-get (running as root).`);
  aptGet(['update']);
  aptGet(['install', '-y', '--no-install-recommends', ...APT_PACKAGES]);
  const still = missingTools();
  if (still.length > 0) {
    console.error(`[test] Still missing after apt-get: ${still.join(', ')}`);
    process.exit(1);
  }
}

function hasE2eTests() {
  const dir = join(root, 'test/e2e');
  if (!existsSync(dir)) return false;
  return readdirSync(dir, { recursive: true }).some((name) => String(name).endsWith('.test.ts'));
}

/**
 * The e2e group runs inside its own loopback-only network namespace when the rig provides the
 * wrapper (test/rig/in-netns.sh): Chromium and baresip only agree on ICE pairs there.
 */
function wtr(args, { netns = false } = {}) {
  const command = [
    join(root, 'node_modules/.bin/wtr'),
    '--config',
    join(root, 'web-test-runner.config.mjs'),
    ...args,
  ];
  const wrapper = join(root, 'test/rig/in-netns.sh');
  if (netns && existsSync(wrapper)) return runCounting('bash', [wrapper, ...command]);
  return runCounting(command[0], command.slice(1));
}

/**
 * Runs a test runner, passing its output through, and reads its last "N passed, N failed"
 * summary, so this script can close with one total line for the whole suite.
 */
function runCounting(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['inherit', 'pipe', 'inherit'] });
    let tail = '';
    child.stdout.on('data', (data) => {
      process.stdout.write(data);
      tail = (tail + data.toString()).slice(-4000);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      // eslint-disable-next-line no-control-regex -- progress bars are drawn with ANSI escapes
      const plain = tail.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
      const counts = [...plain.matchAll(/(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/g)].at(-1);
      resolve({
        status: code ?? 1,
        passed: Number(counts?.[1] ?? 0),
        failed: Number(counts?.[2] ?? 0),
        skipped: Number(counts?.[3] ?? 0),
      });
    });
  });
}

const argv = process.argv.slice(2);
const only = argv.includes('--unit') ? 'unit' : argv.includes('--e2e') ? 'e2e' : 'all';
const install = !argv.includes('--no-install');
const passOn = argv.filter((arg) => !['--unit', '--e2e', '--no-install'].includes(arg));

ensureSystemTools({ install });

const phases = [];
if (only !== 'e2e') phases.push({ name: 'unit and component tests', args: ['--group', 'default'] });
if (only !== 'unit') {
  if (hasE2eTests())
    phases.push({ name: 'SIP end-to-end tests', args: ['--group', 'e2e'], netns: true });
  else if (only === 'e2e') console.log('[test] No end-to-end tests in test/e2e yet.');
}

let failed = 0;
const total = { passed: 0, failed: 0, skipped: 0 };
for (const phase of phases) {
  console.log(`\n[test] ${phase.name}: wtr ${phase.args.join(' ')}`);
  const started = Date.now();
  const result = await wtr([...phase.args, ...passOn], { netns: phase.netns });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `[test] ${phase.name}: ${result.status === 0 ? 'passed' : `FAILED (exit ${result.status})`} in ${seconds} s`,
  );
  if (result.status !== 0) failed += 1;
  total.passed += result.passed;
  total.failed += result.failed;
  total.skipped += result.skipped;
}
// One closing line for the whole suite, in the plain form CI reads.
console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
