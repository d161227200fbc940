/**
 * The example pages load, render the elements and work: log in, then go ready, on the demo
 * back end. Each page runs in an iframe served by the test server (examples/plain.html loads
 * the kit's sources; examples/react.html its React wrappers, bundled by examples/tsx-plugin.mjs).
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { CcAgentStatus } from '../components/agent-status/agent-status.component.js';
import type { CcCallCenter } from '../components/call-center/call-center.component.js';

async function openPage(path: string): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, doc: frame.contentDocument! };
}

function shadowPart(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

/** Logs in through the page's <cc-agent-status> form, then presses the status button (ready). */
async function logInAndGoReady(doc: Document): Promise<void> {
  await waitUntil(
    () => doc.querySelector('cc-agent-status')?.shadowRoot,
    'cc-agent-status never rendered',
    {
      timeout: 15000,
    },
  );
  const status = doc.querySelector('cc-agent-status') as CcAgentStatus;
  const provider = doc.querySelector('cc-call-center') as CcCallCenter;
  await waitUntil(() => shadowPart(status, 'login-button'), 'no login form', { timeout: 10000 });
  const id = shadowPart(status, 'agent-id-input') as HTMLInputElement;
  expect(id.value, 'agent id prefilled by the page').to.equal('1001');
  shadowPart(status, 'login-button')!.click();
  await waitUntil(
    () => status.getAttribute('agent-state') === 'not-ready',
    'login never finished',
    { timeout: 10000 },
  );
  await waitUntil(() => shadowPart(status, 'status-button'));
  shadowPart(status, 'status-button')!.click();
  // A simulated customer may ring right after; presence is what the button changed.
  await waitUntil(() => provider.callCenter?.snapshot.agent.presence === 'ready', 'never ready', {
    timeout: 10000,
  });
}

describe('example pages', function () {
  // Each page loads the kit (and React) from source and runs the demo at its real pace.
  this.timeout(30000);
  let frame: HTMLIFrameElement | null = null;

  afterEach(() => {
    frame?.remove();
    frame = null;
  });

  it('plain.html: elements render, login -> ready, events reach the page', async () => {
    const page = await openPage('/examples/plain.html');
    frame = page.frame;
    await logInAndGoReady(page.doc);
    const phoneBar = page.doc.querySelector('cc-phone-bar')!;
    await waitUntil(() => shadowPart(phoneBar, 'base'), 'cc-phone-bar never rendered');
    expect(shadowPart(phoneBar, 'dial-button')).to.exist;
    const log = page.doc.getElementById('log')!;
    await waitUntil(
      () => log.textContent!.includes('"presence":"ready"'),
      'the page heard no state change',
    );
  });

  it('react.html: the React wrappers render, login -> ready, onAgentStateChange fires', async () => {
    const page = await openPage('/examples/react.html');
    frame = page.frame;
    await logInAndGoReady(page.doc);
    const phoneBar = page.doc.querySelector('cc-phone-bar')!;
    await waitUntil(() => shadowPart(phoneBar, 'base'), 'cc-phone-bar never rendered');
    const log = page.doc.querySelector('[data-testid="log"]')!;
    await waitUntil(
      () => log.textContent!.includes('-> ready'),
      'onAgentStateChange never reached React',
    );
  });

  it('react.html: onDialRequest can veto a dial', async () => {
    const page = await openPage('/examples/react.html');
    frame = page.frame;
    await logInAndGoReady(page.doc);
    const phoneBar = page.doc.querySelector('cc-phone-bar') as HTMLElement & {
      dial(n: string): Promise<string | null>;
    };
    await waitUntil(() => shadowPart(phoneBar, 'base'));
    const result = await phoneBar.dial('110');
    expect(result).to.equal(null);
    const log = page.doc.querySelector('[data-testid="log"]')!;
    await waitUntil(() => log.textContent!.includes('dial request 110 (blocked)'));
    const provider = page.doc.querySelector('cc-call-center') as CcCallCenter;
    expect(provider.callCenter!.snapshot.calls.order).to.have.length(0);
  });
});
