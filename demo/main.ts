/**
 * The demo page: a small CRM that hosts the kit on the embedded demo back end. It uses only
 * public API: the elements, the provider's `.callCenter`, and the core facade.
 */
import { createCallCenter, type Call, type CallCenterState } from '../core/index.js';
import { createDemoBackend, type DemoBackend } from '../core/backends/demo/index.js';

const params = new URLSearchParams(location.search);
const backend = createDemoBackend({
  agents: Number(params.get('agents') ?? 24),
  inboundPerMinute: Number(params.get('rate') ?? 1),
}) as Promise<DemoBackend>;
const callCenter = createCallCenter({ backend });
// Hand the provider our call center before its element is defined, so it never builds its own.
const provider = document.querySelector('cc-call-center') as HTMLElement & { callCenter: unknown };
provider.callCenter = callCenter;
await import('../components/index.js');

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

$('inbound').addEventListener('click', () => {
  void backend.then((b) => b.simulateInboundCall());
});

$<HTMLSelectElement>('lang').addEventListener('change', (event) => {
  document.documentElement.lang = (event.target as HTMLSelectElement).value;
});
$<HTMLSelectElement>('theme').addEventListener('change', (event) => {
  document.documentElement.dataset['ccTheme'] = (event.target as HTMLSelectElement).value;
});

// Click-to-dial: the phone bar asks first (cc-dial-request), so the page could veto.
const contacts = [
  ['Li Wei (VIP)', '13800138000'],
  ['Emma Schmidt', '+49 30 1234 5678'],
  ['Busy line', '010-8888-0486'],
  ['Never answers', '021-6666-0408'],
];
const list = $('contacts');
for (const [name, number] of contacts) {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = `tel:${number}`;
  link.textContent = `${name}: ${number}`;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    const phone = document.getElementById('phone') as
      (HTMLElement & { dial?(n: string): void }) | null;
    if (phone?.dial) phone.dial(number!);
    else void callCenter.calls.dial(number!).catch(() => undefined);
  });
  item.append(link);
  list.append(item);
}

// Screen pop: the customer of the active call. Untrusted text goes in as text only.
callCenter
  .select((s: CallCenterState) => s.calls.activeId && s.calls.byId[s.calls.activeId])
  .subscribe((call) => {
    const box = $('customer');
    box.replaceChildren();
    if (!call) {
      box.textContent = 'No call. When a call comes in, the customer appears here.';
      return;
    }
    box.append(details(call as Call));
  });

function details(call: Call): HTMLElement {
  const dl = document.createElement('dl');
  const rows: [string, string | undefined][] = [
    ['Name', call.remote.displayName],
    ['Number', call.remote.number],
    ['Location', call.remote.location],
    ['Queue', call.queue?.name],
    ['State', call.state],
  ];
  for (const [label, value] of rows) {
    if (!value) continue;
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.textContent = value;
    dl.append(dt, dd);
  }
  return dl;
}

callCenter
  .select((s: CallCenterState) => s.calls.history)
  .subscribe((history) => {
    const ol = $('history');
    ol.replaceChildren(
      ...history.slice(0, 8).map((record) => {
        const li = document.createElement('li');
        const talk = record.answeredAt
          ? Math.round((record.endedAt - record.answeredAt) / 1000)
          : 0;
        li.textContent = `${record.remote.displayName ?? record.remote.number}: ${record.endCause}, ${talk} s`;
        return li;
      }),
    );
  });

// A glance at the team until <cc-supervisor-panel> arrives.
callCenter
  .select((s: CallCenterState) => s.supervisor)
  .subscribe((sup) => {
    const team = $('team');
    team.replaceChildren(
      ...sup.agentIds.slice(0, 48).map((id) => {
        const agent = sup.agents[id]!;
        const div = document.createElement('div');
        div.textContent = `${agent.name} · ${agent.presence}${agent.work !== 'idle' ? ` · ${agent.work}` : ''}`;
        return div;
      }),
    );
  });
