import { expect } from '@open-wc/testing';
import type { Observable } from 'rxjs';
import { createCallCenter, type CallCenter } from '../../core/call-center.js';
import {
  selectActiveCall,
  selectActiveQuality,
  selectAllowedActions,
  selectCalls,
  selectHoldList,
  selectPresence,
  selectQueues,
  selectRingingCall,
  selectRosterAgents,
  selectWork,
} from '../../core/store/selectors.js';
import {
  createFakeBackend,
  makeCall,
  makeQueue,
  makeRosterAgent,
  makeWaitingCall,
  stateWith,
  type FakeBackend,
} from '../helpers/fake-backend.js';

let cc: CallCenter;
let fake: FakeBackend;
const subscriptions: { unsubscribe(): void }[] = [];

/** Every value `stream` emits from now on. */
function record<T>(stream: Observable<T>): T[] {
  const values: T[] = [];
  subscriptions.push(stream.subscribe((v) => values.push(v)));
  return values;
}

/** Changes no call or agent selector should react to. */
function unrelatedChanges(): void {
  fake.emit({ type: 'devices/changed', patch: { audioBlocked: true } });
  fake.emit({ type: 'connection/changed', patch: { attempt: 3 } });
  fake.raise('network', 'A blip.');
  fake.emit({
    type: 'supervisor/queues-changed',
    queues: [makeQueue({ id: 'support', waiting: 3 })],
  });
}

beforeEach(async () => {
  fake = createFakeBackend();
  cc = createCallCenter({ backend: fake.backend });
  await cc.ready;
});

afterEach(async () => {
  for (const s of subscriptions.splice(0)) s.unsubscribe();
  await cc.destroy();
});

describe('selectors through select()', () => {
  it('selectActiveCall emits once per change of the active call, not for unrelated changes', async () => {
    const [call] = fake.setScenario('talking');
    const values = record(cc.select(selectActiveCall));
    expect(values.map((c) => c?.id)).to.deep.equal([call!.id]);

    unrelatedChanges();
    fake.sampleQuality();
    fake.ring();
    expect(values).to.have.length(1);

    await cc.calls.mute();
    expect(values).to.have.length(2);
    expect(values[1]!.muted).to.equal(true);

    // A re-sent update that changes nothing.
    fake.emit({ type: 'call/updated', callId: call!.id, patch: { muted: true } });
    expect(values).to.have.length(2);
  });

  it('selectActiveQuality emits for samples of the active call only', () => {
    const [customer, consult] = fake.setScenario('consulting');
    const values = record(cc.select(selectActiveQuality));
    expect(values).to.deep.equal([null]);
    fake.sampleQuality({ callId: customer!.id });
    expect(values).to.have.length(1);
    const sample = fake.sampleQuality({ callId: consult!.id, mos: 3.1 });
    expect(values).to.deep.equal([null, sample]);
  });

  it('selectWork emits only when the work changes', async () => {
    fake.setScenario('ready');
    const values = record(cc.select(selectWork));
    fake.ring();
    await cc.calls.answer();
    await cc.calls.mute();
    unrelatedChanges();
    fake.sampleQuality();
    await cc.calls.hold();
    expect(values).to.deep.equal(['idle', 'ringing', 'talking', 'held']);
  });

  it('selectPresence emits once per presence, not for a re-sent one', async () => {
    fake.setScenario('not-ready');
    const values = record(cc.select(selectPresence));
    fake.emit({
      type: 'agent/presence',
      presence: 'not-ready',
      reason: fake.backend.info.reasons[0]!,
      at: Date.now(),
    });
    unrelatedChanges();
    await cc.agent.setReady();
    expect(values).to.deep.equal(['not-ready', 'ready']);
  });

  it('selectRingingCall and selectHoldList ignore changes that do not touch them', async () => {
    fake.setScenario('talking');
    const ringing = record(cc.select(selectRingingCall));
    const holdList = record(cc.select(selectHoldList));
    fake.sampleQuality();
    await cc.calls.mute();
    unrelatedChanges();
    expect(ringing).to.deep.equal([null]);
    expect(holdList).to.have.length(1);
    const call = fake.ring();
    expect(ringing.map((c) => c?.id)).to.deep.equal([undefined, call.id]);
    expect(holdList).to.have.length(1);
    await cc.calls.answer();
    expect(holdList).to.have.length(2);
    expect(holdList[1]!.map((c) => c.state)).to.deep.equal(['held']);
  });

  it('selectRosterAgents and selectQueues emit for roster changes only', () => {
    fake.setRoster([makeRosterAgent({ id: 'ann' })], [makeQueue({ id: 'support' })]);
    const agents = record(cc.select(selectRosterAgents));
    const queues = record(cc.select(selectQueues));
    fake.setScenario('talking');
    fake.sampleQuality();
    expect(agents).to.have.length(1);
    expect(queues).to.have.length(1);
    // Queue statistics tick often; the agent list (maybe thousands of rows) must not re-render.
    fake.emit({
      type: 'supervisor/queues-changed',
      queues: [makeQueue({ id: 'support', waiting: 2 })],
    });
    fake.setWaiting([makeWaitingCall({ id: 'w1' })]);
    expect(agents).to.have.length(1);
    expect(queues).to.have.length(2);
    fake.emit({
      type: 'supervisor/agents-changed',
      changes: [{ id: 'ann', presence: 'not-ready' }],
    });
    expect(agents).to.have.length(2);
    expect(agents[1]![0]!.presence).to.equal('not-ready');
    expect(queues).to.have.length(2);
  });

  it('selectAllowedActions keeps the same object while no flag changes', async () => {
    fake.setScenario('talking');
    const values = record(cc.select(selectAllowedActions));
    unrelatedChanges();
    fake.sampleQuality();
    fake.emit({ type: 'supervisor/agents-changed', changes: [makeRosterAgent({ id: 'zed' })] });
    await cc.calls.sendDtmf('1');
    expect(values).to.have.length(1);
    expect(cc.allowed()).to.equal(values[0]);

    await cc.calls.mute();
    // While the mute is in flight the mute button is disabled (no double click), then unmute opens.
    expect(values).to.have.length(3);
    expect(values[1]!.calls).to.include({ mute: false, unmute: false });
    expect(values[2]!.calls).to.include({ mute: false, unmute: true });
  });

  it('returns the same shared stream for the same selector, computing once per state', () => {
    let runs = 0;
    const counting = (s: Parameters<typeof selectPresence>[0]) => {
      runs += 1;
      return s.agent.presence;
    };
    const a = cc.select(counting);
    expect(cc.select(counting)).to.equal(a);
    expect(cc.select(selectActiveCall)).to.equal(cc.select(selectActiveCall));
    record(a);
    record(cc.select(counting));
    const before = runs;
    fake.setScenario('ready');
    expect(runs - before).to.equal(1);
  });

  // Two call centers on a page (a Storybook docs page, a console with two desks): each store has
  // its own memos, so a change in one does not make the other's selectors emit.
  it('keeps selectors quiet when another call center on the page changes', async () => {
    const other = createFakeBackend();
    const otherCc = createCallCenter({ backend: other.backend });
    await otherCc.ready;
    try {
      fake.setScenario('talking');
      other.setScenario('ready');
      const allowed = record(cc.select(selectAllowedActions));
      const calls = record(cc.select(selectCalls));
      record(otherCc.select(selectAllowedActions));
      record(otherCc.select(selectCalls));
      other.ring();
      fake.sampleQuality();
      fake.emit({ type: 'devices/changed', patch: { audioBlocked: true } });
      await cc.calls.sendDtmf('1');
      expect(allowed).to.have.length(1);
      expect(calls).to.have.length(1);
    } finally {
      await otherCc.destroy();
    }
  });

  it('gives a separate stream when a compare function is passed', () => {
    const compare = (x: unknown, y: unknown) => x === y;
    expect(cc.select(selectPresence, compare)).not.to.equal(cc.select(selectPresence));
  });

  it('completes the selector streams when the call center is destroyed', async () => {
    let completed = false;
    subscriptions.push(cc.select(selectCalls).subscribe({ complete: () => (completed = true) }));
    await cc.destroy();
    expect(completed).to.equal(true);
  });
});

