/**
 * What the SIP back end needs from the page's media (core/media): the microphone for sip.js,
 * playback and quality sampling of each call, tones, conference mixing and devices.
 */
import type { DeviceBackend } from '../backend.js';

/** The parts of a sip.js Web SessionDescriptionHandler the media side uses. */
export interface CallMediaSource {
  readonly peerConnection: RTCPeerConnection | undefined;
  readonly remoteMediaStream: MediaStream;
}

export interface SipCallMedia {
  /** Stops playback and sampling. */
  close(): void;
}

/** A running three-way mix. Muting goes through it: the senders carry the mix, not the mic. */
export interface ConferenceMix {
  setMuted(muted: boolean): void;
  close(): void;
}

export interface SipMediaPort {
  readonly devices?: DeviceBackend;
  /** The microphone stream for a new call (the chosen input device). */
  getMicrophone(): Promise<MediaStream>;
  /** Plays a call's remote audio on the chosen output and samples its quality. */
  attach(callId: string, source: CallMediaSource): SipCallMedia;
  /** Three-way: each party hears the agent and the other party; the agent hears both. */
  conference(a: CallMediaSource, b: CallMediaSource): ConferenceMix;
  ringback(on: boolean): void;
  ringtone(on: boolean): void;
  destroy(): void;
}
