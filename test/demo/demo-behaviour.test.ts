/**
 * The embedded demo contact center driven through the facade, as a host page would: every
 * agent, call and supervisor command behaves as a real contact center would. Media is off
 * here (silent calls) and timings are short; demo-media.test.ts covers the real WebRTC path.
 */
import { expect } from '@open-wc/testing';
import { createCallCenter, type CallCenter, type CallCenterState } from '../../core/index.js';
import { createDemoBackend, type DemoBackend } from '../../core/backends/demo/index.js';
import { rejectionOf } from '../helpers/errors.js';
import { waitFor } from './wait.js';

const FAST = {
  latency: 5,
  answerAfter: 40,
  noAnswerAfter: 120,
  ringTimeout: 400,
  transferAfter: 20,
  rosterTick: 20,
};

interface Demo {
  cc: CallCenter;
  backend: DemoBackend;
}

async function demo(options: Parameters<typeof createDemoBackend>[0] = {}): Promise<Demo> {
  const backend = (await createDemoBackend({
    media: false,
    agents: 6,
    inboundPerMinute: 0,
    wrapUpSeconds: 30,
    timings: FAST,
    ...options,
  })) as DemoBackend;
  const cc = createCallCenter({ backend });
  await cc.ready;
  return { cc, backend };
}

const active = (s: CallCenterState) => (s.calls.activeId ? s.calls.byId[s.calls.activeId]! : null);

describe('demo back end: agent', () => {
  let d: Demo;
  afterEach(async () => d?.cc.destroy());

  it('refuses a wrong password with auth-failed and stays offline', async () => {
    d = await demo();
    const before = d.cc.snapshot.agent;
    const error = await rejectionOf(
      d.cc.agent.login({ agentId: '1001', credentials: () => 'wrong' }),
    );
    expect(error.code).to.equal('auth-failed');
    expect(d.cc.snapshot.agent.presence).to.equal('offline');
    expect(d.cc.snapshot.agent).to.equal(before);
    expect(JSON.stringify(d.cc.snapshot)).not.to.contain('"wrong"');
  });

  it('logs in not ready with a reason, goes ready and not ready, logs out', async () => {
    d = await demo();
    await d.cc.agent.login({ agentId: '1001', credentials: () => 's3cret-pw' });
    const agent = d.cc.snapshot.agent;
    expect(agent).to.include({ id: '1001', presence: 'not-ready', phoneType: 'webrtc' });
    expect(agent.reason?.code).to.equal('11');
    expect(JSON.stringify(d.cc.snapshot)).not.to.contain('s3cret-pw');
    await d.cc.agent.setReady();
    expect(d.cc.snapshot.agent.presence).to.equal('ready');
    await d.cc.agent.setNotReady('14');
    expect(d.cc.snapshot.agent.reason).to.deep.equal({ code: '14', label: 'Lunch' });
    await d.cc.agent.logout();
    expect(d.cc.snapshot.agent.presence).to.equal('offline');
  });

  it('rings a ready agent, then wrap-up after the call, extendable and ended early', async () => {
    d = await demo();
    await d.cc.agent.login({ agentId: '1001', initialPresence: 'ready' });
    d.backend.simulateInboundCall({
      remote: { number: '13900000001', displayName: 'Ann' },
      queueId: 'vip',
    });
    const ringing = active(d.cc.snapshot)!;
    expect(ringing).to.include({ state: 'ringing', direction: 'inbound' });
    expect(ringing.queue).to.deep.equal({ id: 'vip', name: 'VIP' });
    await d.cc.calls.answer();
    expect(active(d.cc.snapshot)!.state).to.equal('talking');
    await d.cc.calls.hangup();
    const agent = d.cc.snapshot.agent;
    expect(agent.presence).to.equal('wrap-up');
    const deadline = agent.wrapUpDeadline!;
    expect(deadline - Date.now()).to.be.within(25_000, 30_500);
    await d.cc.agent.extendWrapUp(60);
    expect(d.cc.snapshot.agent.wrapUpDeadline).to.equal(deadline + 60_000);
    expect((await rejectionOf(d.cc.agent.extendWrapUp(10))).code).to.equal(
      'wrap-up-extension-out-of-range',
    );
    await d.cc.agent.endWrapUp({ presence: 'not-ready', reason: { code: '2', label: '' } });
    expect(d.cc.snapshot.agent.presence).to.equal('not-ready');
    expect(d.cc.snapshot.agent.reason?.label).to.equal('Do not disturb');
    expect(d.cc.snapshot.calls.history[0]!.endCause).to.equal('hangup-local');
  });

  it('applies the next state chosen during a call when wrap-up ends by itself', async () => {
    d = await demo({ wrapUpSeconds: 0 });
    await d.cc.agent.login({ agentId: '1001', initialPresence: 'ready' });
    d.backend.simulateInboundCall();
    await d.cc.calls.answer();
    await d.cc.agent.requestNextState({
      presence: 'not-ready',
      reason: { code: '13', label: 'Meeting' },
    });
    expect(d.cc.snapshot.agent.nextState).to.deep.include({ presence: 'not-ready' });
    d.backend.simulateRemoteHangup(d.cc.snapshot.calls.activeId!);
    expect(d.cc.snapshot.agent.presence).to.equal('not-ready');
    expect(d.cc.snapshot.agent.reason?.code).to.equal('13');
    expect(d.cc.snapshot.agent.nextState).to.equal(null);
    expect(d.cc.snapshot.calls.history[0]!.endCause).to.equal('hangup-remote');
  });

  it('does not ring an agent who is not ready: the call waits in its queue', async () => {
    d = await demo();
    await d.cc.agent.login({ agentId: '1001' });
    d.backend.simulateInboundCall({ queueId: 'support' });
    expect(d.cc.snapshot.calls.order).to.have.length(0);
    expect(d.cc.snapshot.supervisor.waiting.some((w) => w.queueId === 'support')).to.equal(true);
  });

  it('gives a missed call back to its queue when the agent does not answer', async () => {
    d = await demo();
    await d.cc.agent.login({ agentId: '1001', initialPresence: 'ready' });
    d.backend.simulateInboundCall({ remote: { number: '13900000002' } });
    await waitFor(() => d.cc.snapshot.calls.history.length === 1, 2_000);
    expect(d.cc.snapshot.calls.history[0]!.endCause).to.equal('no-answer');
  });
});

