/**
 * The kit against an ordinary SIP phone: baresip (test/rig) is the customer, on UDP through
 * the real Kamailio, with ICE and DTLS-SRTP straight to the agent's browser. Needs the run
 * inside test/rig/in-netns.sh (npm test does that) for media between Chromium and baresip.
 */
import { expect } from '@open-wc/testing';
import {
  baresipDial,
  baresipEvents,
  baresipHangup,
  baresipLog,
  baresipWaitEvent,
  rigKamailioLog,
  rigStart,
  rigStop,
  type RigInfo,
} from '../rig/commands.js';
import { type Agent, AgentPool, endAllCalls, within } from './support/agents.js';

/** baresip's RTCP report of a call ("CALL_RTCP" param), reduced to what it says it received. */
function packetsBaresipReceived(
  events: { type: string; param?: string; [key: string]: unknown }[],
): number {
  let best = 0;
  for (const e of events) {
    // {"rtcp_stats":{"tx":{"sent":117,...},"rx":{"sent":116,"lost":0,"jit":0}}}: rx.sent counts
    // the packets baresip received from the browser.
    const rx = (e['rtcp_stats'] as { rx?: { sent?: number } } | undefined)?.rx?.sent;
    if (typeof rx === 'number') best = Math.max(best, rx);
  }
  return best;
}

describe('sip back end with a SIP phone (baresip, real Kamailio)', function () {
  this.timeout(30000);
  let rig: RigInfo;
  const pool = new AgentPool(() => rig);
  let agent: Agent;

  before(async function () {
    rig = await rigStart({ users: ['1001'], baresip: true });
    if (!rig.netns) {
      // Without the namespace Chromium and baresip pick different ICE pairs: no audio at all.
      throw new Error(
        'run the e2e group inside test/rig/in-netns.sh (npm test does): browser<->baresip media needs it',
      );
    }
    agent = await pool.agent(0);
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      console.log(`--- Kamailio log ---\n${await rigKamailioLog(60)}`);
      console.log(`--- baresip log ---\n${await baresipLog(60)}`);
    }
    await endAllCalls([agent]);
    await baresipHangup().catch(() => undefined);
  });
  after(async () => {
    await pool.closeAll();
    await rigStop();
  });

  it('baresip calls the agent; the agent answers; both sides get audio', async () => {
    await baresipDial('sip:1001@127.0.0.1');
    const ringing = await agent.untilCall('ringing');
    expect(ringing.remote.number).to.equal('cust');
    expect(ringing.direction).to.equal('inbound');
    await agent.cc.calls.answer(ringing.id);
    await agent.untilCallState(ringing.id, 'talking');
    const established = await baresipWaitEvent({ type: 'CALL_ESTABLISHED', timeoutMs: 8000 });
    expect(established.direction).to.equal('outgoing');

    // The agent's store: packets from baresip's 440 Hz tone keep arriving.
    expect(await agent.packetsRise(ringing.id, { by: 30 })).to.be.greaterThan(30);
    // baresip: its RTCP reports count what it received from the browser.
    const rtcp = await baresipWaitEvent({ type: 'CALL_RTCP', timeoutMs: 8000 });
    expect(rtcp.direction).to.equal('outgoing');
    await within(
      10000,
      "baresip receives the browser's audio",
      (async () => {
        for (;;) {
          const got = packetsBaresipReceived(await baresipEvents('CALL_RTCP'));
          if (got > 20) return got;
          await new Promise((r) => setTimeout(r, 300));
        }
      })(),
    );

    await baresipHangup();
    expect((await agent.untilEnded(ringing.id)).endCause).to.equal('hangup-remote');
  });

  it("the agent calls baresip; keypad tones arrive by RFC 4733 (in baresip's log); the agent hangs up", async () => {
    const out = await agent.cc.calls.dial(`sip:cust@127.0.0.1`);
    await agent.untilCallState(out, 'talking');
    await baresipWaitEvent({ type: 'CALL_ESTABLISHED', direction: 'incoming', timeoutMs: 8000 });
    expect(await agent.packetsRise(out, { by: 20 })).to.be.greaterThan(20);

    await agent.cc.calls.sendDtmf('159#');
    await agent.cc.calls.sendDtmf('*');
    const digits: string[] = [];
    for (let i = 0; i < 5; i++)
      digits.push((await baresipWaitEvent({ type: 'DTMF_RECEIVED', timeoutMs: 6000 })).param ?? '');
    expect(digits.join('')).to.equal('159#*');

    await agent.cc.calls.hangup(out);
    expect((await agent.untilEnded(out)).endCause).to.equal('hangup-local');
    const closed = await baresipWaitEvent({ type: 'CALL_CLOSED', timeoutMs: 6000 });
    expect(closed.param).to.be.a('string');
  });
});
