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

export interface AttachOptions {
  /** The call's media connection failed for good (ICE gave up). */
  readonly onFailed?: () => void;
}

export interface SipCallMedia {
  /** What this media was attached to (a call's session can change, e.g. by Replaces). */
  readonly source: CallMediaSource;
  /**
   * In a conference (true) the mix plays both parties and feeds this call's sender: the call's
   * own playback and microphone switching stand aside until false.
   */
  setMixed(mixed: boolean): void;
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
  /**
   * Starts reporting the devices state (the whole state once, then changes). Called by the back
   * end's start(), once its events are listened to: what is emitted earlier is lost.
   */
  start?(): Promise<void>;
  /** Plays a call's remote audio on the chosen output and samples its quality. */
  attach(callId: string, source: CallMediaSource, options?: AttachOptions): SipCallMedia;
  /** Three-way: each party hears the agent and the other party; the agent hears both. */
  conference(a: CallMediaSource, b: CallMediaSource): ConferenceMix;
  ringback(on: boolean): void;
  ringtone(on: boolean): void;
  destroy(): void;
}
