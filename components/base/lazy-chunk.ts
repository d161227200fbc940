import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A module loaded on demand with `import()`, shared by every element that needs it: the first
 * `load()` starts the import, later calls get the same promise, and `value` is set once it has
 * arrived, so an element created after that renders from it at once.
 */
export interface LazyChunk<T> {
  /** The module, or null until it has loaded. */
  readonly value: T | null;
  load(): Promise<T>;
}

export function lazyChunk<T>(loader: () => Promise<T>): LazyChunk<T> {
  let value: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    get value() {
      return value;
    },
    load() {
      loading ??= loader().then(
        (module) => (value = module),
        (error: unknown) => {
          // A failed import (network) is tried again the next time an element needs it.
          loading = null;
          throw error;
        },
      );
      return loading;
    },
  };
}

/** First wait before loading a chunk again after a failure; it doubles up to a minute. */
const FIRST_RETRY_MS = 2_000;
const LAST_RETRY_MS = 60_000;

/**
 * An element's handle on a {@link LazyChunk}: `need()` starts the load and re-renders the host
 * when the chunk arrives. `settled()` lets the host's `updateComplete` wait for a load it
 * started, so a test or a host awaiting `updateComplete` sees the finished element.
 *
 * A load that fails (the network dropped) is tried again while the host is connected, after 2,
 * 4, 8 ... up to 60 s; the host keeps rendering what it can without the chunk meanwhile.
 * (Browsers that follow the current HTML standard fetch a failed module again; older ones
 * remember the failure, and then only a reload helps.)
 */
export class LazyChunkController<T> implements ReactiveController {
  private loading: Promise<void> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly chunk: LazyChunk<T>,
    private readonly firstRetryMs = FIRST_RETRY_MS,
  ) {
    host.addController(this);
  }

  /** The chunk's module, or null while it has not loaded. */
  get value(): T | null {
    return this.chunk.value;
  }

  /** Loads the chunk unless it is here or on its way. */
  need(): void {
    if (this.chunk.value || this.loading) return;
    this.cancelRetry();
    this.loading = this.chunk.load().then(
      () => {
        this.loading = null;
        this.failures = 0;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.loading = null;
        this.failures += 1;
        console.error('cc-phone-kit: a lazily loaded part failed to load', error);
        this.scheduleRetry();
      },
    );
  }

  /** True while a load started by `need()` is under way. */
  get pending(): boolean {
    return this.loading !== null;
  }

  /** Resolves when no load started by `need()` is under way. */
  async settled(): Promise<void> {
    while (this.loading) await this.loading;
  }

  hostConnected(): void {
    this.connected = true;
    // Disconnected while a retry was due: try now.
    if (this.failures > 0 && !this.retryTimer) this.need();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.cancelRetry();
  }

  private scheduleRetry(): void {
    if (!this.connected) return;
    const wait = Math.min(LAST_RETRY_MS, this.firstRetryMs * 2 ** (this.failures - 1));
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.need();
    }, wait);
  }

  private cancelRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }
}
