/**
 * The one AudioContext the kit shares: tones, synthesized voices, the conference mixer.
 *
 * Browsers start an AudioContext `suspended` until the page has had a user gesture (autoplay
 * policy), and a suspended context produces silence. The kit therefore resumes it on demand
 * (from a click on login or answer) and reports `blocked` until it runs, so the UI can show
 * "click to enable sound" instead of playing nothing.
 *
 * Users take a lease; the context is closed when the last lease is released, so a destroyed
 * call center leaves no audio thread behind.
 */

/** A handle on the shared context; release it when done. */
export interface AudioContextLease {
  readonly context: AudioContext;
  /** Idempotent. The context closes when every lease is released. */
  release(): void;
}

let shared: AudioContext | null = null;
let leases = 0;
const listeners = new Set<(blocked: boolean) => void>();

/** How long {@link resumeAudioContext} waits: resume() never settles without a user gesture. */
const RESUME_WAIT_MS = 300;

function notify(): void {
  const blocked = audioContextBlocked();
  for (const listener of [...listeners]) listener(blocked);
}

/** Takes a lease on the shared AudioContext, creating it if needed. */
export function acquireAudioContext(): AudioContextLease {
  if (!shared || shared.state === 'closed') {
    shared = new AudioContext({ latencyHint: 'interactive' });
    shared.addEventListener('statechange', notify);
  }
  const context = shared;
  leases += 1;
  let released = false;
  return {
    context,
    release() {
      if (released) return;
      released = true;
      leases -= 1;
      if (leases === 0 && shared === context) {
        shared = null;
        context.removeEventListener('statechange', notify);
        void context.close().catch(() => undefined);
        notify();
      }
    },
  };
}

/** True while a shared context exists and is not running (suspended by the autoplay policy). */
export function audioContextBlocked(): boolean {
  return shared !== null && shared.state !== 'running';
}

/**
 * Tries to start the shared context; call it from a user gesture. Resolves true when it runs
 * (or there is no context yet, so nothing is blocked), false when the browser still refuses.
 */
export async function resumeAudioContext(): Promise<boolean> {
  const context = shared;
  if (!context || context.state === 'running') return true;
  if (context.state === 'closed') return true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    context.resume().catch(() => undefined),
    new Promise<void>((resolve) => (timer = setTimeout(resolve, RESUME_WAIT_MS))),
  ]);
  clearTimeout(timer);
  return (context.state as AudioContextState) === 'running';
}

/** Called with `blocked` whenever the shared context changes state; returns an unsubscribe. */
export function onAudioContextBlocked(listener: (blocked: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
