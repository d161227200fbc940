/**
 * SIP calls on the real rig (test/rig: Kamailio on free 127.0.0.1 ports), in headless Chromium:
 *
 * 1. Dial to talking: through the kit (createCallCenter, backend 'sip', the callee a kit agent
 *    that answers as soon as the call rings in its store) against raw sip.js (Inviter; the
 *    callee a raw UserAgent that sends 180 Ringing and accepts in onInvite, the same messages
 *    as the kit's callee), alternating on the same rig in the same run. The ratio of the
 *    medians says what the kit adds; the goal is at most 1.05. The kit's extra work is on the
 *    main thread, so the ratio grows when the machine is busy (two cores shared by others).
 * 2. INVITE received to ringing: from the WebSocket message carrying the initial INVITE to the
 *    call ringing in the kit's store (raw sip.js: to its onInvite), p95.
 *
 * Caller and callee are separate pages (the kit keeps page-wide state such as its AudioContext).
 * Browser-to-browser media needs no network namespace; every wait is bounded.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findKamailio, startRig } from '../../../test/rig/rig.mjs';
import { formatMs, formatRatio } from '../format.mjs';

const CALLS = 30;
const WARMUP = 3;
const GOAL_RATIO = 1.05;
const here = dirname(fileURLToPath(import.meta.url));

const PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>sip bench</title></head>
  <body><script type="module" src="./sip-bench.page.mjs"></script></body>
</html>`;

/** sip.js as one ES module, for the raw baseline (the kit's own copy is inside its chunks). */
async function bundleSipJs(outfile) {
  const { build } = await import('esbuild');
  const require = createRequire(import.meta.url);
  const entry = join(dirname(require.resolve('sip.js/package.json')), 'lib', 'index.js');
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    outfile,
    logLevel: 'warning',
  });
}

async function openPage(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page
    .waitForFunction(() => window.bench, null, { timeout: 15000 })
    .catch(() => {
      throw new Error(`the bench page did not load: ${errors.join('; ') || 'no error reported'}`);
    });
  return page;
}

