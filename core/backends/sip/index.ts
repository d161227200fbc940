/**
 * The sip.js back end: registration over WebSocket, calls with WebRTC media.
 * Loaded lazily by the registry so sip.js stays out of pages that do not use it.
 */
import type { Backend, BackendFactory } from '../backend.js';
import { CallCenterError } from '../../model/errors.js';

export interface SipBackendOptions {
  /** ws:// or wss:// URL of the SIP server's WebSocket. */
  readonly server: string;
  /** The agent's SIP address, sip:user@domain. */
  readonly aor: string;
}

export const createSipBackend: BackendFactory<SipBackendOptions> = (): Backend => {
  throw new CallCenterError('backend-unavailable', 'The SIP back end is being built.');
};
