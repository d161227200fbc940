/**
 * The domain events reach the page once per call center: from the provider when there is one,
 * else from the first kit element using the call center, handed over when it leaves.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../call-center/call-center.js';
import type { CcCallCenter } from '../call-center/call-center.component.js';
import { CallCenterController } from '../context/call-center-controller.js';
import { createCallCenter } from '../../core/index.js';
import type { CallCenter } from '../../core/call-center.js';
import { createFakeBackend, type FakeBackend } from '../../test/helpers/fake-backend.js';
import { CcAgentStateChangeEvent } from './agent-state-change.js';
import { CcDialRequestEvent } from './dial-request.js';
import { DomainEventsController } from './domain-events-controller.js';
import { eventRelayEmitter } from './event-relay.js';
import { toDomEvent } from './to-dom-event.js';

/** A minimal kit element: uses the call center and takes part in the relay. */
class RelayProbe extends LitElement {
  readonly cc = new CallCenterController(this);
  readonly events = new DomainEventsController(this, () => this.cc.callCenter);
}
customElements.define('relay-probe', RelayProbe);

describe('domain events', () => {
  let cc: CallCenter;
  let fake: FakeBackend;
  let heard: Event[];
  const listen = (e: Event) => heard.push(e);
  const TYPES = [
    'cc-incoming-call',
    'cc-call-answered',
    'cc-call-ended',
    'cc-agent-state-change',
    'cc-error',
  ];

  beforeEach(async () => {
    fake = createFakeBackend();
    cc = createCallCenter({ backend: fake.backend });
    await cc.ready;
    heard = [];
    for (const type of TYPES) document.addEventListener(type, listen);
  });

  afterEach(async () => {
    for (const type of TYPES) document.removeEventListener(type, listen);
    await cc.destroy();
  });

  it('a provider with two elements inside dispatches each event once, from the provider', async () => {
    const provider = await fixture<CcCallCenter>(
      html`<cc-call-center .callCenter=${cc}
        ><relay-probe></relay-probe><relay-probe></relay-probe
      ></cc-call-center>`,
    );
    await Promise.all(
      [...provider.querySelectorAll<RelayProbe>('relay-probe')].map((p) => p.updateComplete),
    );
    expect(eventRelayEmitter(cc)).to.equal(provider);
    await cc.agent.login({ agentId: '1001' });
    await waitUntil(() => heard.length > 0);
    const changes = heard.filter((e) => e.type === 'cc-agent-state-change');
    expect(changes).to.have.length(1);
    expect(changes[0]!.target).to.equal(provider);
    expect(changes[0]).to.be.instanceOf(CcAgentStateChangeEvent);
  });

  it('two lone elements on one call center: once, and handed over when the first leaves', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div><relay-probe></relay-probe><relay-probe></relay-probe></div>`,
    );
    const [first, second] = [...wrap.querySelectorAll<RelayProbe>('relay-probe')];
    // Outside a provider they use the page-wide default; give them ours through a provider-less
    // context answer: the controller's callCenter falls back, so set the default for the test.
    const { setDefaultCallCenter } = await import('../context/default-call-center.js');
    setDefaultCallCenter(cc);
    try {
      first!.remove();
      second!.remove();
      wrap.append(first!, second!);
      await first!.updateComplete;
      await second!.updateComplete;
      expect(eventRelayEmitter(cc)).to.equal(first);
      await cc.agent.login({ agentId: '1001' });
      await waitUntil(() => heard.some((e) => e.type === 'cc-agent-state-change'));
      expect(heard.filter((e) => e.type === 'cc-agent-state-change')).to.have.length(1);

      first!.remove();
      expect(eventRelayEmitter(cc)).to.equal(second);
      heard.length = 0;
      await cc.agent.setReady();
      await waitUntil(() => heard.some((e) => e.type === 'cc-agent-state-change'));
      const changes = heard.filter((e) => e.type === 'cc-agent-state-change');
      expect(changes).to.have.length(1);
      expect(changes[0]!.target).to.equal(second);
    } finally {
      setDefaultCallCenter(null);
    }
  });

  it('maps every facade event to its typed, bubbling, composed DOM event', async () => {
    const provider = await fixture<CcCallCenter>(
      html`<cc-call-center .callCenter=${cc}></cc-call-center>`,
    );
    fake.setScenario('ready');
    const ringing = fake.ring();
    await waitUntil(() => heard.some((e) => e.type === 'cc-incoming-call'));
    await cc.calls.answer(ringing.id);
    fake.remoteHangup(ringing.id, 'hangup-remote');
    fake.raise('network', 'socket closed', { code: 'E1', message: '<b>vendor</b>' });
    await waitUntil(() => heard.some((e) => e.type === 'cc-error'));
    const byType = (type: string) => heard.find((e) => e.type === type) as CustomEvent;
    expect(byType('cc-incoming-call').detail.call.id).to.equal(ringing.id);
    expect(byType('cc-call-answered').detail.call.id).to.equal(ringing.id);
    expect(byType('cc-call-ended').detail).to.include({
      callId: ringing.id,
      cause: 'hangup-remote',
    });
    expect(byType('cc-call-ended').detail.duration).to.be.a('number');
    expect(byType('cc-error').detail).to.deep.include({
      code: 'network',
      vendor: { code: 'E1', message: '<b>vendor</b>' },
    });
    for (const event of heard) {
      expect(event.bubbles && event.composed, event.type).to.equal(true);
      expect(event.cancelable, event.type).to.equal(false);
      expect(event.target).to.equal(provider);
    }
  });

  it('cc-dial-request is cancelable', () => {
    const event = new CcDialRequestEvent({ number: '10086' });
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    document.body.addEventListener('cc-dial-request', (e) => e.preventDefault(), { once: true });
    expect(document.body.dispatchEvent(event)).to.equal(false);
  });

  it('toDomEvent makes a fresh event each time (an event is dispatched once)', () => {
    const source = {
      type: 'agent-state-change',
      presence: 'ready',
      previous: 'offline',
      reason: null,
      work: 'idle',
    } as const;
    expect(toDomEvent(source)).not.to.equal(toDomEvent(source));
  });
});
