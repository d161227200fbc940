/**
 * What `<cc-phone-bar>` and `<cc-agent-status>` draw before their behaviour is here (it loads
 * with `import()` beside the back end), and what happens to calls made on them meanwhile.
 *
 * Every test file runs in a page of its own, and this one imports only the elements' shells,
 * so each element's behaviour module has not been fetched when its test starts: a fetch needs
 * a network round trip, which cannot happen while the test waits on microtasks only.
 */
import { expect } from '@open-wc/testing';
import '../../components/agent-status/agent-status.js';
import '../../components/call-center/call-center.js';
import '../../components/phone-bar/phone-bar.js';
import type { CcAgentStatus } from '../../components/agent-status/agent-status.component.js';
import type { CcCallCenter } from '../../components/call-center/call-center.component.js';
import { setDefaultCallCenter } from '../../components/context/default-call-center.js';
import type { CcPhoneBar } from '../../components/phone-bar/phone-bar.component.js';
import { createCallCenter, type CallCenter } from '../../core/index.js';
import { createFakeBackend, type FakeBackend } from '../helpers/fake-backend.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function startedFake(): Promise<{ cc: CallCenter; fake: FakeBackend }> {
  const fake = createFakeBackend();
  const cc = createCallCenter({ backend: fake.backend, commandTimeout: 2_000 });
  await cc.ready;
  fake.setScenario('ready');
  setDefaultCallCenter(cc);
  cleanups.push(() => cc.destroy());
  return { cc, fake };
}

/**
 * Puts `tag` inside a provider for `cc` and waits for its first render only (microtasks: Lit
 * renders in one after the upgrade), not for anything it loads.
 */
async function firstRender<T extends HTMLElement & { hasUpdated: boolean }>(
  cc: CallCenter,
  tag: 'cc-phone-bar' | 'cc-agent-status',
): Promise<T> {
  const provider = document.createElement('cc-call-center') as CcCallCenter;
  provider.callCenter = cc;
  const el = document.createElement(tag) as unknown as T;
  provider.append(el);
  document.body.append(provider);
  cleanups.push(async () => provider.remove());
  for (let i = 0; i < 50 && !el.hasUpdated; i += 1) await Promise.resolve();
  expect(el.hasUpdated, 'rendered within microtasks').to.be.true;
  return el;
}

const part = (el: HTMLElement, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

describe('element frames, before the behaviour has loaded', () => {
  it('the phone bar shows its frame disabled, and a dial() made meanwhile places the call', async () => {
    const { cc } = await startedFake();
    const bar = await firstRender<CcPhoneBar>(cc, 'cc-phone-bar');

    // The frame: busy, the number field and dial button there but disabled, no tools yet.
    expect(part(bar, 'base')!.getAttribute('aria-busy')).to.equal('true');
    expect((part(bar, 'number-input') as HTMLInputElement).disabled).to.be.true;
    expect((part(bar, 'dial-button') as HTMLButtonElement).disabled).to.be.true;
    expect(part(bar, 'keypad-button')).to.equal(null);

    // Called before the behaviour is here: waits for it, then dials as the button would.
    const requests: string[] = [];
    bar.addEventListener('cc-dial-request', (e) => requests.push(e.detail.number));
    const callId = await bar.dial('138 0013 8000');
    expect(requests).to.deep.equal(['13800138000']);
    expect(callId).to.be.a('string');
    expect(cc.snapshot.calls.byId[callId!]?.remote.number).to.equal('13800138000');

    // The whole bar now: not busy, the call's controls there.
    await bar.updateComplete;
    expect(part(bar, 'base')!.getAttribute('aria-busy')).to.equal(null);
    expect(part(bar, 'hangup-button')).to.not.equal(null);
    expect(bar.callState).to.equal('dialing');
  });

  it('the agent status says it is connecting, and a goNotReady() made meanwhile is carried out', async () => {
    const { cc } = await startedFake();
    const status = await firstRender<CcAgentStatus>(cc, 'cc-agent-status');

    expect(part(status, 'base')!.getAttribute('aria-busy')).to.equal('true');
    expect(part(status, 'connection-status')!.textContent).to.contain('Connecting');
    expect(part(status, 'status-button')).to.equal(null);

    await status.goNotReady();
    expect(cc.snapshot.agent.presence).to.equal('not-ready');

    await status.updateComplete;
    expect(part(status, 'connection-status')).to.equal(null);
    expect(part(status, 'state-label')!.textContent).to.contain('Not ready');
    expect(status.getAttribute('agent-state')).to.equal('not-ready');
  });
});
