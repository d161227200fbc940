/**
 * Runs inside each agent's iframe (agent-frame.html): exposes the kit's facade of this
 * document's own module instance to the test page, and records this document's WebSockets so a
 * test can drop them (a WebSocket closed mid-call, as a proxy or a network change would).
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
};

(window as unknown as { ccAgent: AgentFrameApi }).ccAgent = api;
window.dispatchEvent(new Event('cc-agent-ready'));
