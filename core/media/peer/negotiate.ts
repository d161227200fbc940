/**
 * Connects two RTCPeerConnections of the same page to each other: trickled ICE candidates and
 * the offer/answer go straight from one object to the other, no signalling server.
 */
import { CallCenterError } from '../../model/errors.js';

/** Codecs the kit can ask for. */
export type PreferredCodec = 'opus' | 'pcmu';

/**
 * Puts `codec` first in the transceiver's codec list; keeps telephone-event (RFC 4733 DTMF)
 * and comfort noise. No-op where setCodecPreferences or the codec is missing.
 */
export function preferCodec(transceiver: RTCRtpTransceiver, codec: PreferredCodec): void {
  const capabilities =
    typeof RTCRtpReceiver.getCapabilities === 'function'
      ? RTCRtpReceiver.getCapabilities('audio')
      : null;
  if (!capabilities || typeof transceiver.setCodecPreferences !== 'function') return;
  const wanted = codec === 'pcmu' ? 'audio/pcmu' : 'audio/opus';
  const mime = (c: RTCRtpCodec) => c.mimeType.toLowerCase();
  const first = capabilities.codecs.filter((c) => mime(c) === wanted);
  if (first.length === 0) return;
  const helpers = capabilities.codecs.filter(
    (c) => mime(c) === 'audio/telephone-event' || mime(c) === 'audio/cn',
  );
  transceiver.setCodecPreferences([...first, ...helpers]);
}

/** Forwards each side's ICE candidates to the other; returns the function that stops it. */
export function linkIceCandidates(a: RTCPeerConnection, b: RTCPeerConnection): () => void {
  const forward = (to: RTCPeerConnection) => (event: RTCPeerConnectionIceEvent) => {
    if (!event.candidate || to.signalingState === 'closed') return;
    // A candidate arriving while the peer is closing is harmless to lose.
    to.addIceCandidate(event.candidate).catch(() => undefined);
  };
  const toB = forward(b);
  const toA = forward(a);
  a.addEventListener('icecandidate', toB);
  b.addEventListener('icecandidate', toA);
  return () => {
    a.removeEventListener('icecandidate', toB);
    b.removeEventListener('icecandidate', toA);
  };
}

/**
 * One offer/answer round. `beforeAnswer` runs after the answerer has the offer, the moment to
 * attach its tracks so they reuse the offered transceiver (one m-line carrying both ways).
 */
export async function exchangeOfferAnswer(
  offerer: RTCPeerConnection,
  answerer: RTCPeerConnection,
  beforeAnswer?: () => void,
): Promise<void> {
  await offerer.setLocalDescription();
  await answerer.setRemoteDescription(offerer.localDescription!);
  beforeAnswer?.();
  await answerer.setLocalDescription();
  await offerer.setRemoteDescription(answerer.localDescription!);
}

/** Resolves once `pc` is connected; rejects with `timeout` or `network` (failed or closed). */
export function waitConnected(pc: RTCPeerConnection, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const check = () => {
      const state = pc.connectionState;
      if (state === 'connected') finish(null);
      else if (state === 'failed' || state === 'closed') {
        finish(new CallCenterError('network', 'The audio connection could not be established.'));
      }
    };
    const timer = setTimeout(
      () =>
        finish(new CallCenterError('timeout', 'The audio connection took too long to establish.')),
      timeoutMs,
    );
    const finish = (error: CallCenterError | null) => {
      clearTimeout(timer);
      pc.removeEventListener('connectionstatechange', check);
      if (error) reject(error);
      else resolve();
    };
    pc.addEventListener('connectionstatechange', check);
    check();
  });
}
