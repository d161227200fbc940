/**
 * Chromium only decodes a remote WebRTC audio track while something plays it out: fed only
 * into WebAudio (`createMediaStreamSource`) it yields silence, and `inbound-rtp.audioLevel`
 * stays 0. A muted, unattached `<audio>` element playing the stream makes the audio flow
 * without making it audible (muted playback is also exempt from the autoplay policy).
 */

/** Keeps `stream`'s remote audio decoded; returns the function that stops doing so. */
export function tapRemoteAudio(stream: MediaStream): () => void {
  const element = new Audio();
  element.muted = true;
  element.srcObject = stream;
  void element.play().catch(() => undefined);
  return () => {
    element.pause();
    element.srcObject = null;
  };
}
