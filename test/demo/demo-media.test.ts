/**
 * The demo's real media path: the simulated customer is a second RTCPeerConnection in the page
 * with a synthesized voice. Through the facade only, the store's quality samples must show
 * packets really arriving, stopping on hold, coming back on resume, and DTMF must be heard.
 */
import { expect } from '@open-wc/testing';
import { createCallCenter, type CallCenter } from '../../core/index.js';
import { createDemoBackend, type DemoBackend } from '../../core/backends/demo/index.js';
import { waitFor } from './wait.js';

describe('demo back end: real WebRTC media', function () {
  this.timeout(30_000);
  let cc: CallCenter;
  let backend: DemoBackend;

  beforeEach(async () => {
    backend = (await createDemoBackend({
      media: true,
      agents: 0,
      inboundPerMinute: 0,
      timings: { latency: 5 },
    })) as DemoBackend;
    cc = createCallCenter({ backend });
    await cc.ready;
    await cc.agent.login({ agentId: '1001', initialPresence: 'ready' });
  });
  afterEach(async () => cc.destroy());

  /** The next quality sample of the active call after the current one. */
  async function nextSample(callId: string) {
    const before = cc.snapshot.quality[callId]?.sampledAt ?? 0;
    await waitFor(
      () => (cc.snapshot.quality[callId]?.sampledAt ?? 0) > before,
      6_000,
      'a quality sample',
    );
    return cc.snapshot.quality[callId]!;
  }

  it('carries audio from the customer, stops it on hold, restores it on resume', async () => {
    backend.simulateInboundCall({ remote: { number: '13900000001', displayName: 'Ann' } });
    await cc.calls.answer();
    const id = cc.snapshot.calls.activeId!;

    const first = await nextSample(id);
    const second = await nextSample(id);
    expect(second.packetsReceived).to.be.greaterThan(first.packetsReceived);
    expect(second.packetsSent).to.be.greaterThan(first.packetsSent);
    expect(second.mos).to.be.a('number');
    expect(second.grade).to.match(/^[a-e]$/);

    await cc.calls.hold();
    await nextSample(id); // the interval in which hold started
    const heldA = await nextSample(id);
    const heldB = await nextSample(id);
    expect(heldB.packetsReceived).to.equal(heldA.packetsReceived);

    await cc.calls.resume();
    await nextSample(id);
    const resumed = await nextSample(id);
    expect(resumed.packetsReceived).to.be.greaterThan(heldB.packetsReceived);
  });

  it('sends keypad tones over RTP (RFC 4733) that the customer hears in order', async () => {
    const id = await cc.calls.dial('13800138000');
    await waitFor(
      () => cc.snapshot.calls.byId[id]?.state === 'talking',
      5_000,
      'the customer to answer',
    );
    // The media connects just after the answer; tones sent before it would have nowhere to go.
    await nextSample(id);
    await cc.calls.sendDtmf('159#');
    expect(backend.heardDtmf(id)).to.equal('159#');
  });

  it('lists the fake audio devices once the microphone is in use', async () => {
    backend.simulateInboundCall();
    await cc.calls.answer();
    const { inputs } = await cc.devices.list();
    expect(inputs.length).to.be.greaterThan(0);
    expect(cc.snapshot.devices.permission).to.equal('granted');
    // The device manager's first report reaches the store: Chromium can choose an output.
    expect(cc.snapshot.devices.outputSelectable).to.equal(true);
  });
});
