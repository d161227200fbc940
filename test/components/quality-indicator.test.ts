import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/quality-indicator/quality-indicator.js';
import type { CcQualityIndicator } from '../../components/quality-indicator/quality-indicator.component.js';
import { makeQuality } from '../helpers/builders.js';

describe('<cc-quality-indicator>', () => {
  it('shows the grade as bars and words, reflected as an attribute', async () => {
    const el = await fixture<CcQualityIndicator>(
      html`<cc-quality-indicator
        .quality=${makeQuality({ callId: 'c', grade: 'd' })}
      ></cc-quality-indicator>`,
    );
    await expect(el).to.be.accessible();
    expect(el.getAttribute('grade')).to.equal('d');
    expect(el.shadowRoot!.querySelectorAll('.bar.on')).to.have.length(4);
    expect(el.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).to.equal(
      'Call quality: Good',
    );
  });

  it('shows rtt, jitter, loss and MOS on focus, flags metrics past threshold, hides on Escape', async () => {
    const quality = makeQuality({
      callId: 'c',
      rtt: 320,
      jitter: 41,
      loss: 0.053,
      mos: 2.6,
      grade: 'b',
      warnings: ['jitter'],
    });
    const el = await fixture<CcQualityIndicator>(
      html`<cc-quality-indicator .quality=${quality}></cc-quality-indicator>`,
    );
    const details = el.shadowRoot!.querySelector<HTMLElement>('[part="details"]')!;
    expect(getComputedStyle(details).display).to.equal('none');
    el.focus();
    expect(getComputedStyle(details).display).to.equal('grid');
    const text = details.textContent!.replace(/\s+/g, ' ');
    for (const value of ['320 ms', '41 ms', '5.3 %', '2.6']) expect(text).to.contain(value);
    expect(details.querySelectorAll('dd.warning')).to.have.length(1);
    expect(text).to.contain('above threshold');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(getComputedStyle(details).display).to.equal('none');
  });

  it('says "Measuring" before the first sample', async () => {
    const el = await fixture<CcQualityIndicator>(
      html`<cc-quality-indicator></cc-quality-indicator>`,
    );
    expect(el.hasAttribute('grade')).to.equal(false);
    expect(el.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).to.equal(
      'Call quality: Measuring',
    );
  });
});
