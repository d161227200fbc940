/**
 * The fake back end is what tests and stories stand on: its scenarios must be the states they
 * claim, as the kit sees them.
 */
import { expect } from '@open-wc/testing';
import { createCallCenter, type CallCenter } from '../../core/call-center.js';
import { CallCenterError } from '../../core/model/errors.js';
import { selectWork } from '../../core/store/selectors.js';
import type { WorkState } from '../../core/store/state.js';
import { createFakeBackend, T0, type FakeBackend, type FakeScenario } from './fake-backend.js';
import { rejectionOf } from './errors.js';

let open: CallCenter[] = [];

async function connect(fake: FakeBackend): Promise<CallCenter> {
  const cc = createCallCenter({ backend: fake.backend, commandTimeout: 2000 });
  open.push(cc);
  await cc.ready;
  return cc;
}

afterEach(async () => {
  await Promise.all(open.map((cc) => cc.destroy()));
  open = [];
});

const SCENARIOS: Record<
  FakeScenario,
  { presence: string; work: WorkState; allowed: string[]; refused: string[] }
> = {
  offline: {
    presence: 'offline',
    work: 'idle',
    allowed: ['agent.login'],
    refused: ['calls.dial', 'agent.setReady'],
  },
  ready: {
    presence: 'ready',
    work: 'idle',
    allowed: ['calls.dial', 'agent.setNotReady', 'agent.logout'],
    refused: ['agent.setReady', 'calls.hangup'],
  },
  'not-ready': {
    presence: 'not-ready',
    work: 'idle',
    allowed: ['agent.setReady', 'calls.dial'],
    refused: ['agent.login'],
  },
  ringing: {
    presence: 'ready',
    work: 'ringing',
    allowed: ['calls.answer', 'calls.reject', 'calls.hangup'],
    refused: ['calls.hold', 'calls.dial'],
  },
  dialing: {
    presence: 'ready',
    work: 'dialing',
    allowed: ['calls.hangup', 'calls.mute'],
    refused: ['calls.hold', 'calls.dial', 'calls.answer'],
  },
  talking: {
    presence: 'ready',
    work: 'talking',
    allowed: [
      'calls.hold',
      'calls.mute',
      'calls.sendDtmf',
      'calls.transfer',
      'calls.consult',
      'agent.requestNextState',
    ],
    refused: ['calls.resume', 'agent.logout'],
  },
  held: {
    presence: 'ready',
    work: 'held',
    allowed: ['calls.resume', 'calls.dial', 'calls.hangup'],
    refused: ['calls.hold', 'calls.sendDtmf'],
  },
  consulting: {
    presence: 'ready',
    work: 'consulting',
    allowed: ['calls.retrieve', 'calls.completeTransfer', 'calls.conference'],
    refused: ['calls.cancelConsult', 'calls.transfer', 'calls.consult'],
  },
  conference: {
    presence: 'ready',
    work: 'conferencing',
    allowed: ['calls.hangup', 'calls.mute'],
    refused: ['calls.hold', 'calls.consult'],
  },
  'wrap-up': {
    presence: 'wrap-up',
    work: 'idle',
    allowed: ['agent.endWrapUp', 'agent.extendWrapUp', 'calls.dial'],
    refused: ['calls.hangup'],
  },
};

