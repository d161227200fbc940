/**
 * <cc-agent-status> against the embedded demo back end: every control, the events, both
 * languages. Each test starts with an axe check of the state it is in.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { CcAgentStateChangeEvent } from '../../components/events/agent-state-change.js';
import type { CallCenter } from '../../core/call-center.js';
import type { DemoBackend } from '../../core/backends/demo/index.js';
import {
  choose,
  demoCallCenter,
  logIn,
  mount,
  part,
  parts,
  text,
  untilState,
  type Mounted,
} from './agent-status.helpers.js';

describe('<cc-agent-status> on the demo back end', () => {
  let cc: CallCenter;
  let demo: DemoBackend;
  let m: Mounted;

  afterEach(async () => {
    await cc?.destroy();
  });

  async function loggedIn(options: { wrapUpSeconds?: number } = {}): Promise<void> {
    ({ cc, demo } = await demoCallCenter(options));
    m = await mount(cc);
    await logIn(m.el);
    await untilState(m.el, 'not-ready');
  }

  async function onCall(): Promise<string> {
    part(m.el, 'status-button')!.click();
    await untilState(m.el, 'ready');
    demo.simulateInboundCall({ remote: { number: '13800138000' } });
    await untilState(m.el, 'on-call');
    await cc.calls.answer();
    await m.el.updateComplete;
    // The back end's call id (simulateInboundCall returns the queue entry's).
    return cc.snapshot.calls.activeId!;
  }

  it('offline: shows the login form and reflects agent-state="offline"', async () => {
    ({ cc, demo } = await demoCallCenter());
    m = await mount(cc);
    await expect(m.el).to.be.accessible();
    expect(m.el.getAttribute('agent-state')).to.equal('offline');
    expect(part(m.el, 'login-form')).to.exist;
    expect(part(m.el, 'agent-id-input')).to.exist;
    expect(part(m.el, 'extension-input')).to.exist;
    expect(part(m.el, 'password-input')).to.exist;
    // The demo offers three phone types: the choice is shown with localized names.
    const select = part<HTMLSelectElement>(m.el, 'phone-type-select')!;
    expect([...select.options].map((o) => o.value)).to.deep.equal(['webrtc', 'sip', 'pstn']);
    expect(part(m.el, 'status-button')).to.equal(null);
    expect(part(m.el, 'logout-button')).to.equal(null);
  });

  it('logs in with agent id, extension and phone type, then shows not ready with the timer', async () => {
    ({ cc, demo } = await demoCallCenter());
    m = await mount(cc);
    part<HTMLInputElement>(m.el, 'extension-input')!.value = '8123';
    choose(part<HTMLSelectElement>(m.el, 'phone-type-select')!, 'sip');
    await logIn(m.el, '1007');
    await untilState(m.el, 'not-ready');
    await expect(m.el).to.be.accessible();
    expect(cc.snapshot.agent).to.include({ id: '1007', extension: '8123', phoneType: 'sip' });
    expect(text(part(m.el, 'state-label'))).to.equal('Not ready');
    expect(text(part(m.el, 'reason'))).to.equal('Break');
    expect(text(part(m.el, 'state-timer'))).to.match(/^\d+:\d\d$/);
    expect(part(m.el, 'state-timer')!.getAttribute('role')).to.equal('timer');
    expect(part(m.el, 'login-form')).to.equal(null);
  });

  it('login error: shows the localized message and the vendor detail as text, and keeps the form', async () => {
    ({ cc, demo } = await demoCallCenter());
    m = await mount(cc);
    await logIn(m.el, '1001', 'wrong');
    await waitUntil(() => part(m.el, 'error'), 'no error shown');
    await expect(m.el).to.be.accessible();
    expect(text(part(m.el, 'error'))).to.contain('The agent id or password is wrong.');
    expect(text(part(m.el, 'error'))).to.contain('Unauthorized');
    expect(part(m.el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(m.el.getAttribute('agent-state')).to.equal('offline');
    expect(part<HTMLInputElement>(m.el, 'agent-id-input')!.value).to.equal('1001');
    part(m.el, 'error-dismiss-button')!.click();
    await m.el.updateComplete;
    expect(part(m.el, 'error')).to.equal(null);
  });

  it('goes ready with the status button, and the provider dispatches cc-agent-state-change once', async () => {
    await loggedIn();
    await expect(m.el).to.be.accessible();
    const heard: CcAgentStateChangeEvent[] = [];
    const listener = (e: CcAgentStateChangeEvent) => heard.push(e);
    document.addEventListener('cc-agent-state-change', listener);
    try {
      const button = part(m.el, 'status-button')!;
      expect(text(button)).to.equal('Set ready');
      expect(button.getAttribute('aria-keyshortcuts')).to.equal('Alt+Shift+R');
      const event = oneEvent(m.provider, 'cc-agent-state-change');
      button.click();
      const { detail } = await event;
      expect(detail).to.deep.include({
        presence: 'ready',
        previous: 'not-ready',
        reason: null,
        work: 'idle',
      });
      await untilState(m.el, 'ready');
      await expect(m.el).to.be.accessible();
      expect(heard).to.have.length(1);
      expect(heard[0]!.target).to.equal(m.provider);
      expect(text(part(m.el, 'state-label'))).to.equal('Ready');
      expect(part(m.el, 'reason')).to.equal(null);
    } finally {
      document.removeEventListener('cc-agent-state-change', listener);
    }
  });

  it("goes not ready with a reason chosen from the back end's list, and changes the reason", async () => {
    await loggedIn();
    part(m.el, 'status-button')!.click();
    await untilState(m.el, 'ready');
    const menu = part<HTMLSelectElement>(m.el, 'reason-menu')!;
    expect([...menu.options].map((o) => o.textContent)).to.deep.equal(
      cc.snapshot.backend.reasons.map((r) => r.label),
    );
    choose(menu, '14');
    await m.el.updateComplete;
    expect(text(part(m.el, 'status-button'))).to.equal('Set not ready');
    part(m.el, 'status-button')!.click();
    await untilState(m.el, 'not-ready');
    await expect(m.el).to.be.accessible();
    expect(cc.snapshot.agent.reason).to.deep.equal({ code: '14', label: 'Lunch' });
    expect(text(part(m.el, 'reason'))).to.equal('Lunch');

    // Another reason while not ready: the reason button applies it.
    const change = part<HTMLButtonElement>(m.el, 'reason-button')!;
    expect(change.disabled, 'same reason: nothing to change').to.equal(true);
    choose(part<HTMLSelectElement>(m.el, 'reason-menu')!, '13');
    await m.el.updateComplete;
    expect(change.disabled).to.equal(false);
    change.click();
    await waitUntil(() => cc.snapshot.agent.reason?.code === '13');
    await m.el.updateComplete;
    expect(text(part(m.el, 'reason'))).to.equal('Meeting');
  });

  it('on a call: reflects on-call, shows the work, disables logout, hides ready/not-ready', async () => {
    await loggedIn();
    await onCall();
    await untilState(m.el, 'on-call');
    await expect(m.el).to.be.accessible();
    expect(text(part(m.el, 'work-label'))).to.equal('On a call');
    expect(part<HTMLButtonElement>(m.el, 'logout-button')!.disabled).to.equal(true);
    expect(part(m.el, 'status-button')).to.equal(null);
    expect(part(m.el, 'next-state-menu')).to.exist;
  });

  it('next state: chosen during a call, shown, and applied by the back end when the call ends', async () => {
    await loggedIn();
    const callId = await onCall();
    const menu = part<HTMLSelectElement>(m.el, 'next-state-menu')!;
    expect([...menu.options].map((o) => o.value)).to.include.members([
      '',
      'ready',
      'offline',
      'not-ready:13',
    ]);
    choose(menu, 'not-ready:13');
    await m.el.updateComplete;
    part(m.el, 'next-state-button')!.click();
    await waitUntil(() => cc.snapshot.agent.nextState !== null);
    await m.el.updateComplete;
    await expect(m.el).to.be.accessible();
    expect(text(part(m.el, 'next-state-label'))).to.equal('After this call: Not ready: Meeting');

    demo.simulateRemoteHangup(callId);
    await untilState(m.el, 'not-ready');
    expect(cc.snapshot.agent.reason?.code).to.equal('13');
    expect(part(m.el, 'next-state')).to.equal(null);
  });

  it('next state can be cleared', async () => {
    await loggedIn();
    await onCall();
    choose(part<HTMLSelectElement>(m.el, 'next-state-menu')!, 'offline');
    await m.el.updateComplete;
    part(m.el, 'next-state-button')!.click();
    await waitUntil(() => cc.snapshot.agent.nextState?.presence === 'offline');
    await m.el.updateComplete;
    expect(text(part(m.el, 'next-state-label'))).to.equal('After this call: Log out');
    part(m.el, 'next-state-clear-button')!.click();
    await waitUntil(() => cc.snapshot.agent.nextState === null);
    await m.el.updateComplete;
    expect(part(m.el, 'next-state-label')).to.equal(null);
  });

  it("wrap-up: countdown, extend by the back end's steps, end to ready", async () => {
    await loggedIn({ wrapUpSeconds: 60 });
    const callId = await onCall();
    demo.simulateRemoteHangup(callId);
    await untilState(m.el, 'wrap-up');
    await expect(m.el).to.be.accessible();
    expect(text(part(m.el, 'wrap-up-timer'))).to.match(/^\d:\d\d left$/);
    const steps = parts(m.el, 'extend-button');
    expect(steps.map(text)).to.deep.equal(['+30 s', '+60 s']);
    expect(steps[0]!.getAttribute('aria-label')).to.equal('+30 s: extend wrap-up');
    const before = cc.snapshot.agent.wrapUpDeadline!;
    steps[1]!.click();
    await waitUntil(() => cc.snapshot.agent.wrapUpDeadline !== before);
    expect(cc.snapshot.agent.wrapUpDeadline! - before).to.equal(60_000);
    part(m.el, 'end-wrap-up-button')!.click();
    await untilState(m.el, 'ready');
  });

  it('wrap-up: end to not ready with the chosen reason', async () => {
    await loggedIn({ wrapUpSeconds: 60 });
    const callId = await onCall();
    demo.simulateRemoteHangup(callId);
    await untilState(m.el, 'wrap-up');
    choose(part<HTMLSelectElement>(m.el, 'reason-menu')!, '12');
    await m.el.updateComplete;
    part(m.el, 'end-wrap-up-not-ready-button')!.click();
    await untilState(m.el, 'not-ready');
    expect(cc.snapshot.agent.reason?.code).to.equal('12');
  });

  it('logs out, back to the login form prefilled with the agent id', async () => {
    await loggedIn();
    part(m.el, 'logout-button')!.click();
    await untilState(m.el, 'offline');
    await expect(m.el).to.be.accessible();
    expect(part<HTMLInputElement>(m.el, 'agent-id-input')!.value).to.equal('1001');
    expect(part<HTMLInputElement>(m.el, 'password-input')!.value).to.equal('');
  });

  it("announces state changes in the page's polite live region", async () => {
    await loggedIn();
    const region = document.querySelector('[data-cc-live-region="polite"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    part(m.el, 'status-button')!.click();
    await untilState(m.el, 'ready');
    await waitUntil(
      () => region.textContent === 'Status: Ready',
      `region says "${region.textContent}"`,
    );
  });

  it('speaks Chinese under lang="zh-CN"', async () => {
    ({ cc, demo } = await demoCallCenter());
    m = await mount(cc, { lang: 'zh-CN' });
    await expect(m.el).to.be.accessible();
    expect(text(part(m.el, 'login-button'))).to.equal('签入');
    expect(part(m.el, 'base')!.getAttribute('lang')).to.equal('zh-Hans');
    await logIn(m.el);
    await untilState(m.el, 'not-ready');
    await expect(m.el).to.be.accessible();
    expect(text(part(m.el, 'state-label'))).to.equal('示忙');
    expect(text(part(m.el, 'status-button'))).to.equal('示闲');
    expect(text(part(m.el, 'logout-button'))).to.equal('签出');
    m.provider.setAttribute('lang', 'en');
    await waitUntil(() => text(part(m.el, 'status-button')) === 'Set ready', 'back to English');
  });
});
