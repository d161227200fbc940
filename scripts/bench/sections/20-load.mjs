/**
 * Load: how long a page takes to get the kit ready, in headless Chromium, from the built files
 * served on 127.0.0.1 (no network cost: this is parse + evaluate + define + render). A demo
 * call center with an agent status and a phone bar: when their frames are drawn (what
 * dist/cc-phone-kit.js and its static imports do alone), and when they are complete (their
 * behaviour, the command code and the demo back end, all loaded with import(), are there).
 *
 * Also the pattern for browser sections: ctx.kitBuild() for the files, ctx.serve() to serve
 * them, ctx.chromium() for the shared browser, a fresh context per sample, ctx.stats() to sum up.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatMs } from '../format.mjs';

const SAMPLES = 15;
const WARMUP = 2;

/** A page that loads the bundle and records when the elements are drawn, then complete. */
const PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>load bench</title></head>
  <body>
    <cc-call-center backend="demo" id="cc">
      <cc-agent-status id="status"></cc-agent-status>
      <cc-phone-bar id="bar"></cc-phone-bar>
    </cc-call-center>
    <script type="module">
      const t0 = performance.now();
      await import('./cc-phone-kit.js');
      const imported = performance.now();
      const status = document.getElementById('status');
      const bar = document.getElementById('bar');
      // Lit renders in a microtask after the upgrade: wait for the first render of both.
      while (!status.hasUpdated || !bar.hasUpdated) await Promise.resolve();
      const framed = performance.now();
      const drawnFrame = bar.shadowRoot.querySelector('[part~="number-input"]')?.disabled === true;
      const cc = document.getElementById('cc');
      await cc.callCenter.ready;
      await Promise.all([cc.updateComplete, status.updateComplete, bar.updateComplete]);
      if (!status.shadowRoot.querySelector('[part~="login-form"]')) throw new Error('no login form');
      window.__bench = {
        imported: imported - t0,
        framed: framed - t0,
        drawnFrame,
        ready: performance.now() - t0,
      };
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

    const samples = { imported: [], framed: [], ready: [], load: [] };
    let frames = 0;
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
      samples.framed.push(result.framed);
      samples.ready.push(result.ready);
      if (result.drawnFrame) frames += 1;
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
        row('agent status and phone bar: first render', samples.framed),
        row('agent status and phone bar complete, demo back end started', samples.ready),
        row('DOMContentLoaded (navigation timing)', samples.load),
      ],
      notes: [
        `${SAMPLES} samples after ${WARMUP} warm-up loads, each in a fresh browser context.`,
        `First render was the frame (behaviour not loaded yet) in ${frames} of ${SAMPLES} loads.`,
      ],
    };
  },
};
