import { expect, fixture, html } from '@open-wc/testing';
import '../../components/hold-list/hold-list.js';
import type { CcHoldList, HoldListItem } from '../../components/hold-list/hold-list.component.js';
import type { CcSwitchCallEvent } from '../../components/hold-list/switch-call-event.js';

const items: HoldListItem[] = [
  {
    id: 'a',
    name: 'Wang Fang',
    number: '13800138000',
    since: Date.now() - 30_000,
    switchable: true,
  },
  { id: 'b', name: '', number: '10086', since: Date.now() - 5_000, switchable: false },
];

describe('<cc-hold-list>', () => {
  it('lists held calls with a named switch button each', async () => {
    const el = await fixture<CcHoldList>(html`<cc-hold-list .items=${items}></cc-hold-list>`);
    await expect(el).to.be.accessible();
    const buttons = [
      ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="switch-button"]'),
    ];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Switch to Wang Fang',
      'Switch to 10086',
    ]);
    expect(buttons.map((b) => b.disabled)).to.deep.equal([false, true]);
    expect(el.shadowRoot!.querySelectorAll('cc-call-timer')).to.have.length(2);
  });

  it('fires cc-switch-call with the call id', async () => {
    const el = await fixture<CcHoldList>(html`<cc-hold-list .items=${items}></cc-hold-list>`);
    const chosen: string[] = [];
    el.addEventListener('cc-switch-call', (e: CcSwitchCallEvent) => chosen.push(e.callId));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="switch-button"]')!.click();
    expect(chosen).to.deep.equal(['a']);
  });

  it('renders nothing when no call is held', async () => {
    const el = await fixture<CcHoldList>(html`<cc-hold-list></cc-hold-list>`);
    expect(el.shadowRoot!.querySelector('ul')).to.equal(null);
  });
});
