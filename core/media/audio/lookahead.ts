/**
 * Books WebAudio events a little ahead of time from a coarse timer: audio-clock scheduling
 * stays sample-accurate even when the page's timers are late (busy main thread, background
 * tab throttling to about 1 s, hence the default horizon above that).
 */

export interface LookaheadOptions {
  /** How far ahead of `currentTime` events are booked, in seconds. Default 1.5. */
  readonly horizon?: number;
  /** Timer period in ms. Default 250. */
  readonly tickMs?: number;
}

/**
 * Calls `book(until)` now and then on every tick; `book` schedules everything that starts
 * before `until` (in AudioContext time) and remembers where it stopped. Returns a stop function.
 */
export function startLookahead(
  context: BaseAudioContext,
  book: (until: number) => void,
  options: LookaheadOptions = {},
): () => void {
  const horizon = options.horizon ?? 1.5;
  const tick = () => book(context.currentTime + horizon);
  tick();
  const timer = setInterval(tick, options.tickMs ?? 250);
  return () => clearInterval(timer);
}

/** A short linear fade in and out around [start, end], so gated audio does not click. */
export function scheduleGate(
  param: AudioParam,
  start: number,
  end: number,
  level: number,
  ramp = 0.01,
): void {
  const fade = Math.min(ramp, (end - start) / 2);
  param.setValueAtTime(0, start);
  param.linearRampToValueAtTime(level, start + fade);
  param.setValueAtTime(level, end - fade);
  param.linearRampToValueAtTime(0, end);
}
