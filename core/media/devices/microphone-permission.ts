/**
 * The microphone permission as the UI needs it: the Permissions API where the browser has it
 * (Chromium, Firefox; Safari only recently), corrected by what getUserMedia actually did.
 */
import type { MicrophonePermission } from '../../store/state.js';

/** What getUserMedia's failure says about the permission; null when it says nothing. */
export function permissionFromError(error: unknown): MicrophonePermission | null {
  if (!(error instanceof DOMException)) return null;
  if (error.name === 'NotAllowedError' || error.name === 'SecurityError') return 'denied';
  if (error.name === 'NotFoundError') return 'unavailable';
  return null;
}

/**
 * Watches the `microphone` permission. Calls `listener` with the current state and on every
 * change; resolves with an unsubscribe function. Without a usable Permissions API it reports
 * nothing and the caller relies on getUserMedia's outcome.
 */
export async function watchMicrophonePermission(
  permissions: Permissions | null | undefined,
  listener: (state: MicrophonePermission) => void,
): Promise<() => void> {
  if (!permissions || typeof permissions.query !== 'function') return () => undefined;
  let status: PermissionStatus;
  try {
    // 'microphone' is not in every browser's PermissionName list (Firefox before 131 throws).
    status = await permissions.query({ name: 'microphone' as PermissionName });
  } catch {
    return () => undefined;
  }
  const report = () => listener(status.state);
  report();
  status.addEventListener('change', report);
  return () => status.removeEventListener('change', report);
}
