/**
 * The media side of the demo: what the call engine asks of WebRTC. The real implementation
 * runs each call over two RTCPeerConnections in the page (agent and simulated customer);
 * `createSilentMedia` does nothing, for runs without WebRTC.
 */
import type { DeviceBackend } from '../../backend.js';

/** Which synthesized voice plays the far end. */
export type DemoVoice = 'customer' | 'colleague' | 'supervised';

export interface DemoCallMedia {
  /** Stops audio both ways (hold) or restores it. */
  setHeld(held: boolean): void;
  /** Silences the agent's microphone on this call without renegotiation. */
  setMuted(muted: boolean): void;
  /** Sends RFC 4733 tones; resolves when the far end has heard them all. */
  sendDtmf(digits: string): Promise<void>;
  close(): void;
}

export interface DemoMedia {
  readonly devices?: DeviceBackend;
  /**
   * Starts following devices. Called from the back end's start(), once the call center listens
   * to its events: the device manager's first, complete report must not be lost.
   */
  start?(): Promise<void>;
  /** Connects a call's audio; quality samples for `callId` start flowing into the store. */
  connect(callId: string, voice: DemoVoice): Promise<DemoCallMedia>;
  /** Mixes two connected calls so each party hears the other two (three-way conference). */
  conference(callIdA: string, callIdB: string): void;
  /** Local ringback tone while an outbound call rings without early media. */
  ringback(on: boolean): void;
  /** Ringtone on the ringer device while an inbound call rings. */
  ringtone(on: boolean): void;
  /** Digits each call's far end has heard (the simulated customer listens). */
  heardDtmf(callId: string): string;
  destroy(): void;
}

export function createSilentMedia(): DemoMedia {
  const heard = new Map<string, string>();
  return {
    async connect(callId) {
      heard.set(callId, '');
      return {
        setHeld() {},
        setMuted() {},
        async sendDtmf(digits) {
          heard.set(callId, (heard.get(callId) ?? '') + digits);
        },
        close() {},
      };
    },
    conference() {},
    ringback() {},
    ringtone() {},
    heardDtmf: (callId) => heard.get(callId) ?? '',
    destroy() {
      heard.clear();
    },
  };
}
