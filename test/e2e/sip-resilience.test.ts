/**
 * Connection trouble through the kit's facade, agents in pages of their own, against the real
 * Kamailio: Kamailio restarted mid-session, and an agent's WebSocket closed mid-call. The
 * agents reconnect with the product's default backoff, and the kit stays usable.
 */
import { expect } from '@open-wc/testing';
import type { CallCenterState } from '../../core/index.js';
import {
  rigKamailioLog,
  rigRestartKamailio,
  rigStart,
  rigStop,
  type RigInfo,
} from '../rig/commands.js';
import { type Agent, AgentPool, connect, endAllCalls, within } from './support/agents.js';

/** Records when the store's registration leaves `registered` and when it is back. */
function watchRegistration(agent: Agent) {
  const seen: { lostAt: number | null; backAt: number | null } = { lostAt: null, backAt: null };
  const subscription = agent.cc.state$.subscribe((s: CallCenterState) => {
    if (seen.lostAt === null && s.connection.registration !== 'registered')
      seen.lostAt = Date.now();
    else if (
      seen.lostAt !== null &&
      seen.backAt === null &&
      s.connection.registration === 'registered'
    )
      seen.backAt = Date.now();
  });
  return { seen, stop: () => subscription.unsubscribe() };
}

describe('sip back end: connection trouble (real Kamailio)', function () {
  this.timeout(30000);
  let rig: RigInfo;
  const pool = new AgentPool(() => rig);
  let a: Agent;
  let b: Agent;

  before(async () => {
    rig = await rigStart({ users: ['1001', '1002'] });
    // The product's own reconnect backoff, not the short one other tests use.
    const defaults = { options: { reconnect: undefined } };
    a = await pool.agent(0, defaults);
    b = await pool.agent(1, defaults);
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed')
      console.log(`--- Kamailio log ---\n${await rigKamailioLog(80)}`);
    await endAllCalls([a, b]);
  });
  after(async () => {
    await pool.closeAll();
    await rigStop();
  });

  it('Kamailio restarts mid-call: both agents are registered again within 5 s, the old call ends here with a clear cause, a new call works', async () => {
    const old = await connect(a, b);
    const watchA = watchRegistration(a);
    const watchB = watchRegistration(b);
    const restartAt = Date.now();
    try {
      await rigRestartKamailio();
      await a.until(
        'A registered again',
        (s) => watchA.seen.backAt !== null && s.connection.registration === 'registered',
        10000,
      );
      await b.until(
        'B registered again',
        (s) => watchB.seen.backAt !== null && s.connection.registration === 'registered',
        10000,
      );
    } finally {
      watchA.stop();
      watchB.stop();
    }
    const downA = watchA.seen.backAt! - watchA.seen.lostAt!;
    const downB = watchB.seen.backAt! - watchB.seen.lostAt!;
    console.log(
      `registration lost -> registered again: A ${downA} ms, B ${downB} ms ` +
        `(restart begun -> A registered ${watchA.seen.backAt! - restartAt} ms)`,
    );
    expect(downA, 'A unregistered for (ms)').to.be.at.most(5000);
    expect(downB, 'B unregistered for (ms)').to.be.at.most(5000);
    expect(a.connection.transport).to.equal('connected');
    expect(a.connection.reason).to.equal(null);

    // The call that was up is still in the store, its media still flowing peer to peer.
    expect(a.state.calls.byId[old.out]?.state).to.equal('talking');
    expect(await a.packetsRise(old.out)).to.be.greaterThan(10);
    // Its dialog routes through WebSocket connections the restarted Kamailio no longer has:
    // hanging up cannot reach B, so the kit ends the call here and says so.
    const errors = a.state.errors.length;
    await within(8000, 'hang up the old call', a.cc.calls.hangup(old.out));
    const record = await a.untilEnded(old.out);
    expect(record.endCause).to.equal('network');
    const error = a.state.errors
      .slice(0, a.state.errors.length - errors)
      .find((e) => e.code === 'network');
    expect(error?.message).to.match(/far end could not be told/);
    // B's side of that call is ended the same way when B hangs up.
    await within(8000, 'B hangs up the old call', b.cc.calls.hangup(old.in));
    expect((await b.untilEnded(old.in)).endCause).to.equal('network');

    // A new call works both ways.
    const fresh = await connect(a, b);
    expect(await a.packetsRise(fresh.out)).to.be.greaterThan(10);
    await a.cc.calls.hangup(fresh.out);
    expect((await b.untilEnded(fresh.in)).endCause).to.equal('hangup-remote');
  });

  it("A's WebSocket closes mid-call: the store says reconnecting with the reason, A registers again, the call stays controllable", async () => {
    const call = await connect(a, b);
    const watch = watchRegistration(a);
    try {
      expect(a.page.closeWebSockets()).to.equal(1);
      await a.until('reconnecting', (s) => s.connection.transport === 'reconnecting');
      expect(a.connection.reason?.code).to.equal('network');
      expect(a.connection.reason?.message).to.match(/connection to the SIP server was lost/);
      await a.until(
        'registered again',
        (s) => watch.seen.backAt !== null && s.connection.registration === 'registered',
      );
    } finally {
      watch.stop();
    }
    expect(a.connection.reason).to.equal(null);
    // Media never depended on the WebSocket; the dialog still routes through B's connection.
    expect(await a.packetsRise(call.out)).to.be.greaterThan(10);
    await a.cc.calls.hold(call.out);
    await b.until('B sees the hold', (s) => s.calls.byId[call.in]?.remoteHeld === true);
    await a.cc.calls.resume(call.out);
    await a.cc.calls.hangup(call.out);
    expect((await a.untilEnded(call.out)).endCause).to.equal('hangup-local');
    expect((await b.untilEnded(call.in)).endCause).to.equal('hangup-remote');
    await connect(a, b);
  });

  it("A's WebSocket closes while A's call rings out: the call ends as network; the next call works", async () => {
    const out = await a.cc.calls.dial('1002');
    const ringing = await b.untilCall('ringing');
    a.page.closeWebSockets();
    expect((await a.untilEnded(out)).endCause).to.equal('network');
    await b.cc.calls.reject(ringing.id).catch(() => undefined);
    await a.until(
      'registered again',
      (s) => s.connection.registration === 'registered' && s.connection.transport === 'connected',
    );
    await b.until('B has no calls', (s) => s.calls.order.length === 0);
    await connect(a, b);
  });
});
