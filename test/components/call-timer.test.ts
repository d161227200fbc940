import { expect, fixture, html } from '@open-wc/testing';
import '../../components/call-timer/call-timer.js';
import type { CcCallTimer } from '../../components/call-timer/call-timer.component.js';
import { formatDuration, isoDuration } from '../../components/call-timer/ticker.js';

describe('<cc-call-timer>', () => {
  it('formats durations as m:ss and h:mm:ss', () => {
    expect(formatDuration(7_000)).to.equal('0:07');
    expect(formatDuration(754_000)).to.equal('12:34');
    expect(formatDuration(3_723_000)).to.equal('1:02:03');
    expect(formatDuration(-5)).to.equal('0:00');
    expect(isoDuration(3_723_000)).to.equal('PT1H2M3S');
  });

  it('shows the time since start, named, and counts on', async () => {
    const el = await fixture<CcCallTimer>(
      html`<cc-call-timer .start=${Date.now() - 65_000} label="Call duration"></cc-call-timer>`,
    );
    await expect(el).to.be.accessible();
    const time = el.shadowRoot!.querySelector('time')!;
    expect(time.textContent).to.equal('1:05');
    expect(time.getAttribute('role')).to.equal('timer');
    expect(time.getAttribute('aria-label')).to.equal('Call duration');
    // The shared clock ticks on the next whole second; give a loaded machine a few of them.
    const shown = () => el.shadowRoot!.querySelector('time')!.textContent;
    for (let i = 0; i < 60 && shown() === '1:05'; i += 1)
      await new Promise((r) => setTimeout(r, 50));
    expect(shown()).to.match(/^1:0[6-8]$/);
  });

  it('freezes at end and shows nothing without a start', async () => {
    const start = Date.now() - 10_000;
    const el = await fixture<CcCallTimer>(
      html`<cc-call-timer .start=${start} .end=${start + 3_000}></cc-call-timer>`,
    );
    expect(el.shadowRoot!.textContent!.trim()).to.equal('0:03');
    el.start = null;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('time')).to.equal(null);
  });
});
