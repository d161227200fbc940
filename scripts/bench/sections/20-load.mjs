/**
 * Load: how long a page takes to get the kit ready, in headless Chromium, from the built files
 * served on 127.0.0.1 (no network cost: this is parse + evaluate + define + first render).
 *
 * Also the pattern for browser sections: ctx.kitBuild() for the files, ctx.serve() to serve
 * them, ctx.chromium() for the shared browser, a fresh context per sample, ctx.stats() to sum up.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatMs } from '../format.mjs';

const SAMPLES = 15;
const WARMUP = 2;

/** A page that loads the bundle and records when every kit element is defined and rendered. */
const PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>load bench</title></head>
  <body>
    <cc-call-center backend="demo" id="cc"></cc-call-center>
    <script type="module">
      const t0 = performance.now();
      await import('./cc-phone-kit.js');
      const imported = performance.now();
      const tags = [...new Set([...document.querySelectorAll('*')].map((el) => el.localName))]
        .filter((tag) => tag.startsWith('cc-'));
      await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
      const el = document.getElementById('cc');
      await el.updateComplete;
      window.__bench = { imported: imported - t0, ready: performance.now() - t0 };
    </script>
  </body>
</html>`;

export default {
  name: 'load',
  title: 'Load (Chromium, built files from 127.0.0.1)',
  async run(ctx) {
    const kit = await ctx.kitBuild();
    writeFileSync(join(kit.dir, 'bench-load.html'), PAGE);
    const server = await ctx.serve(kit.dir);
    const browser = await ctx.chromium();

    const samples = { imported: [], ready: [], load: [] };
    for (let i = 0; i < WARMUP + SAMPLES; i += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.url}/bench-load.html`);
      const result = await page
        .waitForFunction(() => window.__bench, null, { timeout: 15000 })
        .then((handle) => handle.jsonValue());
      const nav = await page.evaluate(
        () => performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? NaN,
      );
      await context.close();
      if (errors.length > 0) throw new Error(`page error: ${errors.join('; ')}`);
      if (i < WARMUP) continue;
      samples.imported.push(result.imported);
      samples.ready.push(result.ready);
      samples.load.push(nav);
    }

    const row = (what, values) => {
      const s = ctx.stats(values);
      return [what, s.n, formatMs(s.median), formatMs(s.p95), formatMs(s.min), formatMs(s.max)];
    };
    return {
      columns: ['What', 'n', 'median', 'p95', 'min', 'max'],
      rows: [
        row('import cc-phone-kit.js (fetch + evaluate + define)', samples.imported),
        row('<cc-call-center backend="demo"> ready (first render done)', samples.ready),
        row('DOMContentLoaded (navigation timing)', samples.load),
      ],
      notes: [`${SAMPLES} samples after ${WARMUP} warm-up loads, each in a fresh browser context.`],
    };
  },
};
