import { expect } from '@open-wc/testing';
import type { Backend } from '../../core/backends/backend.js';
import {
  createCallCenter,
  type CallCenter,
  type CallCenterConfig,
} from '../../core/call-center.js';
import { CallCenterError } from '../../core/model/errors.js';
import type { CallCenterState } from '../../core/store/state.js';
import {
  createFakeBackend,
  FAKE_INPUTS,
  FAKE_REASONS,
  makeBusyRosterAgent,
  makeQueue,
  makeRosterAgent,
  makeWaitingCall,
  type FakeBackend,
  type FakeBackendOptions,
  type FakeMethod,
} from '../helpers/fake-backend.js';
import { rejectionOf } from '../helpers/errors.js';

const BREAK = FAKE_REASONS.find((r) => r.code === '11')!;
const LUNCH = FAKE_REASONS.find((r) => r.code === '12')!;

let open: CallCenter[] = [];

async function setup(
  options: FakeBackendOptions = {},
  config: Omit<CallCenterConfig, 'backend'> = {},
): Promise<{ fake: FakeBackend; cc: CallCenter }> {
  const fake = createFakeBackend(options);
  const cc = createCallCenter({ backend: fake.backend, commandTimeout: 2000, ...config });
  open.push(cc);
  await cc.ready;
  return { fake, cc };
}

/** A call center with the agent in a scenario; returns the scenario's calls too. */
async function inScenario(
  scenario: Parameters<FakeBackend['setScenario']>[0],
  options: FakeBackendOptions = {},
) {
  const { fake, cc } = await setup(options);
  const calls = fake.setScenario(scenario);
  fake.reset();
  return { fake, cc, calls };
}

/** Asserts the command was refused or invalid: typed error, nothing changed, back end not asked. */
async function expectRefused(
  cc: CallCenter,
  fake: FakeBackend,
  run: () => Promise<unknown>,
  code: CallCenterError['code'],
  command: string,
): Promise<CallCenterError> {
  const before: CallCenterState = cc.snapshot;
  const recorded = fake.calls.length;
  const error = await rejectionOf(run());
  expect(error.code, error.message).to.equal(code);
  expect(error.command).to.equal(command);
  expect(cc.snapshot, 'the state is the same object').to.equal(before);
  expect(fake.calls.length, 'the back end was not asked').to.equal(recorded);
  return error;
}

afterEach(async () => {
  await Promise.all(open.map((cc) => cc.destroy().catch(() => undefined)));
  open = [];
});

