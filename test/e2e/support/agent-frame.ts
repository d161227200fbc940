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

export interface AgentFrameApi {
  createCallCenter: typeof createCallCenter;
  /** Closes every open WebSocket of this agent; resolves how many were open. */
  closeWebSockets(): number;
}

const api: AgentFrameApi = {
  createCallCenter,
  closeWebSockets() {
    const open = [...sockets].filter((s) => s.readyState === NativeWebSocket.OPEN);
    for (const socket of open) socket.close(4000, 'closed by the test');
    return open.length;
  },
};

(window as unknown as { ccAgent: AgentFrameApi }).ccAgent = api;
window.dispatchEvent(new Event('cc-agent-ready'));
