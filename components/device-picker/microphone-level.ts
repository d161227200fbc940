/**
 * A microphone level for the device picker's meter, measured in the page: a local stream from
 * the chosen microphone into an AnalyserNode, read ten times a second. It never leaves the
 * page (no back end sees it) and it runs only while the picker is open: `stop()` releases the
 * microphone and the audio context.
 */
export class MicrophoneLevel {
  private stream: MediaStream | null = null;
  private context: AudioContext | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  /** Bumped by every start and stop, so a slow getUserMedia cannot revive a stopped meter. */
  private generation = 0;

  constructor(private readonly onLevel: (level: number) => void) {}

  get running(): boolean {
    return this.stream !== null;
  }

  /**
   * Starts measuring `deviceId` (null: the default microphone). Resolves false when the
   * microphone cannot be opened (no device, no permission): the meter just stays empty.
   */
  async start(deviceId: string | null): Promise<boolean> {
    this.stop();
    const generation = ++this.generation;
    if (!navigator.mediaDevices?.getUserMedia) return false;
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        audio: deviceId ? { deviceId: { exact: deviceId } } : true,
      });
    } catch {
      return false;
    }
    if (generation !== this.generation) {
      for (const track of stream.getTracks()) track.stop();
      return false;
    }
    this.stream = stream;
    const context = new AudioContext();
    this.context = context;
    const analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    context.createMediaStreamSource(stream).connect(analyser);
    // Opened from a click, the context may still start suspended in some browsers.
    void context.resume().catch(() => {});
    const samples = new Float32Array(analyser.fftSize);
    this.timer = setInterval(() => {
      analyser.getFloatTimeDomainData(samples);
      this.onLevel(levelOf(samples));
    }, 100);
    return true;
  }

  stop(): void {
    this.generation++;
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = null;
    void this.context?.close().catch(() => {});
    this.context = null;
  }
}

/**
 * Loudness 0..1 from raw samples: the RMS in decibels, mapped from -60 dBFS (silence) to
 * 0 dBFS, which moves the way people hear it rather than hugging the bottom of the bar.
 */
export function levelOf(samples: Float32Array): number {
  let sum = 0;
  for (const s of samples) sum += s * s;
  const rms = Math.sqrt(sum / Math.max(1, samples.length));
  if (rms <= 0) return 0;
  const db = 20 * Math.log10(rms);
  return Math.min(1, Math.max(0, (db + 60) / 60));
}
