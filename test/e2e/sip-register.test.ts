/**
 * Registration through the kit's facade against the real Kamailio (test/rig), each agent in a
 * page of its own: the right password, the wrong one, a server that is not there, a malformed
 * address, and the kit staying usable after each.
 */
import { expect } from '@open-wc/testing';
import { rigKamailioLog, rigStart, rigStop, type RigInfo } from '../rig/commands.js';
import { AgentPool, openAgentPage, within } from './support/agents.js';

describe('sip back end: registration (real Kamailio)', function () {
  this.timeout(30000);
  let rig: RigInfo;
  const pool = new AgentPool(() => rig);
  const pages: HTMLIFrameElement[] = [];

  before(async () => {
    rig = await rigStart({ users: ['1001', '1002'] });
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed')
      console.log(`--- Kamailio log ---\n${await rigKamailioLog(40)}`);
    await pool.closeAll();
    for (const page of pages.splice(0)) page.remove();
  });
  after(async () => {
    await rigStop();
  });

  it('registers with the right password: transport connected, registration registered, agent ready', async () => {
    const a = await pool.agent(0);
    expect(a.connection.transport).to.equal('connected');
    expect(a.connection.registration).to.equal('registered');
    expect(a.connection.reason).to.equal(null);
    expect(a.state.agent.presence).to.equal('ready');
    expect(a.state.agent.id).to.equal('1001');
  });

  it('refuses the wrong password with auth-failed, says so in the store, and logs in after with the right one', async () => {
    const a = await pool.agent(0, { password: 'not-the-password', login: false });
    const error = await a.cc.agent.login({ agentId: '1001' }).then(
      () => null,
      (e: { code: string; message: string; vendor?: { code?: string } }) => e,
    );
    expect(error, 'login rejects').to.not.equal(null);
    expect(error!.code).to.equal('auth-failed');
    expect(error!.message).to.match(/user name or password/i);
    expect(error!.vendor?.code).to.equal('401');
    expect(a.connection.registration).to.equal('failed');
    expect(a.connection.reason?.code).to.equal('auth-failed');
    expect(a.state.agent.presence).to.equal('offline');
    expect(a.state.errors[0]?.code).to.equal('auth-failed');
    // The secret is nowhere in the state.
    expect(JSON.stringify(a.state)).to.not.contain('not-the-password');

    // Still usable: the right password (given at login, as <cc-agent-status> does) registers.
    await within(
      10000,
      'login again',
      a.cc.agent.login({ agentId: '1001', credentials: () => rig.users[0]!.password }),
    );
    await a.until('registered', (s) => s.connection.registration === 'registered');
    expect(a.connection.reason).to.equal(null);
    expect(a.state.agent.presence).to.equal('ready');
    expect(JSON.stringify(a.state)).to.not.contain(rig.users[0]!.password);
  });

  it('reports an unreachable server as a network error, then works against the real one', async () => {
    // A port nobody listens on: the rig's UDP port has no TCP listener.
    const dead = `ws://127.0.0.1:${rig.udpPort}`;
    const { frame, api } = await openAgentPage('dead');
    pages.push(frame);
    const cc = api.createCallCenter({
      backend: 'sip',
      options: { server: dead, aor: rig.users[0]!.aor },
      credentials: () => rig.users[0]!.password,
    });
    try {
      const error = await within(
        10000,
        'login against a dead server',
        cc.agent.login({ agentId: '1001' }),
      ).then(
        () => null,
        (e: { code: string; message: string }) => e,
      );
      expect(error?.code).to.equal('network');
      expect(error?.message).to.contain(dead);
      expect(cc.snapshot.connection.registration).to.equal('failed');
      expect(cc.snapshot.connection.transport).to.equal('disconnected');
      expect(cc.snapshot.connection.reason?.code).to.equal('network');
      expect(cc.snapshot.agent.presence).to.equal('offline');
    } finally {
      await within(5000, 'destroy', cc.destroy());
    }
    // The next agent on the real server registers.
    const a = await pool.agent(0);
    expect(a.connection.registration).to.equal('registered');
  });

  it('refuses a malformed SIP address at creation with invalid-sip-uri', async () => {
    const { frame, api } = await openAgentPage('bad-aor');
    pages.push(frame);
    const cc = api.createCallCenter({
      backend: 'sip',
      options: { server: rig.wsUrl, aor: 'sip:1001' },
    });
    const error = await cc.ready.then(
      () => null,
      (e: { code: string; message: string }) => e,
    );
    expect(error?.code).to.equal('invalid-sip-uri');
    expect(error?.message).to.contain('sip:1001');
    expect(cc.snapshot.errors[0]?.code).to.equal('invalid-sip-uri');
    await cc.destroy();
  });

  it('unregisters on logout and registers again on the next login', async () => {
    const a = await pool.agent(1);
    await within(5000, 'logout', a.cc.agent.logout());
    expect(a.connection.registration).to.equal('unregistered');
    expect(a.connection.transport).to.equal('disconnected');
    expect(a.state.agent.presence).to.equal('offline');
    await a.login();
    expect(a.state.agent.presence).to.equal('ready');
  });
});