describe('createFakeBackend', () => {
  describe('setScenario', () => {
    for (const [scenario, expected] of Object.entries(SCENARIOS) as [
      FakeScenario,
      (typeof SCENARIOS)[FakeScenario],
    ][]) {
      it(`puts the kit in "${scenario}"`, async () => {
        const fake = createFakeBackend();
        const cc = await connect(fake);
        fake.setScenario(scenario);
        expect(cc.snapshot.agent.presence).to.equal(expected.presence);
        expect(selectWork(cc.snapshot)).to.equal(expected.work);
        for (const command of expected.allowed)
          expect(cc.refusal(command as never), command).to.equal(null);
        for (const command of expected.refused)
          expect(cc.refusal(command as never), command).not.to.equal(null);
      });
    }

    it('reaches a call center created afterwards, through start()', async () => {
      const fake = createFakeBackend();
      const calls = fake.setScenario('consulting');
      const cc = await connect(fake);
      expect(cc.snapshot.calls.order).to.deep.equal(calls.map((c) => c.id));
      expect(cc.snapshot.calls.activeId).to.equal(calls[1]!.id);
      expect(selectWork(cc.snapshot)).to.equal('consulting');
    });

    it('leaves a call in the history and a wrap-up deadline in "wrap-up"', async () => {
      const fake = createFakeBackend({ wrapUpSeconds: 45, now: () => T0 });
      const cc = await connect(fake);
      fake.setScenario('wrap-up');
      expect(cc.snapshot.calls.history).to.have.length(1);
      expect(cc.snapshot.agent.wrapUpDeadline).to.equal(T0 - 5_000 + 45_000);
    });

    it('moves from any scenario to any other', async () => {
      const fake = createFakeBackend();
      const cc = await connect(fake);
      fake.setScenario('conference');
      fake.setScenario('ringing');
      expect(cc.snapshot.calls.order).to.have.length(1);
      fake.setScenario('offline');
      expect(cc.snapshot.calls.order).to.deep.equal([]);
      expect(cc.snapshot.agent.presence).to.equal('offline');
    });
  });

  describe('capabilities', () => {
    it('has the supervisor and device groups when the capabilities say so', () => {
      const full = createFakeBackend();
      expect(full.backend.supervisor).to.be.an('object');
      expect(full.backend.devices).to.be.an('object');
      const bare = createFakeBackend({ capabilities: { supervisor: [], localMedia: false } });
      expect(bare.backend.supervisor).to.equal(undefined);
      expect(bare.backend.devices).to.equal(undefined);
    });

    it('puts the options into info', () => {
      const fake = createFakeBackend({
        capabilities: { hold: false },
        reasons: [{ code: 'x', label: 'X' }],
        wrapUpSeconds: 20,
        name: 'vendor-x',
      });
      expect(fake.backend.info).to.deep.include({
        name: 'vendor-x',
        wrapUpSeconds: 20,
        reasons: [{ code: 'x', label: 'X' }],
      });
      expect(fake.backend.info.capabilities.hold).to.equal(false);
      expect(fake.backend.info.capabilities.consult).to.equal(true);
    });
  });

  describe('default behaviour', () => {
    it('emits before resolving, as the Backend contract says', async () => {
      const fake = createFakeBackend();
      const seen: string[] = [];
      fake.backend.events$.subscribe((e) => seen.push(e.type));
      await fake.backend.login({ agentId: '7' });
      expect(seen).to.deep.equal(['agent/logged-in', 'agent/presence']);
      expect(fake.state.agent).to.include({ id: '7', presence: 'not-ready' });
    });

    it('goes to wrap-up after an answered call, not after a rejected one', async () => {
      const fake = createFakeBackend({ wrapUpSeconds: 30 });
      const cc = await connect(fake);
      fake.setScenario('ready');
      fake.ring();
      await cc.calls.reject();
      expect(cc.snapshot.agent.presence).to.equal('ready');
      fake.ring();
      await cc.calls.answer();
      fake.remoteHangup();
      expect(cc.snapshot.agent.presence).to.equal('wrap-up');
      expect(cc.snapshot.agent.wrapUpDeadline).to.be.a('number');
    });

    it('applies the requested next state when the last call ends', async () => {
      const fake = createFakeBackend();
      const cc = await connect(fake);
      fake.setScenario('talking');
      await cc.agent.requestNextState({
        presence: 'not-ready',
        reason: { code: '12', label: 'Lunch' },
      });
      await cc.calls.hangup();
      expect(cc.snapshot.agent).to.include({ presence: 'not-ready', nextState: null });
      expect(cc.snapshot.agent.reason!.code).to.equal('12');
    });

    it('completes events$ on destroy', async () => {
      const fake = createFakeBackend();
      let completed = false;
      fake.backend.events$.subscribe({ complete: () => (completed = true) });
      await fake.backend.destroy();
      expect(completed).to.equal(true);
      expect(fake.destroyed).to.equal(true);
    });
  });

  describe('scripting', () => {
    it("'resolve' answers without changing anything", async () => {
      const fake = createFakeBackend();
      const cc = await connect(fake);
      fake.setScenario('talking');
      fake.respond('hold', 'resolve');
      const before = cc.snapshot;
      await cc.calls.hold();
      expect(cc.snapshot.calls).to.equal(before.calls);
    });

    it("'reject' refuses with a vendor code; once: only the next call", async () => {
      const fake = createFakeBackend();
      const cc = await connect(fake);
      fake.setScenario('talking');
      fake.respond('mute', 'reject', { once: true });
      const error = await rejectionOf(cc.calls.mute());
      expect(error.code).to.equal('rejected-by-backend');
      expect(error.vendor!.code).to.be.a('string');
      await cc.calls.mute();
      expect(cc.snapshot.calls.byId[cc.snapshot.calls.activeId!]!.muted).to.equal(true);
    });

    it('fail() rejects with the given error until reset()', async () => {
      const fake = createFakeBackend();
      const error = new CallCenterError('auth-failed', 'Wrong password.');
      fake.fail('login', error);
      expect(await rejectionOf(fake.backend.login({ agentId: '1' }))).to.equal(error);
      expect(await rejectionOf(fake.backend.login({ agentId: '1' }))).to.equal(error);
      fake.reset();
      await fake.backend.login({ agentId: '1' });
      expect(fake.calls).to.deep.equal([{ method: 'login', args: [{ agentId: '1' }] }]);
    });

    it('a function behaviour gets the arguments and may add to the default', async () => {
      const fake = createFakeBackend();
      fake.setScenario('ready');
      fake.respond('dial', async (request: { number: string }) => {
        const id = (await fake.runDefault('dial', request)) as string;
        fake.remoteAnswer(id);
        return id;
      });
      const id = await fake.backend.dial({ number: '10086' });
      expect(fake.state.calls.byId[id]).to.include({ state: 'talking' });
    });

    it('autoConfirm: false holds every call until confirm() or refuse()', async () => {
      const fake = createFakeBackend({ autoConfirm: false });
      const cc = await connect(fake);
      fake.setScenario('ready');
      const dial = cc.calls.dial('10086');
      await new Promise((r) => setTimeout(r));
      expect(fake.inFlight.map((c) => [c.method, c.args])).to.deep.equal([
        ['dial', [{ number: '10086' }]],
      ]);
      expect(cc.snapshot.pending).to.deep.equal(['calls.dial']);
      await fake.confirm();
      const id = await dial;
      expect(cc.snapshot.calls.byId[id]!.state).to.equal('dialing');
      expect(fake.inFlight).to.deep.equal([]);
    });

    it('latency delays the default behaviour', async () => {
      const fake = createFakeBackend({ latency: 30 });
      const started = performance.now();
      await fake.backend.login({ agentId: '1' });
      expect(performance.now() - started).to.be.at.least(25);
    });
  });
});
