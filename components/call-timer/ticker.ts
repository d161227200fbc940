/**
 * One clock for every timer on the page: a single interval, aligned to whole seconds, that
 * runs only while some element listens. A bar with a call timer and a hold list of five calls
 * costs one timer, not six.
 */
type Tick = () => void;

const listeners = new Set<Tick>();
let handle: ReturnType<typeof setTimeout> | null = null;

function schedule(): void {
  // Aim just past the next whole second, so "0:59" turns into "1:00" when a person expects it.
  const wait = 1000 - (Date.now() % 1000) + 5;
  handle = setTimeout(() => {
    for (const tick of listeners) tick();
    if (listeners.size > 0) schedule();
    else handle = null;
  }, wait);
}

/** Calls `tick` once a second until the returned function is called. */
export function everySecond(tick: Tick): () => void {
  listeners.add(tick);
  if (handle === null) schedule();
  return () => {
    listeners.delete(tick);
    if (listeners.size === 0 && handle !== null) {
      clearTimeout(handle);
      handle = null;
    }
  };
}

/** "0:07", "12:34", "1:02:03": minutes and seconds, hours only when there are some. */
export function formatDuration(milliseconds: number): string {
  const total = Math.max(0, Math.floor(milliseconds / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

/** The same duration as an ISO 8601 duration, for `<time datetime>`. */
export function isoDuration(milliseconds: number): string {
  const total = Math.max(0, Math.floor(milliseconds / 1000));
  return `PT${Math.floor(total / 3600)}H${Math.floor((total % 3600) / 60)}M${total % 60}S`;
}
