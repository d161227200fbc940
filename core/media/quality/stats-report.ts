/**
 * Reads the audio figures the kit needs out of one `RTCPeerConnection.getStats()` report.
 * Cumulative counters stay cumulative here; the sampler turns them into per-interval values.
 */
import type { MosCodec } from './e-model.js';

/** Audio figures of one stats report. Times in ms. */
export interface AudioStatsSnapshot {
  /** From `remote-inbound-rtp.roundTripTime` (RTCP), else the selected candidate pair. */
  readonly rtt: number | null;
  /** Inbound audio interarrival jitter; the worst stream when there are several. */
  readonly jitter: number | null;
  /**
   * Inbound audio level 0..1. Chromium measures it after the playout volume: it is 0 unless the
   * track plays through an unmuted element, so it reflects what the agent actually hears.
   */
  readonly audioLevel: number | null;
  /** Cumulative, summed over inbound audio streams. */
  readonly packetsReceived: number;
  /** Cumulative, summed over inbound audio streams (may go down: duplicates count negative). */
  readonly packetsLost: number;
  /** Cumulative, summed over outbound audio streams. */
  readonly packetsSent: number;
  /** Codec of the (first) inbound audio stream; null when not negotiated yet. */
  readonly codec: MosCodec | null;
  /** True when the report had at least one inbound audio stream. */
  readonly hasInbound: boolean;
}

// RTCStats dictionaries come back as plain objects keyed by the spec's member names; the DOM
// typings do not cover every member (roundTripTime on remote-inbound-rtp, audioLevel on
// inbound-rtp), so fields are read defensively.
type Stat = Record<string, unknown> & { readonly type: string; readonly id: string };

const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

const isAudio = (s: Stat): boolean => (s['kind'] ?? s['mediaType']) === 'audio';

function codecOf(mime: unknown): MosCodec | null {
  if (typeof mime !== 'string') return null;
  const name = mime.toLowerCase();
  if (name === 'audio/pcmu' || name === 'audio/pcma') return 'pcmu';
  return 'opus';
}

/** The round-trip time of the candidate pair in use, in seconds. */
function candidatePairRtt(stats: Map<string, Stat>): number | null {
  for (const s of stats.values()) {
    if (s.type !== 'transport') continue;
    const pair = stats.get(String(s['selectedCandidatePairId']));
    const rtt = pair ? num(pair['currentRoundTripTime']) : null;
    if (rtt !== null) return rtt;
  }
  // No transport stats (older engines): the busiest nominated, succeeded pair is the one in use.
  let best: Stat | null = null;
  for (const s of stats.values()) {
    if (s.type !== 'candidate-pair' || s['nominated'] !== true || s['state'] !== 'succeeded')
      continue;
    if (!best || (num(s['bytesReceived']) ?? 0) > (num(best['bytesReceived']) ?? 0)) best = s;
  }
  return best ? num(best['currentRoundTripTime']) : null;
}

/** Extracts an {@link AudioStatsSnapshot} from a stats report. */
export function readAudioStats(report: RTCStatsReport): AudioStatsSnapshot {
  const stats = new Map<string, Stat>();
  report.forEach((value: Stat) => stats.set(value.id, value));

  let rttSeconds: number | null = null;
  let jitterSeconds: number | null = null;
  let audioLevel: number | null = null;
  let packetsReceived = 0;
  let packetsLost = 0;
  let packetsSent = 0;
  let codec: MosCodec | null = null;
  let hasInbound = false;

  for (const s of stats.values()) {
    if (s.type === 'inbound-rtp' && isAudio(s)) {
      hasInbound = true;
      packetsReceived += num(s['packetsReceived']) ?? 0;
      packetsLost += num(s['packetsLost']) ?? 0;
      const jitter = num(s['jitter']);
      if (jitter !== null) jitterSeconds = Math.max(jitterSeconds ?? 0, jitter);
      const level = num(s['audioLevel']);
      if (level !== null) audioLevel = Math.max(audioLevel ?? 0, level);
      codec ??= codecOf(stats.get(String(s['codecId']))?.['mimeType']);
    } else if (s.type === 'outbound-rtp' && isAudio(s)) {
      packetsSent += num(s['packetsSent']) ?? 0;
    } else if (s.type === 'remote-inbound-rtp' && isAudio(s)) {
      const rtt = num(s['roundTripTime']);
      if (rtt !== null) rttSeconds = Math.max(rttSeconds ?? 0, rtt);
    }
  }
  rttSeconds ??= candidatePairRtt(stats);

  return {
    rtt: rttSeconds === null ? null : rttSeconds * 1000,
    jitter: jitterSeconds === null ? null : jitterSeconds * 1000,
    audioLevel,
    packetsReceived,
    packetsLost,
    packetsSent,
    codec,
    hasInbound,
  };
}
