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

/**
 * An element's handle on a {@link LazyChunk}: `need()` starts the load and re-renders the host
 * when the chunk arrives. `settled()` lets the host's `updateComplete` wait for a load it
 * started, so a test or a host awaiting `updateComplete` sees the finished element.
 */
export class LazyChunkController<T> implements ReactiveController {
  private loading: Promise<void> | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly chunk: LazyChunk<T>,
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
    this.loading = this.chunk.load().then(
      () => {
        this.loading = null;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.loading = null;
        console.error('cc-phone-kit: a lazily loaded part failed to load', error);
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

  hostConnected(): void {}
}
