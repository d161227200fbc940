import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { lazyChunk, LazyChunkController, type LazyChunk } from './lazy-chunk.js';

/** A module loader that fails `failures` times (as a dropped network would), then loads. */
function flakyLoader(failures: number) {
  const calls = { count: 0 };
  const chunk = lazyChunk(async () => {
    calls.count += 1;
    if (calls.count <= failures) throw new TypeError('Failed to fetch dynamically imported module');
    return { greeting: 'loaded' };
  });
  return { chunk, calls };
}

class ChunkProbe extends LitElement {
  chunk!: LazyChunk<{ greeting: string }>;
  controller!: LazyChunkController<{ greeting: string }>;

  /** Builds the controller with a short first retry, so the test waits milliseconds. */
  use(chunk: LazyChunk<{ greeting: string }>): void {
    this.controller = new LazyChunkController(this, chunk, 10);
  }

  override render() {
    return html`<p>${this.controller?.value?.greeting ?? 'frame'}</p>`;
  }
}
customElements.define('chunk-probe', ChunkProbe);

describe('LazyChunkController', () => {
  let errors: unknown[];
  const consoleError = console.error;
  beforeEach(() => {
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args);
  });
  afterEach(() => {
    console.error = consoleError;
  });

  it('loads once for every element that needs it, and renders the host when it arrives', async () => {
    const { chunk, calls } = flakyLoader(0);
    const a = await fixture<ChunkProbe>(html`<chunk-probe></chunk-probe>`);
    const b = await fixture<ChunkProbe>(html`<chunk-probe></chunk-probe>`);
    a.use(chunk);
    b.use(chunk);
    a.controller.need();
    b.controller.need();
    await a.controller.settled();
    await b.controller.settled();
    await a.updateComplete;
    await b.updateComplete;
    expect(calls.count).to.equal(1);
    expect(a.shadowRoot!.textContent).to.contain('loaded');
    expect(b.shadowRoot!.textContent).to.contain('loaded');
  });

  it('after a failed load, tries again with growing waits until it loads, showing the frame meanwhile', async () => {
    const { chunk, calls } = flakyLoader(2);
    const probe = await fixture<ChunkProbe>(html`<chunk-probe></chunk-probe>`);
    probe.use(chunk);
    probe.controller.need();
    await probe.controller.settled();
    await probe.updateComplete;
    expect(calls.count).to.equal(1);
    expect(probe.shadowRoot!.textContent).to.contain('frame');

    // Waits 10 ms, then 20 ms: the third load succeeds.
    await waitUntil(() => probe.controller.value !== null, 'the chunk never loaded', {
      timeout: 2_000,
    });
    await probe.updateComplete;
    expect(calls.count).to.equal(3);
    expect(probe.shadowRoot!.textContent).to.contain('loaded');
    expect(errors).to.have.length(2);
  });

  it('does not try again while the host is out of the page, and tries at once when it is back', async () => {
    const { chunk, calls } = flakyLoader(1);
    const probe = await fixture<ChunkProbe>(html`<chunk-probe></chunk-probe>`);
    const parent = probe.parentElement!;
    probe.use(chunk);
    probe.controller.need();
    await probe.controller.settled();
    probe.remove();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(calls.count).to.equal(1);

    parent.append(probe);
    await probe.controller.settled();
    await probe.updateComplete;
    expect(calls.count).to.equal(2);
    expect(probe.shadowRoot!.textContent).to.contain('loaded');
  });
});
