/**
 * Audio devices on real calls between two agents through the real Kamailio, each agent in a
 * page of its own, driven through the kit's facade only (`cc.devices.*`, the store's `devices`
 * state and quality samples): the microphone switched mid-call (replaceTrack), speaker and
 * ringer chosen mid-call (setSinkId), and a denied microphone surfaced as a typed error and a
 * `denied` permission, after which the kit still calls.
 *
 * Chromium's fake capture (--use-fake-device-for-media-stream) lists its inputs once the
 * microphone permission is granted, i.e. after the first call opened the microphone. When it
 * lists only one input, the microphone test selects that one explicitly by id (a new capture
 * and replaceTrack all the same) and then switches back to the system default (`null`), so
 * the switch is exercised either way.
 */
import { expect } from '@open-wc/testing';
import type { AudioDevice } from '../../core/index.js';
import { rigKamailioLog, rigStart, rigStop, type RigInfo } from '../rig/commands.js';
import { type Agent, AgentPool, connect, endAllCalls } from './support/agents.js';

/** A device other than the system default's alias when there is one, else the only one. */
function pick(list: readonly AudioDevice[]): AudioDevice {
  const device = list.find((d) => d.id !== 'default' && d.id !== 'communications') ?? list[0];
  if (!device) throw new Error('the browser lists no such device');
  return device;
}

describe('sip back end: audio devices during calls (real Kamailio)', function () {
  this.timeout(30000);
  let rig: RigInfo;
  const pool = new AgentPool(() => rig);
  let a: Agent;
  let b: Agent;

  before(async () => {
    rig = await rigStart({ users: ['1001', '1002'] });
    a = await pool.agent(0);
    b = await pool.agent(1);
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed')
      console.log(`--- Kamailio log ---\n${await rigKamailioLog(60)}`);
    a.page.denyMicrophone(false);
    await endAllCalls([a, b]);
  });
  after(async () => {
    await pool.closeAll();
    await rigStop();
  });

  it('switching the microphone mid-call keeps the call up and audio keeps reaching B', async () => {
    const ids = await connect(a, b);
    await b.packetsRise(ids.in, { by: 20 });

    // The first call granted the microphone: the lists now carry ids and labels.
    const { inputs } = await a.cc.devices.list();
    expect(inputs.length, 'microphones listed').to.be.at.least(1);
    expect(a.state.devices.permission).to.equal('granted');
    expect(a.state.devices.input).to.equal(null);
    const [before] = a.page.sentTracks();
    expect(before?.readyState).to.equal('live');

    const mic = pick(inputs);
    await a.cc.devices.selectInput(mic.id);
    expect(a.state.devices.input).to.equal(mic.id);
    const [switched] = a.page.sentTracks();
    expect(switched?.id, 'the sender carries a new track (replaceTrack)').to.not.equal(before?.id);
    expect(switched?.readyState).to.equal('live');
    expect(a.state.calls.byId[ids.out]?.state).to.equal('talking');
    expect(b.state.calls.byId[ids.in]?.state).to.equal('talking');
    expect(await b.packetsRise(ids.in, { by: 20 }), 'packets B receives').to.be.greaterThan(20);
    expect(await a.packetsRise(ids.out, { by: 20 }), 'packets A receives').to.be.greaterThan(20);

    // Back to the system default, still mid-call.
    await a.cc.devices.selectInput(null);
    expect(a.state.devices.input).to.equal(null);
    const [back] = a.page.sentTracks();
    expect(back?.id).to.not.equal(switched?.id);
    expect(back?.readyState).to.equal('live');
    expect(await b.packetsRise(ids.in, { by: 20 }), 'packets B receives').to.be.greaterThan(20);
    expect(a.state.calls.byId[ids.out]?.state).to.equal('talking');

    // An unknown microphone is refused and changes nothing.
    const error = await a.cc.devices.selectInput('no-such-microphone').then(
      () => null,
      (e: { code: string }) => e,
    );
    expect(error?.code).to.equal('invalid-device');
    expect(a.state.devices.input).to.equal(null);
    expect(await b.packetsRise(ids.in, { by: 10 })).to.be.greaterThan(10);
  });

  it('choosing speaker and ringer mid-call updates the store and audio keeps flowing', async () => {
    const ids = await connect(a, b);
    const { outputs } = await a.cc.devices.list();
    expect(a.state.devices.outputSelectable, 'Chromium has setSinkId').to.equal(true);
    expect(outputs.length, 'speakers listed').to.be.at.least(1);
    const speaker = pick(outputs);
    const ringer = outputs[outputs.length - 1]!;

    await a.cc.devices.selectOutput(speaker.id);
    await a.cc.devices.selectRinger(ringer.id);
    expect(a.state.devices.output).to.equal(speaker.id);
    expect(a.state.devices.ringer).to.equal(ringer.id);
    expect(a.state.calls.byId[ids.out]?.state).to.equal('talking');
    expect(await a.packetsRise(ids.out, { by: 20 }), 'packets A receives').to.be.greaterThan(20);
    expect(await b.packetsRise(ids.in, { by: 20 }), 'packets B receives').to.be.greaterThan(20);

    const error = await a.cc.devices.selectOutput('no-such-speaker').then(
      () => null,
      (e: { code: string }) => e,
    );
    expect(error?.code).to.equal('invalid-device');
    expect(a.state.devices.output).to.equal(speaker.id);

    // B chooses its ringer before the next call rings, then answers on the chosen devices.
    await a.cc.calls.hangup(ids.out);
    await b.untilEnded(ids.in);
    const bOutputs = (await b.cc.devices.list()).outputs;
    await b.cc.devices.selectRinger(pick(bOutputs).id);
    expect(b.state.devices.ringer).to.equal(pick(bOutputs).id);
    const next = await connect(a, b);
    expect(await b.packetsRise(next.in, { by: 20 })).to.be.greaterThan(20);
    expect(await a.packetsRise(next.out, { by: 20 })).to.be.greaterThan(20);

    // Back to the system defaults.
    await a.cc.devices.selectOutput(null);
    await a.cc.devices.selectRinger(null);
    await b.cc.devices.selectRinger(null);
    expect([a.state.devices.output, a.state.devices.ringer, b.state.devices.ringer]).to.deep.equal([
      null,
      null,
      null,
    ]);
  });

  it('a denied microphone fails the dial with microphone-denied, permission denied; then calls work', async () => {
    const ringsBefore = b.state.calls.history.length;
    a.page.denyMicrophone(true);
    const error = await a.cc.calls.dial('1002').then(
      () => null,
      (e: { code: string }) => e,
    );
    expect(error?.code).to.equal('microphone-denied');
    expect(a.state.devices.permission).to.equal('denied');
    expect(a.calls, 'no call left behind').to.have.length(0);
    expect(b.calls, 'B never rang').to.have.length(0);
    expect(b.state.calls.history.length).to.equal(ringsBefore);
    expect(a.state.connection.registration).to.equal('registered');

    // The user allows the microphone again: the next call connects with audio both ways.
    a.page.denyMicrophone(false);
    const ids = await connect(a, b);
    expect(a.state.devices.permission).to.equal('granted');
    expect(await b.packetsRise(ids.in, { by: 20 })).to.be.greaterThan(20);
    expect(await a.packetsRise(ids.out, { by: 20 })).to.be.greaterThan(20);
  });
});
