/**
 * Proves the test browser is configured as the kit needs: real Chromium with fake capture
 * devices (a microphone without a permission prompt) and decorators compiled the Lit way.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';

@customElement('tooling-probe')
class ToolingProbe extends LitElement {
  @property() label = 'probe';

  override render() {
    return html`<button>${this.label}</button>`;
  }
}

describe('test browser', () => {
  it('hands out a live fake microphone track without a prompt', async () => {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    try {
      const [track] = stream.getAudioTracks();
      expect(track, 'audio track').to.exist;
      expect(track!.readyState).to.equal('live');
      expect(track!.kind).to.equal('audio');
    } finally {
      stream.getTracks().forEach((track) => track.stop());
    }
  });

  it('lets an AudioContext run without a user gesture', async () => {
    const context = new AudioContext();
    try {
      await context.resume();
      expect(context.state).to.equal('running');
    } finally {
      await context.close();
    }
  });

  it('compiles legacy decorators into reactive properties', async () => {
    const el = await fixture<ToolingProbe>(html`<tooling-probe label="Dial"></tooling-probe>`);
    expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal('Dial');
    el.label = 'Hang up';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal('Hang up');
    await expect(el).to.be.accessible();
  });
});