/** Polls until the callee has no call left (its side of the hang-up arrived). */
async function untilIdle(page, kind) {
  const deadline = Date.now() + 10000;
  while (!(await page.evaluate((k) => window.bench.idle(k), kind))) {
    if (Date.now() > deadline)
      throw new Error(`${kind} callee still has a call 10 s after the hang-up`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export default {
  name: 'sip',
  title: 'SIP calls through a real Kamailio (Chromium, kit vs raw sip.js)',
  async run(ctx) {
    if (!findKamailio()) {
      return {
        columns: ['What'],
        rows: [
          [
            'skipped: Kamailio is not installed (apt-get install kamailio kamailio-websocket-modules)',
          ],
        ],
      };
    }
    const rig = await startRig({ users: ['1001', '1002', '1003', '1004'] });
    ctx.onClose(() => rig.stop());
    const [kitCaller, kitCallee, rawCaller, rawCallee] = rig.users;

    const kit = await ctx.kitBuild();
    await bundleSipJs(join(kit.dir, 'raw-sip.js'));
    copyFileSync(
      join(here, '..', 'lib', 'sip-bench.page.mjs'),
      join(kit.dir, 'sip-bench.page.mjs'),
    );
    writeFileSync(join(kit.dir, 'sip-bench.html'), PAGE);
    const server = await ctx.serve(kit.dir);
    const browser = await ctx.chromium();
    const context = await browser.newContext();
    ctx.onClose(() => context.close());
    const caller = await openPage(context, `${server.url}/sip-bench.html`);
    const callee = await openPage(context, `${server.url}/sip-bench.html`);
    ctx.onClose(() =>
      Promise.allSettled([caller, callee].map((p) => p.evaluate(() => window.bench.close()))),
    );

    const agent = (user, answer) => ({
      server: rig.wsUrl,
      aor: user.aor,
      user: user.user,
      password: user.password,
      answer,
    });
    await caller.evaluate(
      ([o1, o2]) => Promise.all([window.bench.setup('kit', o1), window.bench.setup('raw', o2)]),
      [agent(kitCaller, false), agent(rawCaller, false)],
    );
    await callee.evaluate(
      ([o1, o2]) => Promise.all([window.bench.setup('kit', o1), window.bench.setup('raw', o2)]),
      [agent(kitCallee, true), agent(rawCallee, true)],
    );

    const dial = { kit: [], raw: [] };
    const parts = {
      kit: { before: [], wait: [], after: [] },
      raw: { before: [], wait: [], after: [] },
    };
    const targets = { kit: kitCallee.aor, raw: rawCallee.aor };
    for (let round = 0; round < WARMUP + CALLS; round += 1) {
      // Alternate which goes first, so drift (caches, JIT, the other engineer's load) hits both.
      const order = round % 2 === 0 ? ['kit', 'raw'] : ['raw', 'kit'];
      for (const kind of order) {
        const timing = await caller.evaluate(
          ([k, t]) => window.bench.call(k, t),
          [kind, targets[kind]],
        );
        await caller.evaluate((k) => window.bench.hangup(k), kind);
        await untilIdle(callee, kind);
        if (round < WARMUP) continue;
        dial[kind].push(timing.total);
        for (const part of ['before', 'wait', 'after']) parts[kind][part].push(timing[part]);
      }
    }
    const ringing = {
      kit: (await callee.evaluate(() => window.bench.ringing('kit'))).slice(WARMUP),
      raw: (await callee.evaluate(() => window.bench.ringing('raw'))).slice(WARMUP),
    };

    const row = (what, values) => {
      const s = ctx.stats(values);
      return [what, s.n, formatMs(s.median), formatMs(s.p95), formatMs(s.min), formatMs(s.max)];
    };
    const ratio = ctx.stats(dial.kit).median / ctx.stats(dial.raw).median;
    const ringP95 = ctx.stats(ringing.kit).p95;
    return {
      tables: [
        {
          title: 'Dial to talking (caller side, callee answers at once)',
          columns: ['What', 'n', 'median', 'p95', 'min', 'max'],
          rows: [
            row('kit: calls.dial() to the call talking in the store', dial.kit),
            row('raw sip.js: Inviter.invite() to Established', dial.raw),
            ['kit / raw (ratio of medians)', '', formatRatio(ratio), '', '', ''],
          ],
        },
        {
          title: "Where the dial time goes (medians, from the caller page's WebSocket)",
          columns: ['Part', 'kit', 'raw sip.js'],
          rows: [
            ['dial to the INVITE sent (microphone, offer, ICE gathering)', 'before'],
            ['INVITE sent to its 200 OK received (Kamailio, the callee answering)', 'wait'],
            ['200 OK received to talking / Established (answer applied, ACK)', 'after'],
          ].map(([what, part]) => [
            what,
            formatMs(ctx.stats(parts.kit[part]).median),
            formatMs(ctx.stats(parts.raw[part]).median),
          ]),
        },
        {
          title: 'INVITE received to ringing (callee side)',
          columns: ['What', 'n', 'median', 'p95', 'min', 'max'],
          rows: [
            row('kit: WebSocket INVITE to the call ringing in the store', ringing.kit),
            row('raw sip.js: WebSocket INVITE to onInvite', ringing.raw),
          ],
        },
      ],
      notes: [
        `${CALLS} calls each after ${WARMUP} warm-up calls each, kit and raw alternating, on one Kamailio (${rig.wsUrl}).`,
        'Kit agents are complete: store, quality sampling, playback on an audio element, tones; the raw agents only do SIP and WebRTC.',
        `Goal: kit / raw at most ${GOAL_RATIO}.`,
      ],
      budgets: [
        {
          name: 'SIP dial to talking, kit / raw sip.js (median)',
          actual: Number(ratio.toFixed(3)),
          limit: GOAL_RATIO,
          unit: 'x',
          kind: 'target',
        },
        {
          name: 'SIP INVITE received to ringing in the store (p95)',
          actual: Number(ringP95.toFixed(1)),
          limit: 50,
          unit: 'ms',
        },
      ],
    };
  },
};
