import { expect, fixture, html } from '@open-wc/testing';
import '../../components/incoming-call/incoming-call.js';
import type { CcIncomingCall } from '../../components/incoming-call/incoming-call.component.js';

describe('<cc-incoming-call>', () => {
  it('shows number, name, location and queue, with slotted actions', async () => {
    const el = await fixture<CcIncomingCall>(
      html`<cc-incoming-call
        number="13800138000"
        display-name="Wang Fang"
        location="Shanghai"
        queue="Support"
      >
        <button slot="actions">Answer</button>
      </cc-incoming-call>`,
    );
    await expect(el).to.be.accessible();
    const text = el.shadowRoot!.textContent!;
    for (const part of ['Wang Fang', '13800138000', 'Shanghai', 'Queue: Support'])
      expect(text).to.contain(part);
    expect(
      el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="actions"]')!.assignedElements(),
    ).to.have.length(1);
  });

  it('falls back to the number, then to "Unknown caller"', async () => {
    const el = await fixture<CcIncomingCall>(
      html`<cc-incoming-call number="10086"></cc-incoming-call>`,
    );
    expect(el.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal('10086');
    el.number = '';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal('Unknown caller');
  });

  it('renders untrusted text as text', async () => {
    const markup = '<img src=x onerror="window.__pwned=1">';
    const el = await fixture<CcIncomingCall>(
      html`<cc-incoming-call
        number="1"
        .displayName=${markup}
        .queue=${'<script>window.__pwned=1</script>'}
      ></cc-incoming-call>`,
    );
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain(markup);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
