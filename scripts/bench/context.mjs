/**
 * What a bench section gets (`ctx`): shared, lazily created resources that the runner tears
 * down at the end, so sections stay small and do not each build or launch their own.
 *
 *   ctx.root                 repository root
 *   ctx.args                 parsed runner arguments
 *   ctx.tempDir(prefix)      a fresh scratch folder inside .tmp/ (bare imports resolve from there)
 *   ctx.kitBuild()           the kit built now with vite.config.ts -> { dir, chunks, entry(name) }
 *   ctx.chromium()           a playwright Browser on /usr/bin/chromium (launched once)
 *   ctx.serve(dir)           a static HTTP server on 127.0.0.1 -> { url, close }
 *   ctx.stats(samples)       { n, min, median, p95, max, mean } of numbers
 *   ctx.onClose(fn)          run fn when the bench ends
 */
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from '../chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.wav': 'audio/wav',
};

/** The chunks of a vite/rolldown build output, with what the size section needs. */
export function chunksOf(output) {
  const outputs = Array.isArray(output) ? output : [output];
  return outputs
    .flatMap((item) => item.output ?? [])
    .filter((item) => item.type === 'chunk')
    .map((chunk) => ({
      fileName: chunk.fileName,
      name: chunk.name,
      isEntry: chunk.isEntry,
      isDynamicEntry: chunk.isDynamicEntry,
      imports: [...chunk.imports],
      dynamicImports: [...chunk.dynamicImports],
      moduleIds: [...chunk.moduleIds],
      /** Bytes each module contributes to the chunk (before minification of the whole). */
      modules: Object.entries(chunk.modules ?? {}).map(([id, info]) => ({
        id,
        renderedLength: info.renderedLength ?? 0,
      })),
      code: chunk.code,
    }));
}

export function stats(samples) {
  const sorted = [...samples].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { n, min: NaN, median: NaN, p95: NaN, max: NaN, mean: NaN };
  const at = (q) => sorted[Math.min(n - 1, Math.ceil(q * n) - 1)];
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  return {
    n,
    min: sorted[0],
    median,
    p95: at(0.95),
    max: sorted[n - 1],
    mean: sorted.reduce((sum, x) => sum + x, 0) / n,
  };
}

export function createContext({ args }) {
  const closers = [];
  let kitBuild;
  let browser;

  const ctx = {
    root,
    args,
    stats,

    onClose(fn) {
      closers.push(fn);
    },

    tempDir(prefix = 'bench-') {
      const parent = join(root, '.tmp');
      mkdirSync(parent, { recursive: true });
      const dir = mkdtempSync(join(parent, prefix));
      closers.push(() => rmSync(dir, { recursive: true, force: true }));
      return dir;
    },

    /** Builds the kit exactly as `npm run build` does (same vite.config.ts), into a scratch dir. */
    kitBuild() {
      kitBuild ??= (async () => {
        const { build } = await import('vite');
        const dir = ctx.tempDir('bench-kit-');
        const output = await build({
          root,
          configFile: join(root, 'vite.config.ts'),
          logLevel: 'warn',
          build: { outDir: dir, emptyOutDir: true, sourcemap: false, reportCompressedSize: false },
        });
        const chunks = chunksOf(output);
        return {
          dir,
          chunks,
          entry: (name) => chunks.find((chunk) => chunk.isEntry && chunk.name === name),
        };
      })();
      return kitBuild;
    },

    /** One Chromium for every section that needs a browser (flags as in the tests). */
    chromium() {
      browser ??= (async () => {
        const { chromium } = await import('playwright');
        const launched = await chromium.launch(chromiumLaunchOptions);
        closers.push(() => launched.close());
        return launched;
      })();
      return browser;
    },

    /** Serves `dir` over HTTP on 127.0.0.1 (a free port); closed at the end of the bench. */
    async serve(dir) {
      const base = normalize(dir + sep);
      const server = createServer((request, response) => {
        const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
        let file = normalize(join(base, path));
        if (!file.startsWith(base)) {
          response.writeHead(403).end();
          return;
        }
        try {
          if (statSync(file).isDirectory()) file = join(file, 'index.html');
          const body = readFileSync(file);
          response.writeHead(200, {
            'content-type': MIME[extname(file)] ?? 'application/octet-stream',
            'cache-control': 'no-store',
          });
          response.end(body);
        } catch {
          response.writeHead(404).end();
        }
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address();
      const close = () =>
        new Promise((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      closers.push(close);
      return { url: `http://127.0.0.1:${port}`, close };
    },

    async close() {
      for (const fn of closers.reverse()) {
        try {
          await fn();
        } catch (error) {
          console.error('bench cleanup:', error);
        }
      }
      closers.length = 0;
    },
  };
  return ctx;
}
