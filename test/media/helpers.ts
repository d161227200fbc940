/** Shared helpers of the media tests: bounded polling, stats reading, level metering. */

/** Resolves when `check` is truthy; rejects after `timeoutMs`. Never asserts on speed. */
export async function pollUntil<T>(
  check: () => T | Promise<T>,
  timeoutMs = 8000,
  everyMs = 100,
): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(everyMs);
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Inbound audio figures of a connection. */
export async function inbound(
  pc: RTCPeerConnection,
): Promise<{ packetsReceived: number; audioLevel: number }> {
  let packetsReceived = 0;
  let audioLevel = 0;
  (await pc.getStats()).forEach((s: Record<string, unknown>) => {
    if (s['type'] === 'inbound-rtp' && s['kind'] === 'audio') {
      packetsReceived += Number(s['packetsReceived'] ?? 0);
      audioLevel = Math.max(audioLevel, Number(s['audioLevel'] ?? 0));
    }
  });
  return { packetsReceived, audioLevel };
}

/** Waits until inbound packets on `pc` rise between two readings. */
export async function packetsRising(pc: RTCPeerConnection, timeoutMs = 8000): Promise<void> {
  let last = (await inbound(pc)).packetsReceived;
  await pollUntil(
    async () => {
      const now = (await inbound(pc)).packetsReceived;
      const rising = now > last;
      last = now;
      return rising;
    },
    timeoutMs,
    300,
  );
}

/** A continuous sine on `context` whose level can change, as a stream for a peer connection. */
export interface SineSource {
  readonly stream: MediaStream;
  setLevel(level: number): void;
  stop(): void;
}

export function sineSource(context: AudioContext, frequency: number, level = 0.5): SineSource {
  const oscillator = context.createOscillator();
  oscillator.frequency.value = frequency;
  const gain = context.createGain();
  gain.gain.value = level;
  const destination = context.createMediaStreamDestination();
  oscillator.connect(gain).connect(destination);
  oscillator.start();
  return {
    stream: destination.stream,
    setLevel(next) {
      gain.gain.value = next;
    },
    stop() {
      oscillator.stop();
      gain.disconnect();
      destination.stream.getTracks().forEach((t) => t.stop());
    },
  };
}

/** Measures a stream's peak level (0..1) with an analyser, sampled every 50 ms for `ms`. */
export async function levelTrace(
  context: AudioContext,
  stream: MediaStream,
  ms: number,
): Promise<number[]> {
  const source = context.createMediaStreamSource(stream);
  const analyser = context.createAnalyser();
  analyser.fftSize = 1024;
  source.connect(analyser);
  const buffer = new Float32Array(analyser.fftSize);
  const trace: number[] = [];
  const end = performance.now() + ms;
  while (performance.now() < end) {
    analyser.getFloatTimeDomainData(buffer);
    let peak = 0;
    for (const v of buffer) peak = Math.max(peak, Math.abs(v));
    trace.push(peak);
    await sleep(50);
  }
  source.disconnect();
  return trace;
}

/**
 * The peak level of what a stream carries over `ms`. Used for what a simulated party hears:
 * Chromium's inbound-rtp audioLevel is measured after the playout volume, so for a stream that
 * is only played muted (the loopback pair's far end) it always reads 0.
 */
export async function peakLevel(
  context: AudioContext,
  stream: MediaStream,
  ms: number,
): Promise<number> {
  return Math.max(0, ...(await levelTrace(context, stream, ms)));
}
