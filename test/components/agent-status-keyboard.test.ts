/**
 * <cc-agent-status> by keyboard only (real key presses through the browser): log in, go ready,
 * go not ready with a reason, extend and end wrap-up; and the keyboard shortcuts.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CallCenter } from '../../core/call-center.js';
import type { DemoBackend } from '../../core/backends/demo/index.js';
import {
  demoCallCenter,
  mount,
  part,
  text,
  untilState,
  type Mounted,
} from './agent-status.helpers.js';

/** The part name of the control that has keyboard focus inside the element. */
function focusedPart(m: Mounted): string | null {
  return m.el.shadowRoot!.activeElement?.getAttribute('part') ?? null;
}

async function tabTo(m: Mounted, name: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < 12 && !(focusedPart(m) ?? '').split(' ').includes(name); i++)
    await sendKeys({ press: key });
  expect(focusedPart(m) ?? '', `focus on ${name}`).to.contain(name);
}

describe('<cc-agent-status> by keyboard', () => {
  let cc: CallCenter;
  let demo: DemoBackend;
  let m: Mounted;

  afterEach(async () => {
    await cc?.destroy();
  });

  it('logs in, goes ready, goes not ready with a reason, logs out', async () => {
    ({ cc, demo } = await demoCallCenter());
    m = await mount(cc);
    await expect(m.el).to.be.accessible();
    m.el.focus(); // delegatesFocus: the first control, the agent id
    expect(focusedPart(m)).to.equal('agent-id-input');
    await sendKeys({ type: '1001' });
    await tabTo(m, 'password-input');
    await sendKeys({ type: 'secret' });
    await sendKeys({ press: 'Enter' });
    await untilState(m.el, 'not-ready');
    await waitUntil(
      () => focusedPart(m) === 'status-button',
      'focus moves to the status button after login',
    );

    await sendKeys({ press: 'Enter' });
    await untilState(m.el, 'ready');
    await waitUntil(() => focusedPart(m) === 'status-button', 'focus stays on the status button');

    await tabTo(m, 'reason-menu', 'Shift+Tab');
    await sendKeys({ type: 'Lunch' }); // type-ahead in a closed native select
    await m.el.updateComplete;
    expect(part<HTMLSelectElement>(m.el, 'reason-menu')!.value).to.equal('14');
    await tabTo(m, 'status-button');
    await sendKeys({ press: 'Space' });
    await untilState(m.el, 'not-ready');
    expect(cc.snapshot.agent.reason?.label).to.equal('Lunch');

    await tabTo(m, 'logout-button');
    await sendKeys({ press: 'Enter' });
    await untilState(m.el, 'offline');
    await waitUntil(() => focusedPart(m) === 'agent-id-input', 'focus returns to the login form');
  });

  it('extends and ends wrap-up', async () => {
    ({ cc, demo } = await demoCallCenter({ wrapUpSeconds: 60 }));
    m = await mount(cc);
    await cc.agent.login({ agentId: '1001', initialPresence: 'ready' });
    await untilState(m.el, 'ready');
    demo.simulateInboundCall();
    await untilState(m.el, 'on-call');
    await cc.calls.answer();
    demo.simulateRemoteHangup(cc.snapshot.calls.activeId!);
    await untilState(m.el, 'wrap-up');

    m.el.focus();
    await tabTo(m, 'extend-button');
    const before = cc.snapshot.agent.wrapUpDeadline!;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cc.snapshot.agent.wrapUpDeadline !== before);
    expect(cc.snapshot.agent.wrapUpDeadline! - before).to.equal(30_000);

    await tabTo(m, 'end-wrap-up-button');
    await sendKeys({ press: 'Enter' });
    await untilState(m.el, 'ready');
    await waitUntil(() => focusedPart(m) === 'status-button', 'focus lands on the status button');
  });

  it('shortcuts: Alt+Shift+R ready, Alt+Shift+N not ready, from anywhere in the page', async () => {
    ({ cc, demo } = await demoCallCenter());
    m = await mount(cc);
    await cc.agent.login({ agentId: '1001' });
    await untilState(m.el, 'not-ready');
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'CRM notes');
    document.body.append(input);
    try {
      input.focus();
      await sendKeys({ press: 'Alt+Shift+KeyR' });
      await untilState(m.el, 'ready');
      await sendKeys({ press: 'Alt+Shift+KeyN' });
      await untilState(m.el, 'not-ready');
      expect(input.value, 'the shortcut typed nothing').to.equal('');
    } finally {
      input.remove();
    }
  });

  it('shortcuts can be changed by the host and switched off with no-shortcuts', async () => {
    ({ cc, demo } = await demoCallCenter());
    m = await mount(cc);
    await cc.agent.login({ agentId: '1001' });
    await untilState(m.el, 'not-ready');
    m.el.shortcuts = { ready: 'Control+Alt+1' };
    await m.el.updateComplete;
    expect(part(m.el, 'status-button')!.getAttribute('aria-keyshortcuts')).to.equal(
      'Control+Alt+1',
    );
    await sendKeys({ press: 'Alt+Shift+KeyR' });
    await new Promise((r) => setTimeout(r, 50));
    expect(cc.snapshot.agent.presence, 'the default no longer applies').to.equal('not-ready');
    await sendKeys({ press: 'Control+Alt+Digit1' });
    await untilState(m.el, 'ready');

    m.el.setAttribute('no-shortcuts', '');
    await m.el.updateComplete;
    expect(part(m.el, 'status-button')!.hasAttribute('aria-keyshortcuts')).to.equal(false);
    await sendKeys({ press: 'Alt+Shift+KeyN' });
    await new Promise((r) => setTimeout(r, 50));
    expect(cc.snapshot.agent.presence).to.equal('ready');
    expect(text(part(m.el, 'state-label'))).to.equal('Ready');
  });
});
