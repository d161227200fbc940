/**
 * An agent page on the `sip` back end, declaratively: `<cc-call-center backend="sip" server aor>`
 * with `<cc-agent-status>` (whose login form takes the password) and `<cc-phone-bar>`.
 * The query string says who and where: ?agent=1001&server=ws://127.0.0.1:PORT&domain=127.0.0.1.
 */
import type { CallCenter, CallCenterState } from '../core/index.js';

const params = new URLSearchParams(location.search);
const agent = params.get('agent') ?? '1001';
const server = params.get('server') ?? '';
const domain = params.get('domain') ?? location.hostname;
const aor = `sip:${agent}@${domain}`;

const $ = (id: string) => document.getElementById(id)!;
document.title = `Agent ${agent} · cc-phone-kit SIP`;
$('agent-name').textContent = agent;
$('server').textContent = server || '(none)';
$('aor').textContent = aor;

// Attributes first, then the elements: <cc-call-center> builds its call center when it upgrades.
const provider = $('cc') as HTMLElement & { callCenter: CallCenter | null };
provider.setAttribute('aor', aor);
if (server) provider.setAttribute('server', server);
else
  $('how').textContent =
    'No SIP server given: start this page with npm run start:sip, or add ?server=wss://your-server to the address.';
$('status').setAttribute('agent-id', agent);
await import('../components/index.js');
await customElements.whenDefined('cc-call-center');

const callCenter = provider.callCenter;
callCenter
  ?.select((s: CallCenterState) => s.connection)
  .subscribe((c) => {
    $('connection').textContent =
      `${c.transport}, ${c.registration}${c.reason ? ` (${c.reason.message})` : ''}`;
  });
callCenter
  ?.select((s: CallCenterState) => s.calls.history)
  .subscribe((history) => {
    $('history').replaceChildren(
      ...history.slice(0, 8).map((record) => {
        const li = document.createElement('li');
        li.textContent = `${record.remote.displayName ?? record.remote.number}: ${record.endCause}`;
        return li;
      }),
    );
  });
