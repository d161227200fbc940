/**
 * One Vite config for two jobs:
 * - `vite build` (npm run build): the library, self-contained, into dist/:
 *     dist/cc-phone-kit.js  every element (components/index.ts), one <script type="module">
 *     dist/core.js          the headless core (core/index.ts), no Lit inside
 *     dist/react.js         React wrappers (components/react/index.ts); imports the elements
 *                           from dist/cc-phone-kit.js and React from the host (never bundled)
 *     dist/chunks/*.js      lazily loaded pieces; sip.js alone in dist/chunks/sip-[hash].js
 *   Type declarations come from `tsc -p tsconfig.build.json` (dist/types), not from Vite.
 * - `vite` (npm start): the dev server for the demo page, index.html at the repo root.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { bundleGuards } from './scripts/build/bundle-guards.js';

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** sip.js itself: it must end up in the chunk named "sip", reached only through import(). */
const SIP_JS = /[\\/]node_modules[\\/]sip\.js[\\/]/;
/**
 * Core modules every page loads at once, and rxjs: the store, the allowed-actions model, the
 * facade's shell and the back-end registry. Not the command code and validation
 * (core/facade/engine.ts and what it imports), which load with import() beside the back end,
 * nor the back ends and media. core/index.ts is left out too: it re-exports everything for
 * dist/core.js, and a group takes in what its modules import.
 */
const CORE_SHARED =
  /[\\/](node_modules[\\/](rxjs|tslib)[\\/]|core[\\/]store[\\/]|core[\\/]model[\\/](allowed-actions|calls|errors|number-text)\.ts$|core[\\/]facade[\\/](command-context|deferred-groups|types)\.ts$|core[\\/](events|call-center)\.ts$|core[\\/]backends[\\/](registry|capabilities|backend)\.ts$)/;
/** The command code and validation, loaded beside the back end: one chunk. */
const CORE_ENGINE =
  /[\\/]core[\\/](facade[\\/](engine|[a-z]+-commands)|model[\\/](validation|transfer-target))\.ts$/;
/** Lit and the components' shared plumbing (not the locales). */
const UI_SHARED =
  /[\\/](node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]|components[\\/](base|context|events|themes)[\\/]|components[\\/]i18n[\\/][^/\\]+\.ts$)/;
/**
 * Parts of those packages only lazily loaded code or dist/react.js use (directives, the query
 * decorators, @lit/react): left to the chunks that need them, so the first load skips them.
 */
const UI_NOT_SHARED =
  /[\\/]node_modules[\\/](@lit[\\/]react|lit[\\/]directives[\\/]|lit-html[\\/](directives|directive-helpers|directive\.js)|@lit[\\/]reactive-element[\\/]decorators[\\/]query)/;
/** The elements' own modules (not the locales, not the React wrappers). */
const UI_LAZY = /[\\/]components[\\/](?!i18n[\\/]locales[\\/]|react[\\/])/;
const BACKEND_ENTRY = /[\\/]core[\\/]backends[\\/]([a-z][a-z0-9-]*)[\\/]index\.ts$/;
/** React belongs to the host page (an optional peer dependency): never in the bundle. */
const REACT = /^react(-dom)?($|\/)/;
const KIT_ENTRY = fromRoot('./components/index.ts');
const REACT_ENTRY = fromRoot('./components/react/index.ts');

/**
 * dist/react.js takes the elements from dist/cc-phone-kit.js (one copy of each element on the
 * page, and cc-phone-kit.js stays one file): its import of components/index.ts is left external
 * and rewritten to the built entry.
 */
const KIT_IDS = new Set(['../index.js', KIT_ENTRY, KIT_ENTRY.replace(/\.ts$/, '.js')]);

function isExternal(id: string, importer: string | undefined): boolean {
  if (REACT.test(id)) return true;
  return importer === REACT_ENTRY && KIT_IDS.has(id);
}

export default defineConfig({
  // The demo page and the library share one resolver: Lit's production build, not dev mode.
  resolve: { conditions: ['es2015', 'module', 'browser', 'production'] },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // cc-phone-kit and core are applications' whole dependency sets: nothing is left external.
    // Only React (for dist/react.js) comes from the host.
    lib: {
      entry: {
        'cc-phone-kit': fromRoot('./components/index.ts'),
        core: fromRoot('./core/index.ts'),
        react: fromRoot('./components/react/index.ts'),
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      external: isExternal,
      output: {
        paths: (id: string) => (KIT_IDS.has(id) ? './cc-phone-kit.js' : id),
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
              // The headless core and the rxjs it uses, shared by dist/core.js and the elements:
              // one file, because every file a page loads costs its own request and gzip window.
              name: 'core',
              test: CORE_SHARED,
              priority: 5,
            },
            {
              // What core/facade/engine.ts loads (its validation is also dist/core.js's).
              name: 'engine',
              test: CORE_ENGINE,
              priority: 5,
            },
            {
              // What the elements need at once ($initial: statically imported by an entry): Lit,
              // the shared plumbing and the elements' shells, which render their frames.
              name: 'ui',
              test: (id: string) =>
                (UI_SHARED.test(id) || UI_LAZY.test(id)) && !UI_NOT_SHARED.test(id),
              tags: ['$initial'],
              priority: 4,
            },
            {
              // Everything else of the elements, loaded with import() when they connect (their
              // behaviour, the in-call and logged-in controls, the sub-elements, the labels):
              // one file, because every file costs its own request and gzip window.
              name: 'agent-ui',
              test: (id: string) => UI_LAZY.test(id) || UI_SHARED.test(id),
              priority: 3,
            },
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
    // Lit's html`` and css`` templates are strings to a minifier: collapse their whitespace
    // and minify their CSS, for the library build only (the dev server keeps them readable).
    { ...minifyTemplateLiterals(), apply: 'build' as const },
    bundleGuards({
      entries: {
        core: 'core/index.ts',
        'cc-phone-kit': 'components/index.ts',
        react: 'components/react/index.ts',
      },
      // The headless core must not carry Lit.
      forbidden: [
        { entry: 'core', modules: /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/ },
      ],
      // sip.js only ever behind a dynamic import().
      lazyOnly: [{ name: 'sip.js', modules: SIP_JS }],
    }),
  ],
});
