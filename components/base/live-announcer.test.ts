import { expect, waitUntil } from '@open-wc/testing';
import { announce, ensureLiveRegion } from './live-announcer.js';

describe('live announcer', () => {
  it('has one polite region per page, a child of body, reachable by screen readers', async () => {
    const region = ensureLiveRegion();
    expect(ensureLiveRegion()).to.equal(region);
    expect(region.parentElement).to.equal(document.body);
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.getAttribute('aria-atomic')).to.equal('true');
    // Hidden from sight, not from the accessibility tree.
    const style = getComputedStyle(region);
    expect(style.display).not.to.equal('none');
    expect(style.visibility).not.to.equal('hidden');
    expect(region.closest('[aria-hidden="true"]')).to.equal(null);
    expect(region.getBoundingClientRect().width).to.be.at.most(1);
    // axe checks the region as a screen reader would meet it (role, name, not hidden).
    announce('Status: Ready');
    await waitUntil(() => region.textContent === 'Status: Ready');
    await expect(region).to.be.accessible();
  });

  it('says a message as text, and says it again when repeated', async () => {
    const region = ensureLiveRegion();
    announce('Incoming call from <b>Wang</b>');
    expect(region.textContent, 'cleared first').to.equal('');
    await waitUntil(() => region.textContent === 'Incoming call from <b>Wang</b>');
    expect(region.querySelector('b')).to.equal(null);
    announce('Incoming call from <b>Wang</b>');
    expect(region.textContent).to.equal('');
    await waitUntil(() => region.textContent === 'Incoming call from <b>Wang</b>');
  });

  it('an assertive region is separate', () => {
    const assertive = ensureLiveRegion('assertive');
    expect(assertive).not.to.equal(ensureLiveRegion('polite'));
    expect(assertive.getAttribute('role')).to.equal('alert');
  });
});
