/**
 * Two RTCPeerConnections in the same page, connected to each other: the agent's side and a
 * simulated far end (customer, colleague). Audio really goes through WebRTC (Opus, RTP, SRTP,
 * ICE over the host's own addresses), so stats, hold, mute and DTMF behave as on a real call.
 *
 * Hold, mute and device switches never renegotiate: they swap or disable tracks.
 */
import type { InputSlot } from '../devices/input-slot.js';
import { tapRemoteAudio } from '../audio/remote-audio-tap.js';
import { sendDtmf, type DtmfOptions } from './dtmf.js';
import {
  exchangeOfferAnswer,
  linkIceCandidates,
  preferCodec,
  waitConnected,
  type PreferredCodec,
} from './negotiate.js';

export interface LoopbackPairOptions {
  /**
   * The agent's microphone. The pair takes ownership of its audio track: {@link LoopbackPair.close}
   * stops whatever microphone track the pair holds then (including ones swapped in through
   * {@link LoopbackPair.agentInput}).
   */
  readonly agentStream: MediaStream;
  /** The far end's voice; stays the caller's (usually a synthesized source with its own stop). */
  readonly customerStream: MediaStream;
  /** Empty for in-page connections; host candidates are enough. */
  readonly iceServers?: RTCIceServer[];
  /** Codec to prefer; Opus by default. */
  readonly codec?: PreferredCodec;
  /** How long to wait for ICE to connect. Default 10 s. */
  readonly connectTimeoutMs?: number;
}

export interface LoopbackPair {
  readonly agentPc: RTCPeerConnection;
  readonly customerPc: RTCPeerConnection;
  readonly agentSender: RTCRtpSender;
  readonly customerSender: RTCRtpSender;
  /** What the agent hears: play it through an AudioOutput. */
  readonly remoteStreamAtAgent: MediaStream;
  /** What the far end hears (kept decoded, so its stats show a real audio level). */
  readonly remoteStreamAtCustomer: MediaStream;
  /** The agent's microphone on this call, for the device manager. */
  readonly agentInput: InputSlot;
  readonly held: boolean;
  readonly muted: boolean;
  /**
   * Stops audio both ways, or restores it. While held the far end receives `holdMusic` when
   * given (the caller owns that track), else nothing.
   */
  setHold(held: boolean, holdMusic?: MediaStreamTrack | null): Promise<void>;
  /** Disables the agent's microphone track: the connection stays, the far end hears silence. */
  setMuted(muted: boolean): void;
  /**
   * Sends the agent something other than the microphone (a conference mix); null returns to
   * the microphone. Respects hold: while held it takes effect on resume.
   */
  sendInstead(track: MediaStreamTrack | null): Promise<void>;
  /** RFC 4733 tones from the agent; resolves once all have played. Calls are queued. */
  dtmf(digits: string, options?: Omit<DtmfOptions, 'onTone'>): Promise<void>;
  /** The far end hears each tone; returns an unsubscribe function. */
  onTone(listener: (tone: string) => void): () => void;
  /** Closes both connections and stops the microphone track. Idempotent. */
  close(): void;
}

