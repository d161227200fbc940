#!/usr/bin/env node
/**
 * npm run start:sip — try the kit against a real SIP server in two browser tabs.
 *
 * Starts Kamailio with agents 1001 and 1002 (scripts/start-sip.mjs, test/rig/kamailio.cfg, free
 * 127.0.0.1 ports, random passwords) and the Vite dev server, then prints one page per agent
 * (demo/sip.html) and the passwords to type into each page's login form. Open both, log in,
 * and call 1002 from 1001. Ctrl-C stops both.
 *
 * Without Kamailio it says how to install it and still serves the pages, which then take any
 * server: /demo/sip.html?agent=1001&server=wss://your-server&domain=your-domain.
 */
import { createServer } from 'vite';
import { describeRig, startSip } from './start-sip.mjs';

const USERS = ['1001', '1002'];

const rig = await startSip({ users: USERS }).catch((error) => {
  console.error(`Could not start Kamailio: ${error instanceof Error ? error.message : error}`);
  return null;
});

// The kit's own dev server config (vite.config.ts), on a free port near the demo's.
const vite = await createServer({ server: { host: '127.0.0.1', port: 5174, strictPort: false } });
await vite.listen();
const base = (vite.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5174/').replace(/\/$/, '');

const pageUrl = (user) => {
  const query = new URLSearchParams({
    agent: user,
    ...(rig ? { server: rig.wsUrl, domain: rig.domain } : {}),
  });
  return `${base}/demo/sip.html?${query}`;
};

console.log('');
if (rig) console.log(describeRig(rig));
console.log('\nAgent pages (open each in its own tab, log in with the password above):');
for (const user of USERS) console.log(`  ${user}: ${pageUrl(user)}`);
console.log('\nCall the other agent by number (1002) from the phone bar. Ctrl-C stops everything.');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping...');
  await Promise.allSettled([vite.close(), rig?.stop()]);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
