/**
 * The sip.js back end: registration over WebSocket, calls with WebRTC media.
 * Loaded lazily by the registry, so sip.js stays out of pages that do not use it.
 */
import type { Backend, BackendFactory } from '../backend.js';
import { createSipMedia } from '../../media/sip/sip-media.js';
import { resolveSipOptions, type SipBackendOptions } from './options.js';
import { SipBackend } from './sip-backend.js';

export type { SipBackendOptions } from './options.js';
export type { DtmfMethod } from './options.js';
export { SIP_REASONS, sipCapabilities } from './sip-backend.js';

export const createSipBackend: BackendFactory<SipBackendOptions> = async (
  options,
): Promise<Backend> => {
  const resolved = resolveSipOptions(options);
  return new SipBackend(resolved, createSipMedia);
};
