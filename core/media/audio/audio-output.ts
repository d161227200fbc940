/**
 * Plays a MediaStream through an `<audio>` element that is never attached to the page (core
 * renders no UI), on a chosen output device.
 *
 * Autoplay: a page without a user gesture may be refused playback (`NotAllowedError`). The
 * output then reports `blocked` instead of throwing, keeps the stream, and {@link retry}
 * (called after a user gesture) plays it.
 */
import { BehaviorSubject, type Observable } from 'rxjs';
import { CallCenterError } from '../../model/errors.js';

/** What became of a play request. */
export type PlayOutcome = 'playing' | 'blocked' | 'stopped';

/** True when the browser can route an element's audio to a chosen device (`setSinkId`). */
export function sinkSelectionSupported(): boolean {
  return typeof HTMLMediaElement !== 'undefined' && 'setSinkId' in HTMLMediaElement.prototype;
}

export interface AudioOutputOptions {
  /** Output device id; null follows the system default. */
  readonly sinkId?: string | null;
  /** 0..1, default 1. */
  readonly volume?: number;
}

export class AudioOutput {
  /** The unattached element; exposed for tests and for hosts that want to inspect it. */
  readonly element: HTMLAudioElement;
  private readonly blockedSubject = new BehaviorSubject(false);
  private sink: string | null;
  private destroyed = false;

  constructor(options: AudioOutputOptions = {}) {
    this.element = new Audio();
    this.element.autoplay = false;
    this.element.volume = options.volume ?? 1;
    this.sink = options.sinkId ?? null;
    if (this.sink !== null) void this.setSink(this.sink).catch(() => undefined);
  }

  /** Emits whether playback is blocked by the autoplay policy. */
  get blocked$(): Observable<boolean> {
    return this.blockedSubject.asObservable();
  }

  get blocked(): boolean {
    return this.blockedSubject.value;
  }

  /** The chosen output device id; null for the system default. */
  get sinkId(): string | null {
    return this.sink;
  }

  get stream(): MediaStream | null {
    return this.element.srcObject instanceof MediaStream ? this.element.srcObject : null;
  }

  /** Starts playing `stream`; never rejects. The stream's tracks stay owned by the caller. */
  async play(stream: MediaStream): Promise<PlayOutcome> {
    if (this.destroyed) return 'stopped';
    if (this.element.srcObject !== stream) this.element.srcObject = stream;
    return this.retry();
  }

  /** Plays the current stream again, typically after a user gesture. Never rejects. */
  async retry(): Promise<PlayOutcome> {
    const stream = this.stream;
    if (this.destroyed || !stream) return 'stopped';
    try {
      await this.element.play();
      this.setBlocked(false);
      return 'playing';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'NotAllowedError') {
        this.setBlocked(true);
        return 'blocked';
      }
      // AbortError: stop() or another play() replaced this one. Nothing to report.
      return 'stopped';
    }
  }

  /**
   * Routes the audio to a device; null means the system default. Rejects with
   * `not-supported` without setSinkId and `invalid-device` when the device does not exist.
   */
  async setSink(deviceId: string | null): Promise<void> {
    if (!sinkSelectionSupported()) {
      throw new CallCenterError(
        'not-supported',
        'This browser cannot choose the audio output device.',
      );
    }
    try {
      await this.element.setSinkId(deviceId ?? '');
      this.sink = deviceId;
    } catch (error) {
      throw new CallCenterError('invalid-device', 'The audio output device is not available.', {
        cause: error,
      });
    }
  }

  /** Stops playback and drops the stream (its tracks are not stopped: the caller owns them). */
  stop(): void {
    this.element.pause();
    this.element.srcObject = null;
    this.setBlocked(false);
  }

  /** Stops and completes {@link blocked$}. */
  destroy(): void {
    if (this.destroyed) return;
    this.stop();
    this.destroyed = true;
    this.blockedSubject.complete();
  }

  private setBlocked(blocked: boolean): void {
    if (!this.destroyed && this.blockedSubject.value !== blocked) this.blockedSubject.next(blocked);
  }
}
