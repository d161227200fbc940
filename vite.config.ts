/**
 * One Vite config for two jobs:
 * - `vite build` (npm run build): the library, self-contained, into dist/:
 *     dist/cc-phone-kit.js  every element (components/index.ts), one <script type="module">
 *     dist/core.js          the headless core (core/index.ts), no Lit inside
 *     dist/chunks/*.js      lazily loaded pieces; sip.js alone in dist/chunks/sip-[hash].js
 *   Type declarations come from `tsc -p tsconfig.build.json` (dist/types), not from Vite.
 * - `vite` (npm start): the dev server for the demo page, index.html at the repo root.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { bundleGuards } from './scripts/build/bundle-guards.js';

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** sip.js itself: it must end up in the chunk named "sip", reached only through import(). */
const SIP_JS = /[\\/]node_modules[\\/]sip\.js[\\/]/;
const BACKEND_ENTRY = /[\\/]core[\\/]backends[\\/]([a-z][a-z0-9-]*)[\\/]index\.ts$/;

export default defineConfig({
  // The demo page and the library share one resolver: Lit's production build, not dev mode.
  resolve: { conditions: ['module', 'browser', 'production'] },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // Both entries are applications' whole dependency sets: nothing is left external.
    lib: {
      entry: {
        'cc-phone-kit': fromRoot('./components/index.ts'),
        core: fromRoot('./core/index.ts'),
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      output: {
        // Vite's library default keeps whitespace (codegen off) so that downstream bundlers can
        // tree-shake; this bundle is self-contained and loaded as is, so minify it fully.
        minify: true,
        comments: { annotation: false },
        // Lazy chunks are named after what they hold; the back-end chunks after their back end
        // (core/backends/<name>/index.ts), so dist/chunks/sip-*.js is sip.js itself and
        // dist/chunks/sip-backend-*.js the adapter around it.
        chunkFileNames: (chunk) => {
          const backend = BACKEND_ENTRY.exec(chunk.facadeModuleId ?? '');
          return backend ? `chunks/${backend[1]}-backend-[hash].js` : 'chunks/[name]-[hash].js';
        },
        codeSplitting: {
          groups: [
            {
              // All of sip.js in one chunk. It is only imported by core/media and
              // core/backends/sip, which the back-end registry loads through import(); the
              // bundle guard below fails the build if it ever becomes statically reachable.
              name: 'sip',
              test: SIP_JS,
              priority: 10,
            },
          ],
        },
      },
    },
  },
  plugins: [
    bundleGuards({
      entries: { core: 'core/index.ts', 'cc-phone-kit': 'components/index.ts' },
      // The headless core must not carry Lit.
      forbidden: [
        { entry: 'core', modules: /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/ },
      ],
      // sip.js only ever behind a dynamic import().
      lazyOnly: [{ name: 'sip.js', modules: SIP_JS }],
    }),
  ],
});
