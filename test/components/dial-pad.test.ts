import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/dial-pad/dial-pad.js';
import type { CcDialPad } from '../../components/dial-pad/dial-pad.component.js';
import { padKey } from './phone-bar.fixture.js';

async function pad(letters = false): Promise<{ el: CcDialPad; keys: string[] }> {
  const el = await fixture<CcDialPad>(html`<cc-dial-pad ?letters=${letters}></cc-dial-pad>`);
  const keys: string[] = [];
  el.addEventListener('input', (e) => keys.push((e as InputEvent).data!));
  return { el, keys };
}

describe('<cc-dial-pad>', () => {
  it('is accessible, with twelve named keys and one tab stop', async () => {
    const { el } = await pad();
    await expect(el).to.be.accessible();
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    expect(buttons).to.have.length(12);
    expect(buttons.filter((b) => b.tabIndex === 0)).to.have.length(1);
    expect(padKey(el, '*').getAttribute('aria-label')).to.equal('Star');
    expect(padKey(el, '#').getAttribute('aria-label')).to.equal('Pound');
  });

  it('fires an input event per click, with the key as data', async () => {
    const { el, keys } = await pad();
    padKey(el, '5').click();
    padKey(el, '#').click();
    expect(keys).to.deep.equal(['5', '#']);
  });

  it('presses keys typed while it has focus, and moves with the arrow keys', async () => {
    const { el, keys } = await pad();
    el.focus();
    await sendKeys({ type: '9*' });
    expect(keys).to.deep.equal(['9', '*']);
    padKey(el, '1').focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    expect(keys.at(-1)).to.equal('5');
  });

  it('adds A-D for SIP back ends and ignores keys it does not have', async () => {
    const { el, keys } = await pad(true);
    expect(el.shadowRoot!.querySelectorAll('button')).to.have.length(16);
    el.press('D');
    const plain = await pad(false);
    plain.el.press('D');
    expect(keys).to.deep.equal(['D']);
    expect(plain.keys).to.deep.equal([]);
  });

  it('presses nothing while disabled', async () => {
    const { el, keys } = await pad();
    el.disabled = true;
    await el.updateComplete;
    el.press('1');
    expect(keys).to.deep.equal([]);
  });
});
