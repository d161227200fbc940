/**
 * Anything that sends the agent's microphone somewhere and can swap it without renegotiation.
 * An `RTCRtpSender` is one as it is; the loopback pair and the conference mixer expose their
 * own, so a device switch reaches every place the microphone goes.
 *
 * Contract: once `replaceTrack(next)` resolves the slot no longer uses its previous track, and
 * the caller of `replaceTrack` stops that previous track.
 */
export interface InputSlot {
  readonly track: MediaStreamTrack | null;
  replaceTrack(track: MediaStreamTrack | null): Promise<void>;
}