describe('selectors as functions', () => {
  it('selectCalls returns the calls in creation order, the same array while the calls are unchanged', () => {
    const calls = [makeCall({ id: 'a', state: 'held' }), makeCall({ id: 'b' })];
    const state = stateWith({ calls });
    const first = selectCalls(state);
    expect(first).to.deep.equal(calls);
    expect(selectCalls({ ...state, errors: [] })).to.equal(first);
    // Switching the active call changes the calls slice but not the list.
    expect(selectCalls({ ...state, calls: { ...state.calls, activeId: 'a' } })).to.equal(first);
  });

  it('selectRingingCall skips outbound calls and finds the oldest ringing one', () => {
    const state = stateWith({
      calls: [
        makeCall({ id: 'out', state: 'ringing', direction: 'outbound' }),
        makeCall({ id: 'in1', state: 'ringing' }),
        makeCall({ id: 'in2', state: 'ringing', direction: 'internal' }),
      ],
    });
    expect(selectRingingCall(state)!.id).to.equal('in1');
  });

  it('selectHoldList lists the held calls oldest first', () => {
    const state = stateWith({
      calls: [
        makeCall({ id: 'h1', state: 'held' }),
        makeCall({ id: 't' }),
        makeCall({ id: 'h2', state: 'held' }),
      ],
    });
    expect(selectHoldList(state).map((c) => c.id)).to.deep.equal(['h1', 'h2']);
  });

  it('selectWork derives the work from the calls', () => {
    const work = (calls: Parameters<typeof stateWith>[0]) => selectWork(stateWith(calls));
    expect(work({})).to.equal('idle');
    expect(work({ calls: [makeCall({ state: 'ringing' })] })).to.equal('ringing');
    expect(work({ calls: [makeCall({ state: 'dialing', direction: 'outbound' })] })).to.equal(
      'dialing',
    );
    expect(work({ calls: [makeCall({ state: 'talking' })] })).to.equal('talking');
    expect(work({ calls: [makeCall({ state: 'held' })] })).to.equal('held');
    expect(
      work({
        calls: [
          makeCall({ id: 'h', state: 'held' }),
          makeCall({ state: 'talking', consultOf: 'h' }),
        ],
      }),
    ).to.equal('consulting');
    expect(
      work({ calls: [makeCall({ conference: true }), makeCall({ conference: true })] }),
    ).to.equal('conferencing');
    expect(
      work({ calls: [makeCall({ state: 'talking' }), makeCall({ state: 'ringing' })] }),
    ).to.equal('talking');
  });
});
