/**
 * <cc-agent-status> against the scriptable fake back end: states the demo cannot reach on
 * demand (reconnecting, registration failed, audio blocked, capabilities switched off, slow
 * commands, scenarios restored from the server).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { CallCenterError } from '../../core/model/errors.js';
import type { CallCenter } from '../../core/call-center.js';
import type { FakeBackend } from '../helpers/fake-backend.js';
import {
  fakeCallCenter,
  logIn,
  mount,
  part,
  parts,
  text,
  untilState,
  type Mounted,
} from './agent-status.helpers.js';

describe('<cc-agent-status> on the fake back end', () => {
  let cc: CallCenter;
  let fake: FakeBackend;
  let m: Mounted;

  afterEach(async () => {
    await cc?.destroy();
  });

  it('restores a not-ready agent from the back end (scenario) with its reason', async () => {
    ({ cc, fake } = await fakeCallCenter());
    fake.setScenario('not-ready');
    m = await mount(cc);
    await untilState(m.el, 'not-ready');
    await expect(m.el).to.be.accessible();
    expect(text(part(m.el, 'reason'))).to.equal(cc.snapshot.agent.reason!.label);
  });

  it('logs in through the back end with the typed values and a credentials function', async () => {
    ({ cc, fake } = await fakeCallCenter());
    m = await mount(cc);
    await logIn(m.el, '1001', 'pa55word');
    await untilState(m.el, 'not-ready');
    const [request] = fake.callsTo('login')[0] as [{ agentId: string; credentials?: () => string }];
    expect(request.agentId).to.equal('1001');
    expect(request.credentials?.()).to.equal('pa55word');
  });

  it('every presence control calls the back end', async () => {
    ({ cc, fake } = await fakeCallCenter());
    fake.setScenario('not-ready');
    m = await mount(cc);
    await untilState(m.el, 'not-ready');
    part(m.el, 'status-button')!.click();
    await untilState(m.el, 'ready');
    expect(fake.callsTo('setReady')).to.have.length(1);
    part(m.el, 'status-button')!.click();
    await untilState(m.el, 'not-ready');
    expect(fake.callsTo('setNotReady')).to.have.length(1);
    part(m.el, 'logout-button')!.click();
    await untilState(m.el, 'offline');
    expect(fake.callsTo('logout')).to.have.length(1);
  });

  it('wrap-up from the back end: extend and end call the back end with the right values', async () => {
    ({ cc, fake } = await fakeCallCenter({ wrapUpSeconds: 60 }));
    fake.setScenario('wrap-up');
    m = await mount(cc);
    await untilState(m.el, 'wrap-up');
    await expect(m.el).to.be.accessible();
    parts(m.el, 'extend-button')[0]!.click();
    await waitUntil(() => fake.callsTo('extendWrapUp').length === 1);
    expect(fake.callsTo('extendWrapUp')[0]).to.deep.equal([30]);
    part(m.el, 'end-wrap-up-not-ready-button')!.click();
    await untilState(m.el, 'not-ready');
    expect(fake.callsTo('endWrapUp')[0]![0]).to.deep.include({ presence: 'not-ready' });
  });

  it('while a command is in flight its button is disabled and the element is aria-busy', async () => {
    ({ cc, fake } = await fakeCallCenter());
    fake.setScenario('not-ready');
    m = await mount(cc);
    await untilState(m.el, 'not-ready');
    fake.respond('setReady', 'hang', { once: true });
    part(m.el, 'status-button')!.click();
    await waitUntil(() => fake.inFlight.length === 1);
    await m.el.updateComplete;
    expect(part<HTMLButtonElement>(m.el, 'status-button')!.disabled).to.equal(true);
    expect(part(m.el, 'base')!.getAttribute('aria-busy')).to.equal('true');
    await fake.confirm('setReady');
    await untilState(m.el, 'ready');
    await waitUntil(() => part(m.el, 'base')!.getAttribute('aria-busy') === 'false', 'still busy');
    expect(part<HTMLButtonElement>(m.el, 'status-button')!.disabled).to.equal(false);
  });

  it('a refused command shows its localized error', async () => {
    ({ cc, fake } = await fakeCallCenter());
    fake.setScenario('not-ready');
    m = await mount(cc);
    await untilState(m.el, 'not-ready');
    fake.fail(
      'setReady',
      new CallCenterError('rejected-by-backend', 'No.', {
        vendor: { code: '4003', message: 'Agent locked' },
      }),
      { once: true },
    );
    part(m.el, 'status-button')!.click();
    await waitUntil(() => part(m.el, 'error'));
    await expect(m.el).to.be.accessible();
    expect(text(part(m.el, 'error'))).to.contain('The contact center refused the request.');
    expect(text(part(m.el, 'error'))).to.contain('Agent locked');
  });

  it('connection problems: connecting, reconnecting (with the attempt), disconnected, registration failed', async () => {
    ({ cc, fake } = await fakeCallCenter());
    fake.setScenario('ready');
    m = await mount(cc);
    await untilState(m.el, 'ready');
    expect(part(m.el, 'connection-status')).to.equal(null);

    fake.emit({
      type: 'connection/changed',
      patch: {
        transport: 'reconnecting',
        attempt: 2,
        reason: { id: 'e1', code: 'network', message: 'WebSocket closed', at: 0 },
      },
    });
    await m.el.updateComplete;
    await expect(m.el).to.be.accessible();
    expect(text(part(m.el, 'connection-status'))).to.equal(
      'Reconnecting… (attempt 2) Network problem: check the connection.',
    );

    fake.emit({
      type: 'connection/changed',
      patch: { transport: 'connecting', attempt: 0, reason: null },
    });
    await m.el.updateComplete;
    expect(text(part(m.el, 'connection-status'))).to.equal('Connecting…');

    fake.emit({
      type: 'connection/changed',
      patch: {
        transport: 'connected',
        registration: 'failed',
        reason: { id: 'e2', code: 'auth-failed', message: '403', at: 0 },
      },
    });
    await m.el.updateComplete;
    expect(text(part(m.el, 'connection-status'))).to.equal(
      'The phone could not register. The agent id or password is wrong.',
    );

    fake.emit({
      type: 'connection/changed',
      patch: {
        transport: 'disconnected',
        registration: 'unregistered',
        reason: { id: 'e3', code: 'backend-unavailable', message: 'x', at: 0 },
      },
    });
    await m.el.updateComplete;
    expect(text(part(m.el, 'connection-status'))).to.equal(
      'Disconnected. The contact center cannot be reached.',
    );

    fake.emit({
      type: 'connection/changed',
      patch: { transport: 'connected', registration: 'registered', reason: null },
    });
    await m.el.updateComplete;
    expect(part(m.el, 'connection-status')).to.equal(null);
  });

  it('audio blocked: a button enables sound through devices.enableAudio()', async () => {
    ({ cc, fake } = await fakeCallCenter());
    fake.setScenario('ready');
    m = await mount(cc);
    fake.emit({ type: 'devices/changed', patch: { audioBlocked: true } });
    await m.el.updateComplete;
    await expect(m.el).to.be.accessible();
    expect(text(part(m.el, 'audio-banner'))).to.contain('The browser blocked sound.');
    part(m.el, 'enable-audio-button')!.click();
    await waitUntil(() => fake.callsTo('devices.enableAudio').length === 1);
  });

  it('hides what the back end does not support', async () => {
    ({ cc, fake } = await fakeCallCenter({
      capabilities: { agentState: false, wrapUp: null, nextState: false },
      phoneTypes: ['webrtc'],
    }));
    m = await mount(cc);
    expect(part(m.el, 'phone-type-select'), 'one phone type: no choice').to.equal(null);
    await logIn(m.el);
    await waitUntil(() => m.el.getAttribute('agent-state') !== 'offline');
    await m.el.updateComplete;
    await expect(m.el).to.be.accessible();
    expect(part(m.el, 'status-button')).to.equal(null);
    expect(part(m.el, 'reason-menu')).to.equal(null);
    expect(part(m.el, 'logout-button')).to.exist;
    fake.setScenario('talking');
    await untilState(m.el, 'on-call');
    expect(part(m.el, 'next-state-menu')).to.equal(null);
  });

  it('wrap-up that cannot be extended has no extend buttons', async () => {
    ({ cc, fake } = await fakeCallCenter({
      capabilities: { wrapUp: { extendable: false, min: 30, max: 900 } },
      wrapUpSeconds: 30,
    }));
    fake.setScenario('wrap-up');
    m = await mount(cc);
    await untilState(m.el, 'wrap-up');
    expect(parts(m.el, 'extend-button')).to.have.length(0);
    expect(part(m.el, 'end-wrap-up-button')).to.exist;
  });

  it('on a call: logout is shown but disabled (not allowed now)', async () => {
    ({ cc, fake } = await fakeCallCenter());
    fake.setScenario('talking');
    m = await mount(cc);
    await untilState(m.el, 'on-call');
    expect(part<HTMLButtonElement>(m.el, 'logout-button')!.disabled).to.equal(true);
    expect(
      part<HTMLButtonElement>(m.el, 'next-state-button')!.disabled,
      'nothing chosen yet',
    ).to.equal(true);
  });
});
