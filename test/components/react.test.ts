/**
 * The React wrappers (cc-phone-kit/react): properties reach the elements, event props get the
 * typed events, a re-render with equal props keeps the call center, a dial can be vetoed.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CcAgentStatus } from '../../components/agent-status/agent-status.component.js';
import type { CcCallCenter } from '../../components/call-center/call-center.component.js';
import type { CcPhoneBar } from '../../components/phone-bar/phone-bar.component.js';

/** What react.fixture.tsx exports (typed here: the root tsconfig does not compile TSX). */
interface Fixture {
  mountReact(container: HTMLElement): {
    render(tree: Record<string, unknown>): Promise<void>;
    unmount(): void;
  };
  CallCenter: { displayName?: string };
  AgentStatus: { displayName?: string };
  PhoneBar: { displayName?: string };
}

// A variable keeps TypeScript from resolving the .tsx; the test server bundles it on request.
const FIXTURE = new URL('./react.fixture.tsx', import.meta.url).href;

describe('React wrappers', function () {
  this.timeout(20000);
  let lib: Fixture;
  let container: HTMLElement;
  let app: ReturnType<Fixture['mountReact']>;

  before(async () => {
    lib = (await import(FIXTURE)) as Fixture;
  });

  beforeEach(async () => {
    container = await fixture(html`<div></div>`);
    app = lib.mountReact(container);
  });

  afterEach(() => app.unmount());

  const options = () => ({ media: false, inboundPerMinute: 0, timings: { latency: 2 } });

  it('render the elements with their display names and set props as properties', async () => {
    expect([
      lib.CallCenter.displayName,
      lib.AgentStatus.displayName,
      lib.PhoneBar.displayName,
    ]).to.deep.equal(['CallCenter', 'AgentStatus', 'PhoneBar']);
    await app.render({
      callCenter: { backend: 'demo', options: options() },
      agentStatus: { agentId: '1007', noPassword: true },
      phoneBar: {},
    });
    const provider = container.querySelector('cc-call-center') as CcCallCenter;
    const status = container.querySelector('cc-agent-status') as CcAgentStatus;
    expect(container.querySelector('cc-phone-bar')).to.exist;
    expect(provider.options).to.deep.include({ inboundPerMinute: 0 });
    expect(status.agentId).to.equal('1007');
    await status.updateComplete;
    expect(
      status.shadowRoot!.querySelector('[part~="password-input"]'),
      'noPassword set as a property',
    ).to.equal(null);
    await expect(status).to.be.accessible();
  });

  it('event props receive the typed events; a re-render with equal options keeps the call center', async () => {
    const changes: { presence: string }[] = [];
    const tree = (n: number) => ({
      callCenter: {
        backend: 'demo',
        options: options(), // a fresh object each render, as React code usually writes it
        onAgentStateChange: (e: CustomEvent<{ presence: string }>) => changes.push(e.detail),
        'data-render': String(n),
      },
      agentStatus: { agentId: '1001' },
    });
    await app.render(tree(1));
    const provider = container.querySelector('cc-call-center') as CcCallCenter;
    await waitUntil(() => provider.callCenter);
    const first = provider.callCenter!;
    await first.ready;
    await first.agent.login({ agentId: '1001' });
    await waitUntil(
      () => changes.some((c) => c.presence === 'not-ready'),
      'onAgentStateChange not called',
    );
    await app.render(tree(2));
    expect(provider.getAttribute('data-render')).to.equal('2');
    expect(provider.callCenter, 'same call center after re-render').to.equal(first);
    expect(first.snapshot.agent.presence).to.equal('not-ready');
  });

  it('onDialRequest can veto a dial', async () => {
    const requests: string[] = [];
    await app.render({
      callCenter: { backend: 'demo', options: options() },
      phoneBar: {
        onDialRequest: (e: CustomEvent<{ number: string }>) => {
          requests.push(e.detail.number);
          e.preventDefault();
        },
      },
    });
    const provider = container.querySelector('cc-call-center') as CcCallCenter;
    const bar = container.querySelector('cc-phone-bar') as CcPhoneBar;
    await provider.callCenter!.ready;
    await provider.callCenter!.agent.login({ agentId: '1001', initialPresence: 'ready' });
    await bar.updateComplete;
    expect(await bar.dial('10086')).to.equal(null);
    expect(requests).to.deep.equal(['10086']);
    expect(provider.callCenter!.snapshot.calls.order).to.have.length(0);
  });
});
