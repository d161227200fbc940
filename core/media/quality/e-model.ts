/**
 * MOS estimate from network measurements: a simplified ITU-T G.107 E-model.
 *
 * The full E-model has some twenty inputs (room noise, echo, sidetone, ...). A browser only
 * knows the network part, so everything else stays at the G.107 defaults, which collapse into
 * the basic rating R0 - Is = 93.2. What is left:
 *
 * - effective one-way latency d = rtt / 2 + 2 * jitter + 10 ms (codec and packetization delay;
 *   twice the jitter because the jitter buffer holds about that much audio);
 * - delay impairment Id = 0.024 d + 0.11 (d - 177.3) when d > 177.3 (the usual linear fit of
 *   the G.107 Idd curve: people start talking over each other past ~180 ms one way);
 * - equipment impairment under random loss Ie,eff = Ie + (95 - Ie) * Ppl / (Ppl + Bpl),
 *   Ppl in percent, burst ratio 1 (getStats does not tell bursts apart);
 * - R = 93.2 - Id - Ie,eff, and MOS from R with the G.107 cubic.
 *
 * Everything here is pure.
 */
import type { QualityGrade } from '../../store/state.js';

/** Codecs the kit negotiates; anything else is scored as Opus. */
export type MosCodec = 'opus' | 'pcmu';

/** Codec impairment (Ie) and packet-loss robustness (Bpl) used by {@link rFactor}. */
export interface CodecImpairment {
  readonly ie: number;
  readonly bpl: number;
}

/**
 * - pcmu: G.711 with packet loss concealment, ITU-T G.113 Appendix I (Ie 0, Bpl 25.1).
 * - opus: G.113 lists no value. Opus in WebRTC runs wideband with in-band FEC and PLC, so we
 *   score it at least as robust as G.711 with PLC (our assumption: Ie 0, Bpl 30). Wideband
 *   gains are not credited: the scale stays the narrowband one (MOS at most 4.5).
 */
export const CODEC_IMPAIRMENTS: Readonly<Record<MosCodec, CodecImpairment>> = {
  opus: { ie: 0, bpl: 30 },
  pcmu: { ie: 0, bpl: 25.1 },
};

/** G.107 default basic signal-to-noise rating after simultaneous impairments (R0 - Is). */
export const R_BASE = 93.2;

/** Codec plus packetization delay added to the network latency, in ms. */
export const CODEC_DELAY_MS = 10;

export interface MosInput {
  /** Round-trip time in ms; missing counts as none. */
  readonly rtt?: number | null;
  /** Interarrival jitter in ms; missing counts as none. */
  readonly jitter?: number | null;
  /** Fraction of packets lost, 0..1; missing counts as none. */
  readonly loss?: number | null;
  readonly codec?: MosCodec;
}

const nonNegative = (value: number | null | undefined): number =>
  value === null || value === undefined || !Number.isFinite(value) || value < 0 ? 0 : value;

/** Effective one-way latency in ms as the E-model sees it. */
export function effectiveLatency(rtt: number, jitter: number): number {
  return nonNegative(rtt) / 2 + 2 * nonNegative(jitter) + CODEC_DELAY_MS;
}

/** Delay impairment Id for an effective one-way latency in ms. */
export function delayImpairment(latency: number): number {
  const d = nonNegative(latency);
  return 0.024 * d + (d > 177.3 ? 0.11 * (d - 177.3) : 0);
}

/** Effective equipment impairment Ie,eff for a loss fraction (0..1) under random loss. */
export function lossImpairment(loss: number, codec: MosCodec = 'opus'): number {
  const { ie, bpl } = CODEC_IMPAIRMENTS[codec];
  const ppl = Math.min(100, nonNegative(loss) * 100);
  return ie + ((95 - ie) * ppl) / (ppl + bpl);
}

/** Transmission rating R (about 0..93.2) from network measurements. */
export function rFactor(input: MosInput): number {
  const latency = effectiveLatency(nonNegative(input.rtt), nonNegative(input.jitter));
  return R_BASE - delayImpairment(latency) - lossImpairment(nonNegative(input.loss), input.codec);
}

/** MOS from R with the G.107 cubic, clamped to 1..4.5. */
export function mosFromR(r: number): number {
  if (!Number.isFinite(r) || r <= 0) return 1;
  if (r >= 100) return 4.5;
  const mos = 1 + 0.035 * r + r * (r - 60) * (100 - r) * 7e-6;
  return Math.min(4.5, Math.max(1, mos));
}

/** MOS estimate 1..4.5 from rtt (ms), jitter (ms) and loss fraction. */
export function estimateMos(input: MosInput): number {
  return mosFromR(rFactor(input));
}

/**
 * Lower MOS bound of each grade, best first. Sobot's network grade runs e (very good) to
 * a (very poor). The bounds follow the usual MOS bands: >= 4.0 good to excellent (toll quality
 * and above), 3.6 acceptable, 3.1 many users dissatisfied (also where the mos warning is raised),
 * 2.6 nearly all dissatisfied.
 */
export const GRADE_THRESHOLDS: readonly (readonly [QualityGrade, number])[] = [
  ['e', 4.0],
  ['d', 3.6],
  ['c', 3.1],
  ['b', 2.6],
];

/** Sobot-style grade for a MOS: e very good, d good, c fair, b poor, a very poor. */
export function gradeFromMos(mos: number): QualityGrade {
  for (const [grade, min] of GRADE_THRESHOLDS) if (mos >= min) return grade;
  return 'a';
}
