/**
 * Runs inside each agent's iframe (agent-frame.html): exposes the kit's facade of this
 * document's own module instance to the test page, and records this document's WebSockets so a
 * test can drop them (a WebSocket closed mid-call, as a proxy or a network change would), and
 * can make this document's getUserMedia refuse the microphone (as a user who clicks "Block").
 */
import { createCallCenter } from '../../../core/index.js';

const sockets = new Set<WebSocket>();
const NativeWebSocket = window.WebSocket;

/** The browser's WebSocket, remembered while open. sip.js constructs it by this global name. */
class RecordedWebSocket extends NativeWebSocket {
  constructor(url: string | URL, protocols?: string | string[]) {
    super(url, protocols);
    sockets.add(this);
    this.addEventListener('close', () => sockets.delete(this));
  }
}
window.WebSocket = RecordedWebSocket as typeof WebSocket;

const peers: RTCPeerConnection[] = [];

/** The browser's RTCPeerConnection, remembered so a test can read what each call receives. */
class RecordedPeerConnection extends RTCPeerConnection {
  constructor(configuration?: RTCConfiguration) {
    super(configuration);
    peers.push(this);
  }
}
window.RTCPeerConnection = RecordedPeerConnection as typeof RTCPeerConnection;

const mediaDevices = navigator.mediaDevices;
const nativeGetUserMedia = mediaDevices.getUserMedia.bind(mediaDevices);
let microphoneDenied = false;
/** This document's getUserMedia, refusing with NotAllowedError while the test denies it. */
mediaDevices.getUserMedia = (constraints?: MediaStreamConstraints) =>
  microphoneDenied
    ? Promise.reject(new DOMException('Permission denied', 'NotAllowedError'))
    : nativeGetUserMedia(constraints);

/** What one open peer connection has received so far (cumulative). */
export interface InboundAudio {
  readonly packetsReceived: number;
  /** Sum of squared sample levels times duration (inbound-rtp totalAudioEnergy). */
  readonly totalAudioEnergy: number;
}

export interface AgentFrameApi {
  createCallCenter: typeof createCallCenter;
  /** Closes every open WebSocket of this agent; resolves how many were open. */
  closeWebSockets(): number;
  /** Inbound audio of every open peer connection of this agent, oldest first. */
  inboundAudio(): Promise<InboundAudio[]>;
  /** The audio tracks every open peer connection sends (replaceTrack changes them), oldest first. */
  sentTracks(): { readonly id: string; readonly label: string; readonly readyState: string }[];
  /** While true, getUserMedia in this document rejects with NotAllowedError ("Block"). */
  denyMicrophone(denied: boolean): void;
}

const api: AgentFrameApi = {
  createCallCenter,
  closeWebSockets() {
    const open = [...sockets].filter((s) => s.readyState === NativeWebSocket.OPEN);
    for (const socket of open) socket.close(4000, 'closed by the test');
    return open.length;
  },
  async inboundAudio() {
    const open = peers.filter((pc) => pc.connectionState !== 'closed');
    return Promise.all(
      open.map(async (pc) => {
        let packetsReceived = 0;
        let totalAudioEnergy = 0;
        (await pc.getStats()).forEach((s: Record<string, unknown>) => {
          if (s['type'] === 'inbound-rtp' && s['kind'] === 'audio') {
            packetsReceived += Number(s['packetsReceived'] ?? 0);
            totalAudioEnergy += Number(s['totalAudioEnergy'] ?? 0);
          }
        });
        return { packetsReceived, totalAudioEnergy };
      }),
    );
  },
  sentTracks() {
    return peers
      .filter((pc) => pc.connectionState !== 'closed')
      .flatMap((pc) => pc.getSenders())
      .flatMap(({ track }) => (track?.kind === 'audio' ? [track] : []))
      .map(({ id, label, readyState }) => ({ id, label, readyState }));
  },
  denyMicrophone(denied) {
    microphoneDenied = denied;
  },
};

(window as unknown as { ccAgent: AgentFrameApi }).ccAgent = api;
window.dispatchEvent(new Event('cc-agent-ready'));
