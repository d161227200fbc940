import { expect } from '@open-wc/testing';
import { mountOnDemo, part, until, settle } from './phone-bar.fixture.js';

describe('<cc-phone-bar> smoke', () => {
  it('renders and dials on the demo back end', async () => {
    const { bar, cc } = await mountOnDemo();
    await expect(bar).to.be.accessible();
    const input = part<HTMLInputElement>(bar, 'number-input')!;
    input.value = '10086';
    input.dispatchEvent(new Event('input'));
    part<HTMLButtonElement>(bar, 'dial-button')!.click();
    await until(() => cc.snapshot.calls.order.length === 1, 'a call');
    await until(() => bar.callState === 'talking', 'talking');
    await settle(bar);
    expect(part(bar, 'hangup-button')).to.exist;
    await expect(bar).to.be.accessible();
  });
});