describe('createCallCenter', () => {
  describe('start-up', () => {
    it('starts the back end and takes its name, capabilities and lists', async () => {
      const { fake, cc } = await setup({ capabilities: { hold: false }, wrapUpSeconds: 30 });
      expect(fake.callsTo('start')).to.have.length(1);
      expect(cc.snapshot.backend).to.equal(fake.backend.info);
      expect(cc.snapshot.backend.capabilities.hold).to.equal(false);
      expect(cc.snapshot.connection.transport).to.equal('connected');
    });

    it('accepts a promise of a back end', async () => {
      const fake = createFakeBackend();
      const cc = createCallCenter({ backend: Promise.resolve(fake.backend) });
      open.push(cc);
      await cc.ready;
      expect(cc.snapshot.backend.name).to.equal('fake');
    });

    it('throws unknown-backend at once for a name that is not registered, naming the real ones', () => {
      let error: unknown;
      try {
        createCallCenter({ backend: 'nope' });
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(CallCenterError);
      expect((error as CallCenterError).code).to.equal('unknown-backend');
      expect((error as CallCenterError).message)
        .to.contain('nope')
        .and.contain('demo')
        .and.contain('sip');
    });

    it('reports a back end that fails to start: ready rejects, commands reject, the error is kept', async () => {
      const fake = createFakeBackend();
      fake.fail('start', new CallCenterError('network', 'Cannot reach the server.'));
      const cc = createCallCenter({ backend: fake.backend });
      open.push(cc);
      expect((await rejectionOf(cc.ready)).code).to.equal('network');
      expect(cc.snapshot.connection.transport).to.equal('disconnected');
      expect(cc.snapshot.errors[0]!.code).to.equal('network');
      const error = await rejectionOf(cc.agent.login({ agentId: '1001' }));
      expect(error.code).to.equal('network');
      expect(error.command).to.equal('agent.login');
      expect(fake.callsTo('login')).to.deep.equal([]);
    });

    it("checks input against the back end's lists even when a command is sent before start-up finished", async () => {
      const fake = createFakeBackend({
        capabilities: { phoneTypes: ['webrtc'] },
        phoneTypes: ['webrtc'],
      });
      const cc = createCallCenter({ backend: fake.backend });
      open.push(cc);
      const error = await rejectionOf(cc.agent.login({ agentId: '1001', phoneType: 'pstn' }));
      expect(error.code).to.equal('invalid-login');
      expect(fake.callsTo('login')).to.deep.equal([]);
    });
  });

  describe('agent commands', () => {
    it('logs in: the back end gets the request, and the agent is logged in and not ready when it resolves', async () => {
      const { fake, cc } = await setup();
      await cc.agent.login({ agentId: '1001', extension: '8001', phoneType: 'sip' });
      expect(fake.callsTo('login')).to.deep.equal([
        [{ agentId: '1001', extension: '8001', phoneType: 'sip' }],
      ]);
      expect(cc.snapshot.agent).to.include({
        id: '1001',
        extension: '8001',
        phoneType: 'sip',
        presence: 'not-ready',
      });
    });

    it('goes ready and not ready with a reason given by code, sending the full reason', async () => {
      const { fake, cc } = await inScenario('not-ready');
      await cc.agent.setReady();
      expect(cc.snapshot.agent.presence).to.equal('ready');
      await cc.agent.setNotReady('11');
      expect(fake.callsTo('setNotReady')).to.deep.equal([[BREAK]]);
      expect(cc.snapshot.agent).to.include({ presence: 'not-ready' });
      expect(cc.snapshot.agent.reason).to.deep.equal(BREAK);
    });

    it('extends and ends wrap-up', async () => {
      const { fake, cc } = await inScenario('wrap-up', { wrapUpSeconds: 30 });
      const deadline = cc.snapshot.agent.wrapUpDeadline!;
      await cc.agent.extendWrapUp(60);
      expect(fake.callsTo('extendWrapUp')).to.deep.equal([[60]]);
      expect(cc.snapshot.agent.wrapUpDeadline).to.equal(deadline + 60_000);
      await cc.agent.endWrapUp({ presence: 'not-ready', reason: { code: '12', label: 'x' } });
      expect(fake.callsTo('endWrapUp')).to.deep.equal([[{ presence: 'not-ready', reason: LUNCH }]]);
      expect(cc.snapshot.agent.presence).to.equal('not-ready');
    });

    it('ends wrap-up to ready by default', async () => {
      const { fake, cc } = await inScenario('wrap-up');
      await cc.agent.endWrapUp();
      expect(fake.callsTo('endWrapUp')).to.deep.equal([[{ presence: 'ready' }]]);
      expect(cc.snapshot.agent.presence).to.equal('ready');
    });

    it('requests and clears a next state while on a call', async () => {
      const { fake, cc } = await inScenario('talking');
      await cc.agent.requestNextState('ready');
      expect(cc.snapshot.agent.nextState).to.deep.equal({ presence: 'ready' });
      await cc.agent.requestNextState(null);
      expect(fake.callsTo('requestNextState')).to.deep.equal([[{ presence: 'ready' }], [null]]);
      expect(cc.snapshot.agent.nextState).to.equal(null);
    });

    it('logs out', async () => {
      const { fake, cc } = await inScenario('ready');
      await cc.agent.logout();
      expect(fake.callsTo('logout')).to.deep.equal([[]]);
      expect(cc.snapshot.agent.presence).to.equal('offline');
    });
  });

  describe('call commands', () => {
    it('dials the cleaned number with the chosen caller id and resolves with a call that exists', async () => {
      const { fake, cc } = await inScenario('ready');
      const id = await cc.calls.dial('+86 (10) 8888-1234', { callerId: 'hotline' });
      expect(fake.callsTo('dial')).to.deep.equal([
        [{ number: '+861088881234', callerId: 'hotline' }],
      ]);
      expect(cc.snapshot.calls.byId[id]).to.include({
        state: 'dialing',
        direction: 'outbound',
        callerId: '4008001234',
      });
      expect(cc.snapshot.calls.activeId).to.equal(id);
    });

    it('answers the ringing call and rejects it by default', async () => {
      const { fake, cc, calls } = await inScenario('ringing');
      await cc.calls.answer();
      expect(fake.callsTo('answer')).to.deep.equal([[calls[0]!.id]]);
      expect(cc.snapshot.calls.byId[calls[0]!.id]!.state).to.equal('talking');

      const second = fake.ring({ remote: { number: '13900139000' } });
      await cc.calls.reject();
      expect(fake.callsTo('reject')).to.deep.equal([[second.id]]);
      expect(cc.snapshot.calls.byId[second.id]).to.equal(undefined);
    });

    it('answers the oldest ringing call, not the active one', async () => {
      const { fake, cc, calls } = await inScenario('talking');
      const ringing = fake.ring();
      await cc.calls.answer();
      expect(fake.callsTo('answer')).to.deep.equal([[ringing.id]]);
      expect(cc.snapshot.calls.byId[calls[0]!.id]!.state).to.equal('held');
      expect(cc.snapshot.calls.activeId).to.equal(ringing.id);
    });

    it('hangs up the active call; hanging up a ringing call rejects it', async () => {
      const { fake, cc, calls } = await inScenario('talking');
      const ringing = fake.ring();
      await cc.calls.hangup(ringing.id);
      expect(fake.callsTo('reject')).to.deep.equal([[ringing.id]]);
      expect(fake.callsTo('hangup')).to.deep.equal([]);
      await cc.calls.hangup();
      expect(fake.callsTo('hangup')).to.deep.equal([[calls[0]!.id]]);
      expect(cc.snapshot.calls.order).to.deep.equal([]);
      expect(cc.snapshot.calls.history[0]!.id).to.equal(calls[0]!.id);
    });

    it('holds, resumes, mutes and unmutes the active call', async () => {
      const { fake, cc, calls } = await inScenario('talking');
      const id = calls[0]!.id;
      await cc.calls.hold();
      expect(cc.snapshot.calls.byId[id]!.state).to.equal('held');
      await cc.calls.resume();
      expect(cc.snapshot.calls.byId[id]!.state).to.equal('talking');
      await cc.calls.mute();
      expect(cc.snapshot.calls.byId[id]!.muted).to.equal(true);
      await cc.calls.unmute();
      expect(cc.snapshot.calls.byId[id]!.muted).to.equal(false);
      expect(fake.calls.map((c) => [c.method, ...c.args])).to.deep.equal([
        ['hold', id],
        ['resume', id],
        ['mute', id],
        ['unmute', id],
      ]);
    });

    it('sends validated DTMF digits to the active call', async () => {
      const { fake, cc, calls } = await inScenario('talking');
      await cc.calls.sendDtmf('12a#');
      expect(fake.callsTo('sendDtmf')).to.deep.equal([[calls[0]!.id, '12A#']]);
    });

    it('transfers the active call to a parsed target; the call ends as transferred', async () => {
      const { fake, cc, calls } = await inScenario('talking');
      await cc.calls.transfer('queue:sales');
      expect(fake.callsTo('transfer')).to.deep.equal([
        [calls[0]!.id, { kind: 'queue', queueId: 'sales' }],
      ]);
      expect(cc.snapshot.calls.history[0]).to.include({
        id: calls[0]!.id,
        endCause: 'transferred',
      });
    });

    it('consults, then completes the transfer', async () => {
      const { fake, cc, calls } = await inScenario('talking');
      const customer = calls[0]!.id;
      const consultId = await cc.calls.consult('agent:1002');
      expect(fake.callsTo('consult')).to.deep.equal([
        [customer, { kind: 'agent', agentId: '1002' }],
      ]);
      expect(cc.snapshot.calls.byId[consultId]).to.include({
        consultOf: customer,
        state: 'dialing',
      });
      expect(cc.snapshot.calls.byId[customer]!.state).to.equal('held');
      fake.remoteAnswer(consultId);
      await cc.calls.completeTransfer();
      expect(fake.callsTo('completeTransfer')).to.deep.equal([[consultId]]);
      expect(cc.snapshot.calls.order).to.deep.equal([]);
    });

    it('cancels an unanswered consultation, back to the held customer', async () => {
      const { fake, cc, calls } = await inScenario('talking');
      const consultId = await cc.calls.consult('8002');
      await cc.calls.cancelConsult();
      expect(fake.callsTo('cancelConsult')).to.deep.equal([[consultId]]);
      expect(cc.snapshot.calls.activeId).to.equal(calls[0]!.id);
      expect(cc.snapshot.calls.byId[calls[0]!.id]!.state).to.equal('held');
    });

    it('retrieves the customer from an answered consultation', async () => {
      const { fake, cc, calls } = await inScenario('consulting');
      const [customer, consult] = calls;
      await cc.calls.retrieve();
      expect(fake.callsTo('retrieve')).to.deep.equal([[consult!.id]]);
      expect(cc.snapshot.calls.order).to.deep.equal([customer!.id]);
      expect(cc.snapshot.calls.byId[customer!.id]!.state).to.equal('talking');
    });

    it('turns an answered consultation into a conference', async () => {
      const { fake, cc, calls } = await inScenario('consulting');
      const [customer, consult] = calls;
      await cc.calls.conference();
      expect(fake.callsTo('conference')).to.deep.equal([[consult!.id]]);
      expect(cc.snapshot.calls.byId[customer!.id]).to.include({
        conference: true,
        state: 'talking',
      });
      expect(cc.snapshot.calls.byId[consult!.id]).to.include({ conference: true, consultOf: null });
    });

    it('switches to a held call', async () => {
      const { fake, cc, calls } = await inScenario('held');
      await cc.calls.dial('10086');
      fake.remoteAnswer();
      await cc.calls.switchTo(calls[0]!.id);
      expect(fake.callsTo('switchTo')).to.deep.equal([[calls[0]!.id]]);
      expect(cc.snapshot.calls.activeId).to.equal(calls[0]!.id);
      expect(cc.snapshot.calls.byId[calls[0]!.id]!.state).to.equal('talking');
    });

    it('acts on a named call instead of the active one', async () => {
      const { fake, cc, calls } = await inScenario('held');
      const dialed = await cc.calls.dial('10086');
      await cc.calls.hangup(calls[0]!.id);
      expect(fake.callsTo('hangup')).to.deep.equal([[calls[0]!.id]]);
      expect(cc.snapshot.calls.order).to.deep.equal([dialed]);
    });
  });

  describe('supervisor commands', () => {
    const roster = [
      makeRosterAgent({ id: 'ann', name: 'Ann' }),
      makeBusyRosterAgent({ id: 'ben', name: 'Ben' }),
      makeRosterAgent({ id: 'cat', name: 'Cat', presence: 'not-ready', reason: BREAK }),
    ];

    async function supervisorSetup(options: FakeBackendOptions = {}) {
      const { fake, cc } = await inScenario('ready', options);
      fake.setRoster(roster, [makeQueue({ id: 'support' })]);
      fake.setWaiting([makeWaitingCall({ id: 'w1' })]);
      return { fake, cc };
    }

    it('listens, escalates to barge and stops', async () => {
      const { fake, cc } = await supervisorSetup();
      await cc.supervisor.listen('ben');
      expect(cc.snapshot.supervisor.supervising).to.deep.equal({
        agentId: 'ben',
        callId: 'remote-call-ben',
        mode: 'listen',
      });
      await cc.supervisor.barge('ben');
      expect(cc.snapshot.supervisor.supervising!.mode).to.equal('barge');
      await cc.supervisor.stop();
      expect(cc.snapshot.supervisor.supervising).to.equal(null);
      expect(fake.calls.map((c) => [c.method, ...c.args])).to.deep.equal([
        ['supervisor.listen', 'ben'],
        ['supervisor.barge', 'ben'],
        ['supervisor.stop'],
      ]);
    });

    it('forces presences with a validated reason', async () => {
      const { fake, cc } = await supervisorSetup();
      await cc.supervisor.forceNotReady('ann', '12');
      expect(fake.callsTo('supervisor.forceNotReady')).to.deep.equal([['ann', LUNCH]]);
      expect(cc.snapshot.supervisor.agents.ann!.presence).to.equal('not-ready');
      await cc.supervisor.forceReady('cat');
      await cc.supervisor.forceLogout('cat');
      expect(cc.snapshot.supervisor.agents.cat!.presence).to.equal('offline');
    });

    it('takes over and picks up calls, which become the supervisor’s own', async () => {
      const { fake, cc } = await supervisorSetup();
      await cc.supervisor.takeOver('ben');
      expect(fake.callsTo('supervisor.takeOver')).to.deep.equal([['ben']]);
      expect(cc.snapshot.calls.order).to.have.length(1);
      await cc.calls.hangup();
      await cc.supervisor.pickUp('w1');
      expect(fake.callsTo('supervisor.pickUp')).to.deep.equal([['w1']]);
      expect(cc.snapshot.supervisor.waiting).to.deep.equal([]);
      expect(cc.snapshot.calls.order).to.have.length(1);
    });

    it('refuses supervisor commands on a back end without them (not-supported)', async () => {
      const { fake, cc } = await supervisorSetup({ capabilities: { supervisor: [] } });
      expect(fake.backend.supervisor).to.equal(undefined);
      await expectRefused(
        cc,
        fake,
        () => cc.supervisor.listen('ben'),
        'not-supported',
        'supervisor.listen',
      );
    });

    it('refuses to listen to an idle agent (not-allowed) and an empty agent id (invalid)', async () => {
      const { fake, cc } = await supervisorSetup();
      await expectRefused(
        cc,
        fake,
        () => cc.supervisor.listen('ann'),
        'not-allowed',
        'supervisor.listen',
      );
      await expectRefused(
        cc,
        fake,
        () => cc.supervisor.forceReady(''),
        'unknown-agent',
        'supervisor.forceReady',
      );
      await expectRefused(
        cc,
        fake,
        () => cc.supervisor.forceNotReady('ann', '99'),
        'unknown-reason',
        'supervisor.forceNotReady',
      );
    });
  });

  describe('device commands', () => {
    it('lists devices and selects them', async () => {
      const { fake, cc } = await setup();
      const list = await cc.devices.list();
      expect(list.inputs).to.deep.equal(FAKE_INPUTS);
      await cc.devices.selectInput('mic-headset');
      await cc.devices.selectOutput('spk-headset');
      await cc.devices.selectRinger(null);
      expect(fake.callsTo('devices.selectInput')).to.deep.equal([['mic-headset']]);
      expect(cc.snapshot.devices).to.include({
        input: 'mic-headset',
        output: 'spk-headset',
        ringer: null,
      });
    });

    it('refuses an unknown device with a rejected promise (invalid-device), the back end not asked', async () => {
      const { fake, cc } = await setup();
      const before = cc.snapshot;
      let promise: Promise<void> | undefined;
      expect(
        () => (promise = cc.devices.selectInput('no-such-mic')),
        'does not throw synchronously',
      ).not.to.throw();
      const error = await rejectionOf(promise!);
      expect(error).to.include({ code: 'invalid-device', command: 'devices.selectInput' });
      expect(cc.snapshot).to.equal(before);
      expect(fake.callsTo('devices.selectInput')).to.deep.equal([]);
    });

    it('refuses device commands on a back end without local media (not-supported)', async () => {
      const { fake, cc } = await setup({ capabilities: { localMedia: false } });
      expect(fake.backend.devices).to.equal(undefined);
      const error = await rejectionOf(cc.devices.selectInput('mic-1'));
      expect(error.code).to.equal('not-supported');
      expect(error.command).to.equal('devices.selectInput');
    });

    it('records a device failure in errors', async () => {
      const { fake, cc } = await setup();
      fake.fail('devices.enableAudio', new CallCenterError('audio-blocked', 'Still blocked.'));
      expect((await rejectionOf(cc.devices.enableAudio())).code).to.equal('audio-blocked');
      expect(cc.snapshot.errors[0]).to.include({
        code: 'audio-blocked',
        command: 'devices.enableAudio',
      });
    });
  });

  describe('refused commands', () => {
    it('refuses a command not allowed now with not-allowed, changing nothing', async () => {
      const { fake, cc } = await inScenario('ready');
      const error = await expectRefused(
        cc,
        fake,
        () => cc.calls.hold(),
        'not-allowed',
        'calls.hold',
      );
      expect(error.message).to.equal(cc.refusal('calls.hold')!.reason);
      await expectRefused(
        cc,
        fake,
        () => cc.agent.login({ agentId: '1001' }),
        'not-allowed',
        'agent.login',
      );
      await expectRefused(cc, fake, () => cc.agent.endWrapUp(), 'not-allowed', 'agent.endWrapUp');
      await expectRefused(
        cc,
        fake,
        () => cc.calls.switchTo('nope'),
        'not-allowed',
        'calls.switchTo',
      );
    });

    it('refuses a command the back end lacks with not-supported, changing nothing', async () => {
      const { fake, cc } = await inScenario('talking', {
        capabilities: { hold: false, dtmf: null, consult: false },
      });
      await expectRefused(cc, fake, () => cc.calls.hold(), 'not-supported', 'calls.hold');
      await expectRefused(
        cc,
        fake,
        () => cc.calls.sendDtmf('1'),
        'not-supported',
        'calls.sendDtmf',
      );
      await expectRefused(cc, fake, () => cc.calls.retrieve(), 'not-supported', 'calls.retrieve');
    });

    it('refuses invalid input with its own code, before asking the back end', async () => {
      const { fake, cc } = await inScenario('talking');
      await expectRefused(cc, fake, () => cc.calls.sendDtmf('x'), 'invalid-dtmf', 'calls.sendDtmf');
      await expectRefused(
        cc,
        fake,
        () => cc.calls.sendDtmf('1'.repeat(25)),
        'dtmf-too-long',
        'calls.sendDtmf',
      );
      await expectRefused(
        cc,
        fake,
        () => cc.calls.transfer(''),
        'empty-transfer-target',
        'calls.transfer',
      );
      await expectRefused(
        cc,
        fake,
        () => cc.calls.transfer('ivr:nowhere'),
        'invalid-transfer-target',
        'calls.transfer',
      );
      await expectRefused(
        cc,
        fake,
        () =>
          cc.agent.requestNextState({ presence: 'not-ready', reason: { code: '99', label: '?' } }),
        'unknown-reason',
        'agent.requestNextState',
      );
    });

    it('refuses an invalid number before the allowed-actions check', async () => {
      const { fake, cc } = await inScenario('ready', { capabilities: { sipUris: false } });
      await expectRefused(cc, fake, () => cc.calls.dial(''), 'empty-number', 'calls.dial');
      await expectRefused(cc, fake, () => cc.calls.dial('12a#'), 'invalid-number', 'calls.dial');
      await expectRefused(
        cc,
        fake,
        () => cc.calls.dial('sip:bob@pbx'),
        'invalid-number',
        'calls.dial',
      );
      await expectRefused(
        cc,
        fake,
        () => cc.calls.dial('10086', { callerId: 'nope' }),
        'invalid-config',
        'calls.dial',
      );
    });

    it('refuses an out-of-range wrap-up extension and an unknown reason', async () => {
      const { fake, cc } = await inScenario('wrap-up');
      for (const seconds of [10, 901, 30.5]) {
        await expectRefused(
          cc,
          fake,
          () => cc.agent.extendWrapUp(seconds),
          'wrap-up-extension-out-of-range',
          'agent.extendWrapUp',
        );
      }
      await expectRefused(
        cc,
        fake,
        () => cc.agent.setNotReady('99'),
        'unknown-reason',
        'agent.setNotReady',
      );
    });

    it('refuses a transfer to an agent who is not in the roster', async () => {
      const { fake, cc } = await inScenario('talking');
      fake.setRoster([makeRosterAgent({ id: 'ann' })]);
      await expectRefused(
        cc,
        fake,
        () => cc.calls.transfer('agent:zed'),
        'unknown-agent',
        'calls.transfer',
      );
    });

    it('refuses a login without an agent id', async () => {
      const { fake, cc } = await setup();
      await expectRefused(
        cc,
        fake,
        () => cc.agent.login({ agentId: ' ' }),
        'invalid-login',
        'agent.login',
      );
    });
  });

  describe('back-end failures', () => {
    it('rethrows a refusal of the back end with its code and vendor text, and records it', async () => {
      const { fake, cc, calls } = await inScenario('talking');
      fake.fail(
        'hold',
        new CallCenterError('rejected-by-backend', 'Line busy.', {
          vendor: { code: '1003', message: '线路忙' },
        }),
      );
      const error = await rejectionOf(cc.calls.hold());
      expect(error).to.include({
        code: 'rejected-by-backend',
        command: 'calls.hold',
        message: 'Line busy.',
      });
      expect(error.vendor).to.deep.equal({ code: '1003', message: '线路忙' });
      expect(cc.snapshot.errors).to.have.length(1);
      expect(cc.snapshot.errors[0]).to.include({
        code: 'rejected-by-backend',
        command: 'calls.hold',
      });
      expect(cc.snapshot.errors[0]!.vendor).to.deep.equal({ code: '1003', message: '线路忙' });
      expect(cc.snapshot.calls.byId[calls[0]!.id]!.state).to.equal('talking');
      expect(cc.snapshot.pending).to.deep.equal([]);
    });

    it('turns anything else a back end throws into server-error, keeping the original as cause', async () => {
      const { fake, cc } = await inScenario('talking');
      const original = new TypeError('x is undefined');
      fake.respond('mute', () => Promise.reject(original));
      const error = await rejectionOf(cc.calls.mute());
      expect(error.code).to.equal('server-error');
      expect(error.cause).to.equal(original);
      expect(error.message).not.to.contain('undefined');
    });

    it('fails with timeout when the back end never answers, and clears pending', async () => {
      const { fake, cc } = await setup({}, { commandTimeout: 50 });
      fake.setScenario('talking');
      fake.respond('hold', 'hang');
      const error = await rejectionOf(cc.calls.hold());
      expect(error).to.include({ code: 'timeout', command: 'calls.hold' });
      expect(cc.snapshot.errors[0]).to.include({ code: 'timeout', command: 'calls.hold' });
      expect(cc.snapshot.pending).to.deep.equal([]);
    });

    it('lets the host dismiss one error', async () => {
      const { fake, cc } = await inScenario('talking');
      fake.respond('hold', 'reject');
      fake.respond('mute', 'reject');
      await rejectionOf(cc.calls.hold());
      await rejectionOf(cc.calls.mute());
      const [newest, oldest] = cc.snapshot.errors;
      expect(newest!.command).to.equal('calls.mute');
      cc.dismissError(newest!.id);
      expect(cc.snapshot.errors).to.deep.equal([oldest]);
    });
  });

  describe('settling with the back end', () => {
    type Scenario = Parameters<FakeBackend['setScenario']>[0];
    const COMMANDS: [string, Scenario, FakeMethod, (cc: CallCenter) => Promise<unknown>][] = [
      ['agent.setReady', 'not-ready', 'setReady', (cc) => cc.agent.setReady()],
      ['agent.setNotReady', 'ready', 'setNotReady', (cc) => cc.agent.setNotReady('2')],
      ['agent.logout', 'ready', 'logout', (cc) => cc.agent.logout()],
      ['agent.extendWrapUp', 'wrap-up', 'extendWrapUp', (cc) => cc.agent.extendWrapUp(30)],
      ['agent.endWrapUp', 'wrap-up', 'endWrapUp', (cc) => cc.agent.endWrapUp()],
      [
        'agent.requestNextState',
        'talking',
        'requestNextState',
        (cc) => cc.agent.requestNextState('ready'),
      ],
      ['calls.dial', 'ready', 'dial', (cc) => cc.calls.dial('10086')],
      ['calls.answer', 'ringing', 'answer', (cc) => cc.calls.answer()],
      ['calls.reject', 'ringing', 'reject', (cc) => cc.calls.reject()],
      ['calls.hangup', 'talking', 'hangup', (cc) => cc.calls.hangup()],
      ['calls.hold', 'talking', 'hold', (cc) => cc.calls.hold()],
      ['calls.resume', 'held', 'resume', (cc) => cc.calls.resume()],
      ['calls.mute', 'talking', 'mute', (cc) => cc.calls.mute()],
      ['calls.sendDtmf', 'talking', 'sendDtmf', (cc) => cc.calls.sendDtmf('5')],
      ['calls.transfer', 'talking', 'transfer', (cc) => cc.calls.transfer('8002')],
      ['calls.consult', 'talking', 'consult', (cc) => cc.calls.consult('8002')],
      ['calls.retrieve', 'consulting', 'retrieve', (cc) => cc.calls.retrieve()],
      [
        'calls.completeTransfer',
        'consulting',
        'completeTransfer',
        (cc) => cc.calls.completeTransfer(),
      ],
      ['calls.conference', 'consulting', 'conference', (cc) => cc.calls.conference()],
    ];

    for (const [command, scenario, method, invoke] of COMMANDS) {
      it(`${command} is pending until the back end answers, then settles`, async () => {
        const { fake, cc } = await inScenario(scenario, { autoConfirm: false });
        let settled = false;
        const promise = invoke(cc).finally(() => (settled = true));
        await new Promise((r) => setTimeout(r));
        expect(fake.inFlight.map((c) => c.method)).to.deep.equal([method]);
        expect(cc.snapshot.pending).to.deep.equal([command]);
        expect(settled).to.equal(false);
        await fake.confirm(method);
        await promise;
        expect(cc.snapshot.pending).to.deep.equal([]);
      });
    }
  });

  describe('pending', () => {
    it('lists the command while the back end works on it and settles with the back end', async () => {
      const { fake, cc } = await inScenario('talking');
      fake.respond('hold', 'hang');
      let settled = false;
      const hold = cc.calls.hold().then(() => (settled = true));
      await Promise.resolve();
      await new Promise((r) => setTimeout(r));
      expect(cc.snapshot.pending).to.deep.equal(['calls.hold']);
      expect(settled).to.equal(false);
      await fake.confirm('hold');
      await hold;
      expect(settled).to.equal(true);
      expect(cc.snapshot.pending).to.deep.equal([]);
      expect(cc.snapshot.calls.byId[cc.snapshot.calls.activeId!]!.state).to.equal('held');
    });

    it('refuses a second dial while the first is in flight (double click)', async () => {
      const { fake, cc } = await inScenario('ready', { autoConfirm: false });
      const first = cc.calls.dial('10086');
      const second = rejectionOf(cc.calls.dial('10086'));
      await new Promise((r) => setTimeout(r));
      expect(fake.callsTo('dial')).to.have.length(1);
      await fake.confirm('dial');
      await first;
      expect((await second).code).to.equal('not-allowed');
    });

    it('lists a command twice while it is in flight twice', async () => {
      const { fake, cc } = await inScenario('talking', { autoConfirm: false });
      const first = cc.calls.sendDtmf('1');
      const second = cc.calls.sendDtmf('2');
      await new Promise((r) => setTimeout(r));
      expect(cc.snapshot.pending).to.deep.equal(['calls.sendDtmf', 'calls.sendDtmf']);
      await fake.confirm('sendDtmf');
      await first;
      expect(cc.snapshot.pending).to.deep.equal(['calls.sendDtmf']);
      fake.refuse('sendDtmf');
      await rejectionOf(second);
      expect(cc.snapshot.pending).to.deep.equal([]);
    });
  });

  describe('destroy', () => {
    it('releases the back end, completes state$ and refuses later commands with destroyed', async () => {
      const { fake, cc } = await inScenario('ready');
      let completed = false;
      cc.state$.subscribe({ complete: () => (completed = true) });
      await cc.destroy();
      expect(cc.destroyed).to.equal(true);
      expect(completed).to.equal(true);
      expect(fake.callsTo('destroy')).to.have.length(1);
      const error = await rejectionOf(cc.calls.dial('10086'));
      expect(error).to.include({ code: 'destroyed', command: 'calls.dial' });
      expect((await rejectionOf(cc.devices.list())).code).to.equal('destroyed');
      expect(fake.callsTo('dial')).to.deep.equal([]);
    });

    it('is idempotent', async () => {
      const { fake, cc } = await setup();
      await cc.destroy();
      await cc.destroy();
      expect(fake.callsTo('destroy')).to.have.length(1);
    });

    it('destroys a back end that arrives after the call center was destroyed', async () => {
      const fake = createFakeBackend();
      let deliver!: (b: Backend) => void;
      const cc = createCallCenter({ backend: new Promise<Backend>((r) => (deliver = r)) });
      await cc.destroy();
      deliver(fake.backend);
      expect((await rejectionOf(cc.ready)).code).to.equal('destroyed');
      expect(fake.callsTo('destroy')).to.have.length(1);
      expect(fake.callsTo('start')).to.deep.equal([]);
    });
  });

  it('allowed() and refusal() read the current state', async () => {
    const { fake, cc } = await inScenario('ready');
    expect(cc.allowed().calls.dial).to.equal(true);
    expect(cc.refusal('calls.hold')!.code).to.equal('not-allowed');
    fake.setScenario('talking');
    expect(cc.allowed().calls.dial).to.equal(false);
    expect(cc.refusal('calls.hold')).to.equal(null);
  });
});
