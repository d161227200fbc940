import { expect } from '@open-wc/testing';
import { createCallCenter, type CallCenter } from '../../core/call-center.js';
import { diffEvents, type CallCenterEvent } from '../../core/events.js';
import { CallCenterError } from '../../core/model/errors.js';
import {
  createFakeBackend,
  makeCall,
  stateWith,
  T0,
  type FakeBackend,
} from '../helpers/fake-backend.js';
import { rejectionOf } from '../helpers/errors.js';

let clock = T0;
let cc: CallCenter;
let fake: FakeBackend;
let seen: CallCenterEvent[];

beforeEach(async () => {
  clock = T0;
  fake = createFakeBackend({ now: () => clock });
  cc = createCallCenter({ backend: fake.backend, commandTimeout: 2000 });
  await cc.ready;
  seen = [];
  cc.events$.subscribe((e) => seen.push(e));
});

afterEach(() => cc.destroy());

const types = () => seen.map((e) => e.type);

describe('events$', () => {
  it('tells of an incoming call once, with the call', () => {
    fake.setScenario('ready');
    seen = [];
    const call = fake.ring();
    const incoming = seen.filter((e) => e.type === 'incoming-call');
    expect(incoming).to.deep.equal([{ type: 'incoming-call', call }]);
    fake.sampleQuality({ callId: call.id });
    expect(seen.filter((e) => e.type === 'incoming-call')).to.have.length(1);
  });

  it('does not call an outbound call incoming', async () => {
    fake.setScenario('ready');
    seen = [];
    await cc.calls.dial('10086');
    expect(types()).not.to.include('incoming-call');
  });

  it('tells of an answer once, and of the end with the talk time in seconds', async () => {
    fake.setScenario('ready');
    const call = fake.ring();
    seen = [];
    clock = T0 + 5_000;
    await cc.calls.answer();
    clock = T0 + 70_400;
    await cc.calls.hold();
    await cc.calls.hangup();
    const answered = seen.filter((e) => e.type === 'call-answered');
    expect(answered).to.have.length(1);
    expect(answered[0]!.type === 'call-answered' && answered[0]!.call.id).to.equal(call.id);
    const ended = seen.filter((e) => e.type === 'call-ended');
    expect(ended).to.have.length(1);
    const [end] = ended;
    expect(end!.type === 'call-ended' && end!.duration).to.equal(65);
    expect(end!.type === 'call-ended' && end!.call).to.include({
      id: call.id,
      endCause: 'hangup-local',
      endedAt: T0 + 70_400,
    });
  });

  it('gives a duration of 0 for a call that was never answered', async () => {
    fake.setScenario('ready');
    fake.ring();
    seen = [];
    clock = T0 + 20_000;
    await cc.calls.reject();
    const [end] = seen.filter((e) => e.type === 'call-ended');
    expect(end).to.include({ duration: 0 });
  });

  it('tells of presence changes with the previous presence, the reason and the work', async () => {
    await cc.agent.login({ agentId: '1001' });
    const change = seen.filter((e) => e.type === 'agent-state-change');
    expect(change).to.deep.equal([
      {
        type: 'agent-state-change',
        presence: 'not-ready',
        previous: 'offline',
        reason: fake.backend.info.reasons[0],
        work: 'idle',
      },
    ]);
    seen = [];
    await cc.agent.setNotReady('12');
    expect(seen).to.have.length(1);
    expect(seen[0]).to.include({
      type: 'agent-state-change',
      presence: 'not-ready',
      previous: 'not-ready',
    });
  });

  it('tells of work changes (ringing, talking) and not of changes that keep the work', async () => {
    fake.setScenario('ready');
    seen = [];
    fake.ring();
    await cc.calls.answer();
    await cc.calls.mute();
    const work = seen.flatMap((e) => (e.type === 'agent-state-change' ? [e.work] : []));
    expect(work).to.deep.equal(['ringing', 'talking']);
  });

  it('tells the incoming call before the work change it causes', () => {
    fake.setScenario('ready');
    seen = [];
    fake.ring();
    expect(types()).to.deep.equal(['incoming-call', 'agent-state-change']);
  });

  it('tells of errors from commands and from the back end, once each', async () => {
    fake.setScenario('talking');
    seen = [];
    fake.fail('hold', new CallCenterError('rejected-by-backend', 'No.'));
    await rejectionOf(cc.calls.hold());
    fake.raise('network', 'Connection lost.');
    const errors = seen.flatMap((e) => (e.type === 'error' ? [e.error] : []));
    expect(errors.map((e) => [e.code, e.command])).to.deep.equal([
      ['rejected-by-backend', 'calls.hold'],
      ['network', undefined],
    ]);
    cc.dismissError(errors[0]!.id);
    expect(seen.filter((e) => e.type === 'error')).to.have.length(2);
  });

  it('says nothing for a refused command', async () => {
    fake.setScenario('ready');
    seen = [];
    await rejectionOf(cc.calls.hold());
    expect(seen).to.deep.equal([]);
  });

  it('completes when the call center is destroyed', async () => {
    let completed = false;
    cc.events$.subscribe({ complete: () => (completed = true) });
    await cc.destroy();
    expect(completed).to.equal(true);
  });
});

describe('diffEvents', () => {
  it('tells of every call that ended between two states, oldest first', () => {
    const a = makeCall({ id: 'a', answeredAt: T0 - 50_000 });
    const b = makeCall({ id: 'b', state: 'held', answeredAt: T0 - 30_000 });
    const before = stateWith({ calls: [a, b] });
    const after = stateWith({
      calls: [],
      history: [
        { ...b, endedAt: T0, endCause: 'hangup-remote' },
        { ...a, endedAt: T0 - 10_000, endCause: 'hangup-local' },
      ],
    });
    const ended = diffEvents(before, after).flatMap((e) =>
      e.type === 'call-ended' ? [[e.call.id, e.duration]] : [],
    );
    expect(ended).to.deep.equal([
      ['a', 40],
      ['b', 30],
    ]);
  });

  it('tells of nothing between a state and itself', () => {
    const state = stateWith({ calls: [makeCall({ state: 'ringing' })] });
    expect(diffEvents(state, state)).to.deep.equal([]);
  });
});
