/**
 * @web/test-runner: every test runs in real headless Debian Chromium (/usr/bin/chromium) with
 * fake media devices, mocha + @open-wc/testing.
 *
 *   npx wtr                              everything (the default group, then the e2e group)
 *   npx wtr --group default              unit and component tests only (npm run test:unit)
 *   npx wtr --group e2e                  SIP end-to-end tests against the real rig (test/e2e)
 *   npx wtr "components/dial-pad/**\/*.test.ts"   just those files (groups are skipped)
 *
 * `npm test` (scripts/test.mjs) runs the default group, then the e2e group inside its own
 * loopback-only network namespace (test/rig/in-netns.sh), as browser<->baresip audio needs.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';
import { examplesTsxPlugin } from './examples/tsx-plugin.mjs';

const root = dirname(fileURLToPath(import.meta.url));

/** True when `dir` (relative to the repo root) holds at least one *.test.ts file. */
function hasTests(dir) {
  try {
    if (!statSync(join(root, dir)).isDirectory()) return false;
    return readdirSync(join(root, dir), { recursive: true }).some(
      (name) => String(name).endsWith('.test.ts') && !String(name).includes('node_modules'),
    );
  } catch {
    return false;
  }
}

/**
 * WTR's own parse of the command line. It tells us whether files were named on the command line
 * (then only those run, and the groups must not add theirs) and which group is focused.
 */
function cliArgs() {
  try {
    const require = createRequire(import.meta.url);
    const { readCliArgs } = require(
      join(dirname(require.resolve('@web/test-runner')), 'config', 'readCliArgs.js'),
    );
    return readCliArgs();
  } catch {
    return {};
  }
}

const cli = cliArgs();
const namedFiles = Array.isArray(cli.files) && cli.files.length > 0;

/** Unit and component tests: the root `files`, WTR's "default" group. */
const unitFiles = [
  ...(hasTests('test') ? ['test/**/*.test.ts', '!test/e2e/**'] : []),
  ...(hasTests('components') ? ['components/**/*.test.ts'] : []),
  ...(hasTests('core') ? ['core/**/*.test.ts'] : []),
];

/** Groups run after the default files; a group whose folder is empty is left out (WTR would fail). */
const groups = namedFiles
  ? []
  : [{ name: 'e2e', files: 'test/e2e/**/*.test.ts', dir: 'test/e2e' }]
      .filter((group) => hasTests(group.dir))
      .map(({ name, files }) => ({ name, files }));

const runsE2e = cli.group === 'e2e' || (cli.group === undefined && groups.length > 0);

/**
 * The SIP rig (Kamailio, baresip) as server commands for tests: `executeServerCommand('rig-start')`.
 * It only starts processes when a test asks, so every run may have it.
 */
const rigPluginFile = join(root, 'test/rig/wtr-rig-plugin.mjs');
const rigPlugins = existsSync(rigPluginFile)
  ? [
      (await import(pathToFileURL(rigPluginFile).href)).rigPlugin({
        log: process.env.RIG_LOG === '1',
      }),
    ]
  : [];

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: root,
  files: unitFiles,
  groups,
  // Resolve packages to their production builds: Lit would otherwise log its dev-mode warning in
  // every test file, and tests see what users get.
  nodeResolve: { exportConditions: ['production'] },
  plugins: [
    // The React example page's TSX entry, bundled with React (test/examples.test.ts) and the React test fixtures.
    examplesTsxPlugin({ root }),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      // experimentalDecorators + useDefineForClassFields: false come from here.
      tsconfig: join(root, 'tsconfig.json'),
    }),
    ...rigPlugins,
  ],
  // Two cores. Unit tests use both; SIP end-to-end tests get one page at a time so that WebRTC
  // and Kamailio timing does not depend on what the other page is doing.
  concurrency: runsE2e ? 1 : 2,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  // End-to-end tests register, call and wait for media: they get longer per-test timeouts.
  testFramework: { config: { ui: 'bdd', timeout: runsE2e ? 30000 : 10000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: chromiumLaunchOptions,
    }),
  ],
};
