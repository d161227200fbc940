/**
 * WebRTC helpers shared by the back ends that run media in the page (demo, sip.js): call
 * quality from getStats, local devices, audio output and tones, synthesized voices, in-page
 * peer connections and the browser-side conference mixer. Nothing here renders UI.
 */
export {
  CODEC_DELAY_MS,
  CODEC_IMPAIRMENTS,
  GRADE_THRESHOLDS,
  R_BASE,
  delayImpairment,
  effectiveLatency,
  estimateMos,
  gradeFromMos,
  lossImpairment,
  mosFromR,
  rFactor,
} from './quality/e-model.js';
export type { CodecImpairment, MosCodec, MosInput } from './quality/e-model.js';
export {
  DEFAULT_WARNING_THRESHOLDS,
  QUALITY_METRICS,
  diffWarnings,
  updateWarnings,
} from './quality/warnings.js';
export type { WarningSample, WarningThreshold, WarningThresholds } from './quality/warnings.js';
export { readAudioStats } from './quality/stats-report.js';
export type { AudioStatsSnapshot } from './quality/stats-report.js';
export { ZERO_COUNTERS, computeQuality, intervalLoss } from './quality/compute-quality.js';
export type { ComputeQualityInput, StatsCounters } from './quality/compute-quality.js';
export { DEFAULT_SAMPLE_INTERVAL_MS, startStatsSampler } from './quality/stats-sampler.js';
export type {
  QualitySampledEvent,
  StatsSampler,
  StatsSamplerOptions,
  StatsSource,
} from './quality/stats-sampler.js';

export { DeviceManager } from './devices/device-manager.js';
export type {
  DeviceManagerOptions,
  MediaDevicesLike,
  OutputRole,
} from './devices/device-manager.js';
export type { InputSlot } from './devices/input-slot.js';
export { sameDevices, toAudioDevices } from './devices/device-list.js';
export type { AudioDeviceLists } from './devices/device-list.js';
export { permissionFromError, watchMicrophonePermission } from './devices/microphone-permission.js';

export {
  acquireAudioContext,
  audioContextBlocked,
  onAudioContextBlocked,
  resumeAudioContext,
} from './audio/audio-context.js';
export type { AudioContextLease } from './audio/audio-context.js';
export { AudioOutput, sinkSelectionSupported } from './audio/audio-output.js';
export type { AudioOutputOptions, PlayOutcome } from './audio/audio-output.js';
export { tapRemoteAudio } from './audio/remote-audio-tap.js';
export { RINGBACK_TONES, RINGTONE, TonePlayer } from './audio/tones.js';
export type { TonePattern } from './audio/tones.js';
export { createSynthVoice } from './audio/synth-voice.js';
export type { SynthSource, SynthVoiceOptions } from './audio/synth-voice.js';
export { createHoldMusic } from './audio/hold-music.js';
export type { HoldMusicOptions } from './audio/hold-music.js';

export { createLoopbackPair } from './peer/loopback-pair.js';
export type { LoopbackPair, LoopbackPairOptions } from './peer/loopback-pair.js';
export { sendDtmf } from './peer/dtmf.js';
export type { DtmfOptions } from './peer/dtmf.js';
export {
  exchangeOfferAnswer,
  linkIceCandidates,
  preferCodec,
  waitConnected,
} from './peer/negotiate.js';
export type { PreferredCodec } from './peer/negotiate.js';

export { senderLeg, startConferenceMixer } from './mixing/conference-mixer.js';
export type {
  ConferenceLeg,
  ConferenceMixer,
  ConferenceMixerOptions,
} from './mixing/conference-mixer.js';
