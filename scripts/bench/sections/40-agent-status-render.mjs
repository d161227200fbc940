/**
 * First render of <cc-agent-status>: from appending the element (inside a provider whose demo
 * call center has already started) to its first render done (`updateComplete`) and to the next
 * frame painted (requestAnimationFrame, then a task: the usual "after paint" mark). Median and
 * p95 of many mounts in one page, in headless Chromium, from the built files.
 *
 * Two states: offline (the login form) and logged in and ready (status, reasons, buttons).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatMs } from '../format.mjs';

const MOUNTS = 60;
const WARMUP = 5;

const PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>agent-status render bench</title></head>
  <body>
    <cc-call-center id="cc" backend="demo" inbound-per-minute="0" agents="0"></cc-call-center>
    <script type="module">
      await import('./cc-phone-kit.js');
      await customElements.whenDefined('cc-agent-status');
      const provider = document.getElementById('cc');
      await provider.updateComplete;
      const cc = provider.callCenter;
      await cc.ready;

      const afterPaint = () =>
        new Promise((resolve) => requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(null);
        }));

      async function measure(mounts, warmup) {
        const rendered = [];
        const painted = [];
        for (let i = 0; i < warmup + mounts; i += 1) {
          const el = document.createElement('cc-agent-status');
          const t0 = performance.now();
          provider.append(el);
          await el.updateComplete;
          const t1 = performance.now();
          await afterPaint();
          const t2 = performance.now();
          if (!el.shadowRoot.querySelector('[part~="base"]')) throw new Error('nothing rendered');
          el.remove();
          await afterPaint();
          if (i < warmup) continue;
          rendered.push(t1 - t0);
          painted.push(t2 - t0);
        }
        return { rendered, painted };
      }

      const offline = await measure(${MOUNTS}, ${WARMUP});
      await cc.agent.login({ agentId: '1001', initialPresence: 'ready' });
      const ready = await measure(${MOUNTS}, ${WARMUP});
      window.__bench = { offline, ready };
    </script>
  </body>
</html>`;

export default {
  name: 'agent-status-render',
  title: 'First render of <cc-agent-status> (Chromium, built files)',
  async run(ctx) {
    const kit = await ctx.kitBuild();
    writeFileSync(join(kit.dir, 'bench-agent-status.html'), PAGE);
    const server = await ctx.serve(kit.dir);
    const browser = await ctx.chromium();
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/bench-agent-status.html`);
    const result = await page
      .waitForFunction(() => window.__bench, null, { timeout: 60000 })
      .then((handle) => handle.jsonValue())
      .catch((error) => {
        throw new Error(
          `${error.message}${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`,
        );
      });
    await context.close();

    const row = (what, values) => {
      const s = ctx.stats(values);
      return [what, s.n, formatMs(s.median), formatMs(s.p95), formatMs(s.min), formatMs(s.max)];
    };
    const offlineRendered = ctx.stats(result.offline.rendered);
    const readyRendered = ctx.stats(result.ready.rendered);
    return {
      columns: ['What', 'n', 'median', 'p95', 'min', 'max'],
      rows: [
        row('offline (login form): append -> rendered', result.offline.rendered),
        row('offline (login form): append -> next frame painted', result.offline.painted),
        row('ready: append -> rendered', result.ready.rendered),
        row('ready: append -> next frame painted', result.ready.painted),
      ],
      notes: [
        `${MOUNTS} mounts per state after ${WARMUP} warm-up mounts, one page, the element appended to a`,
        'started <cc-call-center backend="demo">; "painted" waits for requestAnimationFrame and a task.',
      ],
      // First render within one frame (16.7 ms) at the median, on this 2-core machine.
      budgets: [
        {
          name: 'cc-agent-status first render, offline (median)',
          actual: offlineRendered.median,
          limit: 16,
          unit: 'ms',
        },
        {
          name: 'cc-agent-status first render, ready (median)',
          actual: readyRendered.median,
          limit: 16,
          unit: 'ms',
        },
      ],
    };
  },
};
