import { expect } from '@open-wc/testing';
import {
  acquireAudioContext,
  type AudioContextLease,
} from '../../core/media/audio/audio-context.js';
import {
  startConferenceMixer,
  type ConferenceLeg,
  type ConferenceMixer,
} from '../../core/media/mixing/conference-mixer.js';
import { createLoopbackPair, type LoopbackPair } from '../../core/media/peer/loopback-pair.js';
import { peakLevel, pollUntil, sineSource, type SineSource } from './helpers.js';

const LOUD = 0.05;
const SILENT = 0.002;

const leg = (pair: LoopbackPair): ConferenceLeg => ({
  remoteStream: pair.remoteStreamAtAgent,
  sendInstead: (track) => pair.sendInstead(track),
});

describe('conference mixer', () => {
  let lease: AudioContextLease;
  let sources: SineSource[];
  let agentMic: SineSource;
  let partyA: SineSource;
  let partyB: SineSource;
  let pairA: LoopbackPair;
  let pairB: LoopbackPair;
  let mixer: ConferenceMixer | null;

  /** Waits (bounded) until what `stream` carries is loud, or silent. */
  const becomes = async (stream: MediaStream, state: 'loud' | 'silent') => {
    await pollUntil(
      async () => {
        const peak = await peakLevel(lease.context, stream, 400);
        return state === 'loud' ? peak > LOUD : peak < SILENT;
      },
      8000,
      0,
    );
  };
  const heardByA = () => pairA.remoteStreamAtCustomer;
  const heardByB = () => pairB.remoteStreamAtCustomer;

  beforeEach(async () => {
    lease = acquireAudioContext();
    // Distinct sources that start silent, so each check knows exactly who is talking.
    agentMic = sineSource(lease.context, 660, 0);
    partyA = sineSource(lease.context, 440, 0);
    partyB = sineSource(lease.context, 550, 0);
    sources = [agentMic, partyA, partyB];
    const micB = agentMic.stream.getAudioTracks()[0]!.clone();
    pairA = await createLoopbackPair({
      agentStream: new MediaStream([agentMic.stream.getAudioTracks()[0]!.clone()]),
      customerStream: partyA.stream,
    });
    pairB = await createLoopbackPair({
      agentStream: new MediaStream([micB]),
      customerStream: partyB.stream,
    });
    mixer = null;
  });

  afterEach(async () => {
    await mixer?.stop();
    pairA.close();
    pairB.close();
    sources.forEach((s) => s.stop());
    lease.release();
  });

  it('lets each party hear the other and the agent hear both', async function () {
    this.timeout(60_000);
    mixer = await startConferenceMixer({
      context: lease.context,
      microphone: agentMic.stream.getAudioTracks()[0]!,
      legs: [leg(pairA), leg(pairB)],
    });

    // A talks: B hears A, A does not hear itself, the agent hears A.
    partyA.setLevel(0.5);
    await becomes(heardByB(), 'loud');
    await becomes(mixer.agentMix, 'loud');
    expect(await peakLevel(lease.context, heardByA(), 800)).to.be.lessThan(SILENT);

    // B talks instead: A hears B.
    partyA.setLevel(0);
    partyB.setLevel(0.5);
    await becomes(heardByA(), 'loud');
    await becomes(mixer.agentMix, 'loud');
    partyB.setLevel(0);
    await becomes(heardByA(), 'silent');
    await becomes(heardByB(), 'silent');

    // The agent talks: both hear the agent; muted in the conference, neither does.
    agentMic.setLevel(0.5);
    await becomes(heardByA(), 'loud');
    await becomes(heardByB(), 'loud');
    mixer.setMuted(true);
    await becomes(heardByA(), 'silent');
    await becomes(heardByB(), 'silent');
  });

  it('puts both parties back on the microphone when stopped', async () => {
    const micA = pairA.agentInput.track;
    mixer = await startConferenceMixer({
      context: lease.context,
      microphone: micA,
      legs: [leg(pairA), leg(pairB)],
    });
    expect(pairA.agentSender.track).to.not.equal(micA);
    partyA.setLevel(0.5);
    await becomes(heardByB(), 'loud');

    await mixer.stop();
    expect(pairA.agentSender.track).to.equal(micA);
    expect(pairB.agentSender.track).to.equal(pairB.agentInput.track);
    expect(mixer.microphone.track).to.equal(null);
    await becomes(heardByB(), 'silent'); // A's voice no longer bridged to B
  });
});