describe('demo back end: calls', () => {
  let d: Demo;
  beforeEach(async () => {
    d = await demo();
    await d.cc.agent.login({ agentId: '1001', initialPresence: 'ready' });
  });
  afterEach(async () => d.cc.destroy());

  const endedWith = async (number: string) => {
    const before = d.cc.snapshot.calls.history.length;
    await d.cc.calls.dial(number);
    await waitFor(() => d.cc.snapshot.calls.history.length > before, 2_000);
    return d.cc.snapshot.calls.history[0]!.endCause;
  };

  it('places an outbound call that rings, then answers', async () => {
    const id = await d.cc.calls.dial('+86 138-0013-8000', { callerId: 'hotline' });
    const call = d.cc.snapshot.calls.byId[id]!;
    expect(call).to.include({ state: 'dialing', direction: 'outbound', callerId: '4008001234' });
    expect(call.remote.number).to.equal('+8613800138000');
    await waitFor(() => d.cc.snapshot.calls.byId[id]?.state === 'talking', 2_000);
    expect(d.cc.snapshot.calls.byId[id]!.answeredAt).to.be.a('number');
  });

  it('ends outbound calls as busy, not found, rejected and no answer', async () => {
    expect(await endedWith('13800000486')).to.equal('busy');
    expect(await endedWith('13800000404')).to.equal('not-found');
    expect(await endedWith('13800000603')).to.equal('rejected');
    expect(await endedWith('13800000408')).to.equal('no-answer');
  });

  it('cancels a call that is still ringing', async () => {
    const id = await d.cc.calls.dial('13800000408');
    await d.cc.calls.hangup(id);
    expect(d.cc.snapshot.calls.history[0]!.endCause).to.equal('cancelled');
  });

  it('holds, resumes, mutes and sends keypad tones the customer hears', async () => {
    const id = await d.cc.calls.dial('13800138000');
    await waitFor(() => d.cc.snapshot.calls.byId[id]?.state === 'talking', 2_000);
    await d.cc.calls.hold();
    expect(d.cc.snapshot.calls.byId[id]!.state).to.equal('held');
    expect((await rejectionOf(d.cc.calls.sendDtmf('1'))).code).to.equal('not-allowed');
    await d.cc.calls.resume();
    await d.cc.calls.mute();
    expect(d.cc.snapshot.calls.byId[id]!.muted).to.equal(true);
    await d.cc.calls.unmute();
    await d.cc.calls.sendDtmf('12#');
    expect(d.backend.heardDtmf(id)).to.equal('12#');
    expect((await rejectionOf(d.cc.calls.sendDtmf('1'.repeat(25)))).code).to.equal('dtmf-too-long');
  });

  it('keeps several calls with a hold list and switches between them', async () => {
    const first = await d.cc.calls.dial('13800138001');
    await waitFor(() => d.cc.snapshot.calls.byId[first]?.state === 'talking', 2_000);
    await d.cc.calls.hold();
    const second = await d.cc.calls.dial('13800138002');
    await waitFor(() => d.cc.snapshot.calls.byId[second]?.state === 'talking', 2_000);
    await d.cc.calls.switchTo(first);
    const { byId, activeId } = d.cc.snapshot.calls;
    expect(activeId).to.equal(first);
    expect(byId[first]!.state).to.equal('talking');
    expect(byId[second]!.state).to.equal('held');
  });

  it('transfers blind to a ready agent, and refuses a busy one keeping the call', async () => {
    const roster = Object.values(d.cc.snapshot.supervisor.agents);
    const readyAgent = roster.find(
      (a) => a.presence === 'ready' && a.work === 'idle' && a.id !== '1001',
    );
    const notReady = roster.find((a) => a.presence !== 'ready');
    expect(readyAgent, 'a ready simulated agent').to.exist;
    expect(notReady, 'a not-ready simulated agent').to.exist;
    const id = await d.cc.calls.dial('13800138000');
    await waitFor(() => d.cc.snapshot.calls.byId[id]?.state === 'talking', 2_000);

    const refused = await rejectionOf(
      d.cc.calls.transfer({ kind: 'agent', agentId: notReady!.id }),
    );
    expect(refused.code).to.equal('rejected-by-backend');
    expect(d.cc.snapshot.calls.byId[id]!.transfer?.state).to.equal('failed');
    expect(d.cc.snapshot.calls.byId[id]!.state).to.equal('talking');

    await d.cc.calls.transfer(`agent:${readyAgent!.id}`);
    expect(d.cc.snapshot.calls.byId[id]).to.equal(undefined);
    expect(d.cc.snapshot.calls.history[0]).to.include({ id, endCause: 'transferred' });
  });

  it('consults, then completes the transfer; consults, then conferences; retrieves; cancels', async () => {
    const customer = await d.cc.calls.dial('13800138000');
    await waitFor(() => d.cc.snapshot.calls.byId[customer]?.state === 'talking', 2_000);

    let consult = await d.cc.calls.consult('13900139000');
    expect(d.cc.snapshot.calls.byId[customer]!.state).to.equal('held');
    expect(d.cc.snapshot.calls.byId[consult]!.consultOf).to.equal(customer);
    await d.cc.calls.cancelConsult();
    expect(d.cc.snapshot.calls.history[0]).to.include({ id: consult, endCause: 'cancelled' });
    expect(d.cc.snapshot.calls.activeId).to.equal(customer);

    await d.cc.calls.resume();
    consult = await d.cc.calls.consult('13900139000');
    await waitFor(() => d.cc.snapshot.calls.byId[consult]?.state === 'talking', 2_000);
    await d.cc.calls.retrieve();
    expect(d.cc.snapshot.calls.byId[customer]!.state).to.equal('talking');

    consult = await d.cc.calls.consult('13900139000');
    await waitFor(() => d.cc.snapshot.calls.byId[consult]?.state === 'talking', 2_000);
    await d.cc.calls.conference();
    const { byId } = d.cc.snapshot.calls;
    expect(byId[customer]).to.include({ conference: true, state: 'talking' });
    expect(byId[consult]).to.include({ conference: true, consultOf: null });
    await d.cc.calls.mute();
    expect(d.cc.snapshot.calls.byId[consult]!.muted).to.equal(true);
    await d.cc.calls.hangup();
    expect(d.cc.snapshot.calls.order).to.have.length(0);

    const again = await d.cc.calls.dial('13800138000');
    await waitFor(() => d.cc.snapshot.calls.byId[again]?.state === 'talking', 2_000);
    const third = await d.cc.calls.consult('13900139000');
    await waitFor(() => d.cc.snapshot.calls.byId[third]?.state === 'talking', 2_000);
    await d.cc.calls.completeTransfer();
    expect(d.cc.snapshot.calls.order).to.have.length(0);
    expect(d.cc.snapshot.calls.history.slice(0, 2).map((r) => r.endCause)).to.deep.equal([
      'transferred',
      'transferred',
    ]);
  });

  it('rejects an incoming call and gives it back to the queue', async () => {
    d.backend.simulateInboundCall({ queueId: 'sales' });
    await d.cc.calls.reject();
    expect(d.cc.snapshot.calls.history[0]!.endCause).to.equal('rejected');
    expect(d.cc.snapshot.supervisor.waiting.some((w) => w.queueId === 'sales')).to.equal(true);
  });
});

