import { expect, fixture, html } from '@open-wc/testing';
import '../../components/device-picker/device-picker.js';
import type { CcDevicePicker } from '../../components/device-picker/device-picker.component.js';
import { levelOf } from '../../components/device-picker/microphone-level.js';
import { FAKE_INPUTS, FAKE_OUTPUTS } from '../helpers/fake-backend.js';

/** Records the streams the picker opens, so a test can see them stopped. */
function spyOnGetUserMedia(): { streams: MediaStream[]; restore(): void } {
  const media = navigator.mediaDevices;
  const original = media.getUserMedia.bind(media);
  const streams: MediaStream[] = [];
  media.getUserMedia = async (constraints) => {
    const stream = await original(constraints);
    streams.push(stream);
    return stream;
  };
  return { streams, restore: () => (media.getUserMedia = original) };
}

describe('<cc-device-picker>', () => {
  it('lists microphones, speakers and ringers with the system default first', async () => {
    const el = await fixture<CcDevicePicker>(
      html`<cc-device-picker
        .inputs=${FAKE_INPUTS}
        .outputs=${FAKE_OUTPUTS}
        .input=${'mic-headset'}
        output-selectable
        .meter=${false}
      ></cc-device-picker>`,
    );
    await expect(el).to.be.accessible();
    const select = (role: string) =>
      el.shadowRoot!.querySelector<HTMLSelectElement>(`[part="${role}-select"]`)!;
    expect([...select('input').options].map((o) => o.value)).to.deep.equal([
      '',
      'mic-default',
      'mic-headset',
    ]);
    expect(select('input').value).to.equal('mic-headset');
    expect(select('ringer').options).to.have.length(3);
    expect(el.shadowRoot!.querySelector('meter')).to.equal(null);
  });

  it('fires change with the new choice and which one changed', async () => {
    const el = await fixture<CcDevicePicker>(
      html`<cc-device-picker
        .inputs=${FAKE_INPUTS}
        .outputs=${FAKE_OUTPUTS}
        output-selectable
        .meter=${false}
      ></cc-device-picker>`,
    );
    const seen: string[] = [];
    el.addEventListener('change', () => seen.push(`${el.changed}=${el.ringer}`));
    const ringer = el.shadowRoot!.querySelector<HTMLSelectElement>('[part="ringer-select"]')!;
    ringer.value = 'spk-headset';
    ringer.dispatchEvent(new Event('change', { bubbles: true }));
    expect(seen).to.deep.equal(['ringer=spk-headset']);
  });

  it('disables speaker and ringer when the browser cannot route audio', async () => {
    const el = await fixture<CcDevicePicker>(
      html`<cc-device-picker .outputs=${FAKE_OUTPUTS} .meter=${false}></cc-device-picker>`,
    );
    expect(
      el.shadowRoot!.querySelector<HTMLSelectElement>('[part="output-select"]')!.disabled,
    ).to.equal(true);
    expect(el.shadowRoot!.textContent).to.contain('system speaker');
  });

  it('measures the chosen microphone locally and releases it when removed', async () => {
    const spy = spyOnGetUserMedia();
    try {
      const el = await fixture<CcDevicePicker>(html`<cc-device-picker></cc-device-picker>`);
      const meter = () => el.shadowRoot!.querySelector('meter')!;
      const start = performance.now();
      while (meter().value === 0 && performance.now() - start < 3_000)
        await new Promise((r) => setTimeout(r, 50));
      expect(meter().value, 'the fake microphone beeps').to.be.greaterThan(0);
      expect(spy.streams).to.have.length(1);
      el.remove();
      expect(spy.streams[0]!.getTracks().every((t) => t.readyState === 'ended')).to.equal(true);
    } finally {
      spy.restore();
    }
  });

  it('uses a level given by the host instead of measuring', async () => {
    const spy = spyOnGetUserMedia();
    try {
      const el = await fixture<CcDevicePicker>(
        html`<cc-device-picker .level=${0.4}></cc-device-picker>`,
      );
      await new Promise((r) => setTimeout(r, 100));
      expect(el.shadowRoot!.querySelector('meter')!.value).to.equal(0.4);
      expect(spy.streams).to.have.length(0);
    } finally {
      spy.restore();
    }
  });

  it('maps silence to 0 and full scale to 1', () => {
    expect(levelOf(new Float32Array(128))).to.equal(0);
    expect(levelOf(new Float32Array(128).fill(1))).to.equal(1);
    expect(levelOf(new Float32Array(128).fill(0.01))).to.be.closeTo(1 / 3, 0.01);
  });
});