class InPagePair implements LoopbackPair {
  held = false;
  muted = false;
  readonly agentInput: InputSlot;
  private mic: MediaStreamTrack | null;
  private instead: MediaStreamTrack | null = null;
  private holdMusic: MediaStreamTrack | null = null;
  private readonly customerTrack: MediaStreamTrack | null;
  private readonly toneListeners = new Set<(tone: string) => void>();
  private dtmfQueue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    readonly agentPc: RTCPeerConnection,
    readonly customerPc: RTCPeerConnection,
    readonly agentSender: RTCRtpSender,
    readonly customerSender: RTCRtpSender,
    readonly remoteStreamAtAgent: MediaStream,
    readonly remoteStreamAtCustomer: MediaStream,
    private readonly cleanups: (() => void)[],
  ) {
    this.mic = agentSender.track;
    this.customerTrack = customerSender.track;
    const currentMic = () => this.mic;
    this.agentInput = {
      get track() {
        return currentMic();
      },
      replaceTrack: (track) => this.replaceMicrophone(track),
    };
  }

  /** The track the agent's sender should carry now. */
  private agentOutgoing(): MediaStreamTrack | null {
    if (this.held) return this.holdMusic;
    return this.instead ?? this.mic;
  }

  private async replaceMicrophone(track: MediaStreamTrack | null): Promise<void> {
    if (track) track.enabled = !this.muted;
    const carriedMic = this.agentSender.track === this.mic;
    this.mic = track;
    if (this.closed) return;
    // Only touch the wire if it carries the microphone (not hold music, not a conference mix).
    if (carriedMic && !this.held && this.instead === null)
      await this.agentSender.replaceTrack(track);
  }

  async setHold(held: boolean, holdMusic: MediaStreamTrack | null = null): Promise<void> {
    if (this.closed) return;
    this.held = held;
    this.holdMusic = held ? holdMusic : null;
    await Promise.all([
      this.agentSender.replaceTrack(this.agentOutgoing()),
      this.customerSender.replaceTrack(held ? null : this.customerTrack),
    ]);
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    // track.enabled = false makes the sender emit silence: no renegotiation, the call stays up.
    if (this.mic) this.mic.enabled = !muted;
  }

  async sendInstead(track: MediaStreamTrack | null): Promise<void> {
    this.instead = track;
    if (this.closed || this.held) return;
    await this.agentSender.replaceTrack(this.agentOutgoing());
  }

  dtmf(digits: string, options: Omit<DtmfOptions, 'onTone'> = {}): Promise<void> {
    const run = () =>
      sendDtmf(this.agentSender, digits, {
        ...options,
        onTone: (tone) => {
          for (const listener of [...this.toneListeners]) listener(tone);
        },
      });
    const result = this.dtmfQueue.then(run, run);
    this.dtmfQueue = result.catch(() => undefined);
    return result;
  }

  onTone(listener: (tone: string) => void): () => void {
    this.toneListeners.add(listener);
    return () => this.toneListeners.delete(listener);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const cleanup of this.cleanups) cleanup();
    this.agentPc.close();
    this.customerPc.close();
    this.mic?.stop();
    this.toneListeners.clear();
  }
}

/**
 * Creates the two connections, negotiates in page and resolves once ICE is connected.
 * On failure everything created so far is closed before the promise rejects.
 */
export async function createLoopbackPair(options: LoopbackPairOptions): Promise<LoopbackPair> {
  const config: RTCConfiguration = { iceServers: options.iceServers ?? [] };
  const agentPc = new RTCPeerConnection(config);
  const customerPc = new RTCPeerConnection(config);
  const cleanups: (() => void)[] = [];
  try {
    cleanups.push(linkIceCandidates(agentPc, customerPc));
    const agentTrack = options.agentStream.getAudioTracks()[0] ?? null;
    const customerTrack = options.customerStream.getAudioTracks()[0] ?? null;
    const agentTransceiver = agentPc.addTransceiver(agentTrack ?? 'audio', {
      direction: 'sendrecv',
      streams: [options.agentStream],
    });
    if (options.codec) preferCodec(agentTransceiver, options.codec);
    let customerSender: RTCRtpSender | null = null;
    await exchangeOfferAnswer(agentPc, customerPc, () => {
      // The offered transceiver exists now: addTrack reuses it, so one m-line carries both ways.
      if (customerTrack) customerPc.addTrack(customerTrack, options.customerStream);
      const transceiver = customerPc.getTransceivers()[0]!;
      transceiver.direction = 'sendrecv';
      customerSender = transceiver.sender;
    });
    // Remote tracks exist as soon as the descriptions are set; no need to wait for ontrack.
    const remoteStreamAtAgent = new MediaStream([agentTransceiver.receiver.track]);
    const remoteStreamAtCustomer = new MediaStream([
      customerPc.getTransceivers()[0]!.receiver.track,
    ]);
    cleanups.push(tapRemoteAudio(remoteStreamAtCustomer));
    await Promise.all([
      waitConnected(agentPc, options.connectTimeoutMs ?? 10_000),
      waitConnected(customerPc, options.connectTimeoutMs ?? 10_000),
    ]);
    return new InPagePair(
      agentPc,
      customerPc,
      agentTransceiver.sender,
      customerSender!,
      remoteStreamAtAgent,
      remoteStreamAtCustomer,
      cleanups,
    );
  } catch (error) {
    for (const cleanup of cleanups) cleanup();
    agentPc.close();
    customerPc.close();
    throw error;
  }
}