describe('demo back end: supervisor', () => {
  let d: Demo;
  afterEach(async () => d?.cc.destroy());

  it('shows a live roster of the configured size and three queues', async () => {
    d = await demo({ agents: 40, inboundPerMinute: 600 });
    expect(d.cc.snapshot.supervisor.agentIds).to.have.length(40);
    expect(d.cc.snapshot.supervisor.queueIds).to.deep.equal(['sales', 'support', 'vip']);
    await waitFor(
      () => Object.values(d.cc.snapshot.supervisor.agents).some((a) => a.callId),
      3_000,
    );
    const answered = d.cc.snapshot.supervisor.queueIds.map(
      (id) => d.cc.snapshot.supervisor.queues[id]!.answeredToday,
    );
    expect(answered.reduce((a, b) => a + b, 0)).to.be.greaterThan(0);
  });

  it('listens, whispers, barges and stops; forces hang-up and states', async () => {
    d = await demo({ agents: 12, inboundPerMinute: 600 });
    await d.cc.agent.login({ agentId: '9001' });
    await waitFor(
      () => Object.values(d.cc.snapshot.supervisor.agents).filter((a) => a.callId).length >= 2,
      3_000,
    );
    const [first, second] = Object.values(d.cc.snapshot.supervisor.agents).filter((a) => a.callId);
    await d.cc.supervisor.listen(first!.id);
    expect(d.cc.snapshot.supervisor.supervising).to.include({ agentId: first!.id, mode: 'listen' });
    await d.cc.supervisor.whisper(first!.id);
    expect(d.cc.snapshot.supervisor.supervising!.mode).to.equal('whisper');
    expect((await rejectionOf(d.cc.supervisor.listen(second!.id))).code).to.equal('not-allowed');
    await d.cc.supervisor.barge(first!.id);
    await d.cc.supervisor.stop();
    expect(d.cc.snapshot.supervisor.supervising).to.equal(null);

    await d.cc.supervisor.forceHangup(second!.id);
    expect(d.cc.snapshot.supervisor.agents[second!.id]).to.include({
      callId: null,
      presence: 'wrap-up',
    });
    await d.cc.supervisor.forceReady(second!.id);
    expect(d.cc.snapshot.supervisor.agents[second!.id]!.presence).to.equal('ready');
    await d.cc.supervisor.forceNotReady(second!.id, '2');
    expect(d.cc.snapshot.supervisor.agents[second!.id]!.reason?.code).to.equal('2');
    await d.cc.supervisor.forceLogout(second!.id);
    expect(d.cc.snapshot.supervisor.agents[second!.id]!.presence).to.equal('offline');
  });

  it('takes over an agent’s call and picks up a waiting call', async () => {
    d = await demo({ agents: 2, inboundPerMinute: 1200 });
    await d.cc.agent.login({ agentId: '9001' });
    await waitFor(
      () => Object.values(d.cc.snapshot.supervisor.agents).some((a) => a.callId && a.id !== '9001'),
      3_000,
    );
    const busy = Object.values(d.cc.snapshot.supervisor.agents).find(
      (a) => a.callId && a.id !== '9001',
    )!;
    const customer = busy.remote!;
    await d.cc.supervisor.takeOver(busy.id);
    expect(active(d.cc.snapshot)).to.deep.include({ state: 'talking', remote: customer });
    expect(d.cc.snapshot.supervisor.agents[busy.id]!.callId).to.equal(null);
    await d.cc.calls.hangup();

    await d.cc.agent.endWrapUp();
    await d.cc.agent.setNotReady('2');
    await waitFor(() => d.cc.snapshot.supervisor.waiting.length > 0, 3_000);
    const waiting = d.cc.snapshot.supervisor.waiting[0]!;
    await d.cc.supervisor.pickUp(waiting.id);
    expect(active(d.cc.snapshot)!.remote).to.deep.equal(waiting.remote);
    expect(d.cc.snapshot.supervisor.waiting.some((w) => w.id === waiting.id)).to.equal(false);
  });
});
