/**
 * Stand-alone runner config for the rig's own smoke test (and any test/e2e file), with
 * rigPlugin() wired in. The shared web-test-runner.config.mjs at the repo root is the one
 * `npm test` uses; this one is for working on the rig itself:
 *
 *   test/rig/in-netns.sh node_modules/.bin/wtr --config test/rig/wtr-e2e.config.mjs
 *   node_modules/.bin/wtr --config test/rig/wtr-e2e.config.mjs "test/e2e/other.test.ts"
 *
 * (Without in-netns.sh everything but the browser<->baresip audio test runs.)
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { rigPlugin } from './wtr-rig-plugin.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export default {
  rootDir: root,
  files: ['test/e2e/rig-smoke.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: join(root, 'tsconfig.json') }),
    rigPlugin({ log: process.env.RIG_LOG === '1' }),
  ],
  // Two cores: one page at a time keeps WebRTC and Kamailio timing sane.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 120000,
  testFramework: { config: { ui: 'bdd', timeout: 30000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--use-fake-device-for-media-stream',
          '--use-fake-ui-for-media-stream',
          '--allow-loopback-in-peer-connection',
          '--autoplay-policy=no-user-gesture-required',
        ],
      },
    }),
  ],
};
