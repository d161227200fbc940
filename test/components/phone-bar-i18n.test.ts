/**
 * <cc-phone-bar> in Simplified Chinese and English: it follows the `lang` around it (one locale
 * per page, see components/i18n/README.md), errors are localized by code, and it stays
 * accessible in both.
 */
import { expect } from '@open-wc/testing';
import { localeSettled } from '../../components/i18n/localization.js';
import type { CcPhoneBar } from '../../components/phone-bar/phone-bar.component.js';
import { click, mountOnFake, part, settle, typeInto } from './phone-bar.fixture.js';

async function localized(bar: CcPhoneBar): Promise<void> {
  await localeSettled();
  await settle(bar);
}

const name = (bar: CcPhoneBar, control: string) => part(bar, control)!.textContent!.trim();

describe('<cc-phone-bar> languages', () => {
  it('speaks Simplified Chinese under lang="zh-CN"', async () => {
    const { bar, fake } = await mountOnFake({ lang: 'zh-CN' });
    await localized(bar);
    expect(part(bar, 'base')!.getAttribute('lang')).to.equal('zh-Hans');
    expect(name(bar, 'dial-button')).to.equal('拨号');
    fake.ring({ queue: { id: 'support', name: 'Support' } });
    await settle(bar);
    expect(name(bar, 'answer-button')).to.equal('接听');
    expect(name(bar, 'reject-button')).to.equal('拒接');
    const banner = part(bar, 'incoming-call')!;
    await (banner as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(banner.shadowRoot!.textContent).to.contain('来电').and.to.contain('队列: Support');
    await click(bar, 'answer-button');
    expect(name(bar, 'hangup-button')).to.equal('挂断');
    expect(name(bar, 'hold-button')).to.equal('保持');
    expect(name(bar, 'mute-button')).to.equal('静音');
    expect(name(bar, 'transfer-button')).to.equal('转接');
    expect(name(bar, 'consult-button')).to.equal('咨询');
    expect(part(bar, 'call-state')!.textContent).to.contain('通话中');
    await expect(bar).to.be.accessible();
  });

  it('localizes errors by code in Chinese', async () => {
    const { bar } = await mountOnFake({ lang: 'zh-Hans' });
    await localized(bar);
    // Not a number, and not a SIP user name either (the fake back end accepts those).
    await typeInto(bar, '1008!6');
    await click(bar, 'dial-button');
    expect(part(bar, 'error')!.textContent).to.contain('号码格式不正确。');
    expect(part(bar, 'error')!.textContent).not.to.contain('That is not');
    await expect(bar).to.be.accessible();
  });

  it('announces an incoming call in Chinese', async () => {
    const { bar, fake } = await mountOnFake({ lang: 'zh-Hans' });
    await localized(bar);
    fake.ring({
      remote: { number: '10086', displayName: '王芳' },
      queue: { id: 'q', name: '售后' },
    });
    await settle(bar);
    const region = document.body.querySelector('[data-cc-live-region="polite"]')!;
    await new Promise((r) => setTimeout(r, 150));
    expect(region.textContent).to.equal('王芳 来电，队列 售后');
  });

  it('switches back to English when the page language changes', async () => {
    const { bar, provider } = await mountOnFake({ lang: 'zh-Hans', scenario: 'talking' });
    await localized(bar);
    expect(name(bar, 'hangup-button')).to.equal('挂断');
    provider.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r, 0));
    await localized(bar);
    expect(name(bar, 'hangup-button')).to.equal('Hang up');
    expect(part(bar, 'base')!.getAttribute('lang')).to.equal('en');
    await expect(bar).to.be.accessible();
  });
});
