/**
 * What the parts of the demo contact center share: the event sink, the clock, the random
 * numbers, timers that die with the back end, and the media.
 */
import { CallCenterError } from '../../model/errors.js';
import type { BackendEvent } from '../../store/actions.js';
import type { DemoMedia } from './media/demo-media.js';
import type { DemoBackendOptions, DemoTimings } from './options.js';
import type { Random } from './random.js';

export interface DemoContext {
  readonly options: Required<
    Pick<
      DemoBackendOptions,
      'agents' | 'inboundPerMinute' | 'wrapUpSeconds' | 'customerHangsUpAfter'
    >
  >;
  readonly timings: DemoTimings;
  readonly random: Random;
  readonly media: DemoMedia;
  emit(event: BackendEvent): void;
  now(): number;
  /** Runs `fn` after `ms` unless cancelled or the back end is destroyed. */
  after(ms: number, fn: () => void): () => void;
  /** A simulated server round trip; rejects with `destroyed` if the back end goes away. */
  delay(ms?: number): Promise<void>;
  /** Unique ids for calls. */
  nextId(prefix: string): string;
}

/** Timers owned by one back end, cleared together on destroy. */
export class Timers {
  private readonly handles = new Set<ReturnType<typeof setTimeout>>();
  private readonly waiting = new Set<() => void>();
  private closed = false;

  after(ms: number, fn: () => void): () => void {
    if (this.closed) return () => {};
    const handle = setTimeout(() => {
      this.handles.delete(handle);
      fn();
    }, ms);
    this.handles.add(handle);
    return () => {
      clearTimeout(handle);
      this.handles.delete(handle);
    };
  }

  delay(ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.closed) {
        reject(new CallCenterError('destroyed', 'The demo back end was destroyed.'));
        return;
      }
      const abort = () =>
        reject(new CallCenterError('destroyed', 'The demo back end was destroyed.'));
      this.waiting.add(abort);
      this.after(ms, () => {
        this.waiting.delete(abort);
        resolve();
      });
    });
  }

  clear(): void {
    this.closed = true;
    for (const handle of this.handles) clearTimeout(handle);
    this.handles.clear();
    for (const abort of this.waiting) abort();
    this.waiting.clear();
  }
}
