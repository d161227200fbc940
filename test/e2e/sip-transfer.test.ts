/**
 * Transfers and the three-way conference through the kit's facade, three agents each in a page
 * of its own, through the real Kamailio: blind transfer by REFER, attended transfer (REFER with
 * Replaces) and a conference mixed in the transferring agent's page.
 */
import { expect } from '@open-wc/testing';
import { rigKamailioLog, rigStart, rigStop, type RigInfo } from '../rig/commands.js';
import { type Agent, AgentPool, connect, endAllCalls, within } from './support/agents.js';

describe('sip back end: transfers and conference (real Kamailio)', function () {
  this.timeout(30000);
  let rig: RigInfo;
  const pool = new AgentPool(() => rig);
  let a: Agent;
  let b: Agent;
  let c: Agent;

  /** B consults C about A's call: A held, C answers. Returns the call ids. */
  async function consultC(): Promise<{
    aCall: string;
    bCustomer: string;
    bConsult: string;
    cCall: string;
  }> {
    const ab = await connect(a, b);
    const bConsult = await within(8000, 'consult', b.cc.calls.consult('1003', ab.in));
    expect(b.state.calls.byId[ab.in]?.state, 'customer held during the consult').to.equal('held');
    expect(b.state.calls.byId[bConsult]?.consultOf).to.equal(ab.in);
    await a.until('A sees the hold', (s) => s.calls.byId[ab.out]?.remoteHeld === true);
    const atC = await c.untilCall('ringing');
    expect(atC.remote.number).to.equal('1002');
    await c.cc.calls.answer(atC.id);
    await b.untilCallState(bConsult, 'talking');
    expect(b.state.calls.activeId).to.equal(bConsult);
    return { aCall: ab.out, bCustomer: ab.in, bConsult, cCall: atC.id };
  }

  before(async () => {
    rig = await rigStart({ users: ['1001', '1002', '1003'] });
    a = await pool.agent(0);
    b = await pool.agent(1);
    c = await pool.agent(2);
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed')
      console.log(`--- Kamailio log ---\n${await rigKamailioLog(80)}`);
    await endAllCalls([a, b, c]);
  });
  after(async () => {
    await pool.closeAll();
    await rigStop();
  });

  it('several calls: answering a second call holds the first; switching swaps them', async () => {
    const ab = await connect(a, b);
    const cOut = await c.cc.calls.dial('1002');
    const second = await b.until('a second call rings at B', (s) =>
      s.calls.order.map((id) => s.calls.byId[id]!).find((call) => call.state === 'ringing'),
    );
    expect(second.remote.number).to.equal('1003');
    expect(b.state.calls.activeId, 'the ringing call does not take the controls').to.equal(ab.in);
    await b.cc.calls.answer(second.id);
    await b.untilCallState(second.id, 'talking');
    expect(b.state.calls.byId[ab.in]?.state, 'the first call went on hold').to.equal('held');
    expect(b.state.calls.activeId).to.equal(second.id);
    expect(b.cc.selectors.selectHoldList(b.state).map((call) => call.id)).to.deep.equal([ab.in]);
    await a.until('A sees the hold', (s) => s.calls.byId[ab.out]?.remoteHeld === true);
    await c.untilCallState(cOut, 'talking');

    await b.cc.calls.switchTo(ab.in);
    expect(b.state.calls.byId[ab.in]?.state).to.equal('talking');
    expect(b.state.calls.byId[second.id]?.state).to.equal('held');
    expect(b.state.calls.activeId).to.equal(ab.in);
    await a.until('A is back in conversation', (s) => s.calls.byId[ab.out]?.remoteHeld === false);
    await c.until('C is held', (s) => s.calls.byId[cOut]?.remoteHeld === true);
    expect(await b.packetsRise(ab.in)).to.be.greaterThan(10);
  });

  it("blind transfer: B refers A to C; B reports the progress, A calls C, B and A's first call end as transferred", async () => {
    const ab = await connect(a, b);
    const transfer = b.cc.calls.transfer('1003', ab.in);
    const atC = await c.untilCall('ringing');
    expect(atC.remote.number, 'C sees the customer calling').to.equal('1001');
    expect(b.state.calls.byId[ab.in]?.transfer?.state).to.equal('trying');
    const aNew = await a.until('A places the transferred call', (s) =>
      s.calls.order.map((id) => s.calls.byId[id]!).find((call) => call.id !== ab.out),
    );
    expect(aNew.remote.number).to.equal('1003');

    await c.cc.calls.answer(atC.id);
    await within(10000, 'transfer settles', transfer);
    expect((await b.untilEnded(ab.in)).endCause).to.equal('transferred');
    expect((await a.untilEnded(ab.out)).endCause).to.equal('transferred');
    await a.untilCallState(aNew.id, 'talking');
    await c.untilCallState(atC.id, 'talking');
    expect(b.calls).to.have.length(0);
    expect(await a.packetsRise(aNew.id)).to.be.greaterThan(10);
    expect(await c.packetsRise(atC.id)).to.be.greaterThan(10);
  });

  it('attended transfer: B consults C, then joins A and C (REFER with Replaces); C keeps its call, now with A', async () => {
    const ids = await consultC();
    await within(10000, 'complete the transfer', b.cc.calls.completeTransfer(ids.bConsult));
    expect((await b.untilEnded(ids.bCustomer)).endCause).to.equal('transferred');
    expect((await b.untilEnded(ids.bConsult)).endCause).to.equal('transferred');
    expect(b.calls).to.have.length(0);

    expect((await a.untilEnded(ids.aCall)).endCause).to.equal('transferred');
    const aNew = await a.untilCall('talking');
    expect(aNew.remote.number).to.equal('1003');
    // C's call goes on under the same id; the party on the other end is now A.
    const atC = await c.until('C talks to A', (s) =>
      s.calls.byId[ids.cCall]?.remote.number === '1001' ? s.calls.byId[ids.cCall] : undefined,
    );
    expect(atC.state).to.equal('talking');
    expect(c.calls).to.have.length(1);
    expect(await a.packetsRise(aNew.id)).to.be.greaterThan(10);
    expect(await c.packetsRise(ids.cCall)).to.be.greaterThan(10);
  });

  it('three-way conference: B joins A and C; each party hears the other two', async () => {
    const ids = await consultC();
    await within(8000, 'conference', b.cc.calls.conference(ids.bConsult));
    for (const id of [ids.bCustomer, ids.bConsult]) {
      expect(b.state.calls.byId[id]?.conference, id).to.equal(true);
      expect(b.state.calls.byId[id]?.state, id).to.equal('talking');
    }
    expect(b.cc.selectors.selectWork(b.state)).to.equal('conferencing');
    await a.until('A no longer held', (s) => s.calls.byId[ids.aCall]?.remoteHeld === false);

    // B (the agent in the middle) receives both parties.
    expect(await b.packetsRise(ids.bCustomer)).to.be.greaterThan(10);
    expect(await b.packetsRise(ids.bConsult)).to.be.greaterThan(10);

    // What each party hears, from the audio energy its browser receives: with the other
    // speakers muted there is silence; unmuting one of them makes it audible through B's mix.
    const silent = (e: number) => e < 1e-6;
    const audible = (e: number) => e > 1e-3;
    await b.cc.calls.mute(ids.bCustomer);
    await c.cc.calls.mute(ids.cCall);
    await a.hears('silence while B and C are muted', silent);
    await c.cc.calls.unmute(ids.cCall);
    await a.hears('C through the mix', audible);

    await a.cc.calls.mute(ids.aCall);
    await c.hears('silence while A and B are muted', silent);
    await a.cc.calls.unmute(ids.aCall);
    await c.hears('A through the mix', audible);

    await a.cc.calls.mute(ids.aCall);
    await c.cc.calls.mute(ids.cCall);
    await a.hears('silence while B and C are muted', silent);
    await c.hears('silence while A and B are muted', silent);
    await b.cc.calls.unmute(ids.bCustomer);
    await a.hears('B', audible);
    await c.hears('B', audible);

    // B hangs up: the conference ends for everyone.
    await b.cc.calls.hangup(ids.bCustomer);
    expect((await a.untilEnded(ids.aCall)).endCause).to.equal('hangup-remote');
    expect((await c.untilEnded(ids.cCall)).endCause).to.equal('hangup-remote');
    expect(b.calls).to.have.length(0);
  });
});
