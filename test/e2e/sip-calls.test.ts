/**
 * Calls between two agents through the kit's facade, each agent in a page of its own, through
 * the real Kamailio: audio both ways, hold and resume, DTMF by INFO, reject, cancel, busy, a
 * user that is not registered, a far end that never answers, a malformed address. After each
 * failure the next call works.
 */
import { expect } from '@open-wc/testing';
import { rigKamailioLog, rigStart, rigStop, type RigInfo } from '../rig/commands.js';
import { type Agent, AgentPool, connect, endAllCalls } from './support/agents.js';

describe('sip back end: calls between agents (real Kamailio)', function () {
  this.timeout(30000);
  let rig: RigInfo;
  const pool = new AgentPool(() => rig);
  let a: Agent;
  let b: Agent;

  before(async () => {
    rig = await rigStart({ users: ['1001', '1002'] });
    // One agent with the INFO fallback for keypad tones, so B can see them (a browser cannot
    // observe received RFC 4733 tones; baresip checks those in sip-baresip.test.ts).
    a = await pool.agent(0, {
      options: { dtmfMethod: 'info', noAnswerTimeout: 1.5, displayName: 'Ann Agent' },
    });
    b = await pool.agent(1);
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed')
      console.log(`--- Kamailio log ---\n${await rigKamailioLog(60)}`);
    // Leave no call behind for the next test.
    await endAllCalls([a, b]);
    if (b.state.agent.presence === 'not-ready') await b.cc.agent.setReady();
  });
  after(async () => {
    await pool.closeAll();
    await rigStop();
  });

  it('A calls B: B rings with A as the caller, both talk, audio flows both ways, A hangs up', async () => {
    const out = await a.cc.calls.dial('1002');
    expect(a.state.calls.byId[out]?.state).to.equal('dialing');
    const ringing = await b.untilCall('ringing');
    expect(ringing.remote.number).to.equal('1001');
    expect(ringing.remote.displayName).to.equal('Ann Agent');
    expect(ringing.direction).to.equal('inbound');
    expect(b.state.agent.presence).to.equal('ready');

    await b.cc.calls.answer(ringing.id);
    await a.untilCallState(out, 'talking');
    await b.untilCallState(ringing.id, 'talking');

    // The kit's own quality samples: inbound packets keep rising on both sides.
    expect(await a.packetsRise(out, { by: 20 })).to.be.greaterThan(20);
    expect(await b.packetsRise(ringing.id, { by: 20 })).to.be.greaterThan(20);
    const qa = a.quality(out)!;
    expect(qa.mos).to.be.a('number');
    expect(qa.grade).to.be.oneOf(['a', 'b', 'c', 'd', 'e']);

    await a.cc.calls.hangup(out);
    expect((await a.untilEnded(out)).endCause).to.equal('hangup-local');
    expect((await b.untilEnded(ringing.id)).endCause).to.equal('hangup-remote');
  });

  it("hold stops the held call's audio both ways and resume restores it; B sees the remote hold", async () => {
    const ids = await connect(a, b);
    await a.packetsRise(ids.out);
    await b.packetsRise(ids.in);

    await a.cc.calls.hold(ids.out);
    expect(a.state.calls.byId[ids.out]?.state).to.equal('held');
    await b.until('B sees the remote hold', (s) => s.calls.byId[ids.in]?.remoteHeld === true);
    // Over a full second of samples nothing (beyond a packet or two in flight) arrives.
    expect(await a.packetsOver(ids.out, 1000), 'packets A receives while holding').to.be.at.most(3);
    expect(await b.packetsOver(ids.in, 1000), 'packets B receives while held').to.be.at.most(3);

    await a.cc.calls.resume(ids.out);
    expect(a.state.calls.byId[ids.out]?.state).to.equal('talking');
    await b.until('B sees the hold end', (s) => s.calls.byId[ids.in]?.remoteHeld === false);
    expect(await a.packetsRise(ids.out, { by: 15 })).to.be.greaterThan(15);
    expect(await b.packetsRise(ids.in, { by: 15 })).to.be.greaterThan(15);
  });

  it('keypad tones reach B by SIP INFO and show up as dtmfReceived', async () => {
    const ids = await connect(a, b);
    await a.cc.calls.sendDtmf('12#');
    await a.cc.calls.sendDtmf('*9', ids.out);
    const received = await b.until('digits at B', (s) =>
      s.calls.byId[ids.in]?.dtmfReceived === '12#*9' ? s.calls.byId[ids.in] : undefined,
    );
    expect(received.dtmfReceived).to.equal('12#*9');
  });

  it('B rejects: A sees rejected, B sees rejected; then a new call connects', async () => {
    const out = await a.cc.calls.dial('1002');
    const ringing = await b.untilCall('ringing');
    await b.cc.calls.reject(ringing.id);
    expect((await a.untilEnded(out)).endCause).to.equal('rejected');
    expect((await b.untilEnded(ringing.id)).endCause).to.equal('rejected');
    await connect(a, b);
  });

  it('A cancels while B rings: A sees cancelled, B sees cancelled; then a new call connects', async () => {
    const out = await a.cc.calls.dial('1002');
    const ringing = await b.untilCall('ringing');
    await a.cc.calls.hangup(out);
    expect((await a.untilEnded(out)).endCause).to.equal('cancelled');
    expect((await b.untilEnded(ringing.id)).endCause).to.equal('cancelled');
    await connect(a, b);
  });

  it('B not ready: the call is refused as busy; B never rings', async () => {
    await b.cc.agent.setNotReady('break');
    const before = b.state.calls.history.length;
    const out = await a.cc.calls.dial('1002');
    expect((await a.untilEnded(out)).endCause).to.equal('busy');
    expect(b.state.calls.history.length).to.equal(before);
    await b.cc.agent.setReady();
    await connect(a, b);
  });

  it('a far end that never answers ends as no-answer (noAnswerTimeout), B sees cancelled', async () => {
    const out = await a.cc.calls.dial('1002');
    const ringing = await b.untilCall('ringing');
    expect((await a.untilEnded(out, 6000)).endCause).to.equal('no-answer');
    expect((await b.untilEnded(ringing.id)).endCause).to.equal('cancelled');
    await connect(a, b);
  });

  it('a user that is not registered ends as not-found (404); then a new call connects', async () => {
    const out = await a.cc.calls.dial('1999');
    expect((await a.untilEnded(out)).endCause).to.equal('not-found');
    await connect(a, b);
  });

  it('a malformed SIP address fails at dial with invalid-sip-uri and changes nothing', async () => {
    for (const bad of ['sip:has space@127.0.0.1', 'sip:@127.0.0.1', 'sip:1002']) {
      const error = await a.cc.calls.dial(bad).then(
        () => null,
        (e: { code: string }) => e,
      );
      expect(error?.code, bad).to.equal('invalid-sip-uri');
    }
    expect(a.calls).to.have.length(0);
    // A full SIP address dials.
    const out = await a.cc.calls.dial(`sip:1002@${rig.domain}`);
    const ringing = await b.untilCall('ringing');
    await b.cc.calls.answer(ringing.id);
    await a.untilCallState(out, 'talking');
  });
});
