import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LazyChunkController, type LazyChunk } from './lazy-chunk.js';

/** An element's behaviour, loaded lazily: what its element calls around each render. */
export interface ElementLogic {
  /** Before each render (the element's own state is computed here). */
  willUpdate(): void;
  /** After each render (focus management). */
  updated(): void;
  /** True while a part this logic asked for is loading. */
  readonly loading: boolean;
  /** Resolves when no load this logic started is under way. */
  settled(): Promise<void>;
}

/**
 * Gives an element its behaviour from a lazily loaded module: requests the module when the
 * element connects, creates the behaviour with `create` once it is here, and runs it around
 * each render. Until then `logic` is null and the element renders its frame.
 *
 * The element overrides `getUpdateComplete` to wait while `busy` (see {@link settled}), so a
 * caller awaiting `updateComplete` sees the element complete.
 */
export class ElementLogicController<M, L extends ElementLogic> implements ReactiveController {
  private readonly chunk: LazyChunkController<M>;
  private current: L | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    chunk: LazyChunk<M>,
    private readonly create: (module: M) => L,
  ) {
    this.chunk = new LazyChunkController(host, chunk);
    host.addController(this);
  }

  /** The behaviour, or null until its module has loaded. */
  get logic(): L | null {
    return this.current;
  }

  /** True while the module, or a part the behaviour asked for, is loading. */
  get busy(): boolean {
    return this.chunk.pending || (this.current?.loading ?? false);
  }

  /** Resolves when nothing the element asked for is loading. */
  async settled(): Promise<void> {
    await this.chunk.settled();
    await this.current?.settled();
  }

  /**
   * The behaviour, waiting for its module if needed (for public methods called early); null
   * only when the module could not be loaded (logged, and tried again later).
   */
  async loaded(): Promise<L | null> {
    if (!this.current) {
      this.chunk.need();
      await this.host.updateComplete;
    }
    return this.current;
  }

  hostConnected(): void {
    this.chunk.need();
  }

  hostUpdate(): void {
    const module = this.chunk.value;
    if (!this.current && module) this.current = this.create(module);
    this.current?.willUpdate();
  }

  hostUpdated(): void {
    this.current?.updated();
  }
}
