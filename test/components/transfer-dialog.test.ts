import { expect, fixture, html } from '@open-wc/testing';
import '../../components/transfer-dialog/transfer-dialog.js';
import type { CcTransferDialog } from '../../components/transfer-dialog/transfer-dialog.component.js';
import type { CcTransferSubmitEvent } from '../../components/transfer-dialog/transfer-submit-event.js';
import { makeBusyRosterAgent, makeRosterAgent } from '../helpers/builders.js';

const agents = Array.from({ length: 120 }, (_, i) =>
  i % 3 === 0
    ? makeBusyRosterAgent({
        id: `a${i}`,
        name: `Agent ${String(i).padStart(3, '0')}`,
        extension: String(6000 + i),
      })
    : makeRosterAgent({
        id: `a${i}`,
        name: `Agent ${String(i).padStart(3, '0')}`,
        extension: String(6000 + i),
      }),
);

async function open(
  options: Partial<CcTransferDialog> = {},
): Promise<{ el: CcTransferDialog; submits: CcTransferSubmitEvent[] }> {
  const el = await fixture<CcTransferDialog>(
    html`<cc-transfer-dialog
      .transferKinds=${['agent', 'number', 'queue', 'ivr']}
      .consultKinds=${['agent', 'number']}
      can-transfer
      can-consult
      .agents=${agents}
      .queues=${[{ id: 'sales', name: 'Sales', waiting: 2 }]}
      .ivrNodes=${[{ id: 'survey', name: 'Survey' }]}
    ></cc-transfer-dialog>`,
  );
  Object.assign(el, options);
  const submits: CcTransferSubmitEvent[] = [];
  el.addEventListener('cc-transfer-submit', (e) => submits.push(e));
  el.show();
  await el.updateComplete;
  return { el, submits };
}

describe('<cc-transfer-dialog>', () => {
  it('opens as a modal, is accessible, and lists free agents first, at most 50', async () => {
    const { el } = await open();
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    const names = [...el.shadowRoot!.querySelectorAll('[part="agent-list"] .option-name')].map(
      (n) => n.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(names).to.have.length(50);
    expect(names[0]).to.equal('Agent 001 6001');
    expect(el.shadowRoot!.textContent).to.contain('Showing 50 of 120');
  });

  it('offers only the kinds the back end allows, and only the matching actions', async () => {
    const { el } = await open({ transferKinds: ['queue'], consultKinds: ['number'] });
    await el.updateComplete;
    const kinds = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="kind"]')].map(
      (i) => i.value,
    );
    expect(kinds).to.deep.equal(['number', 'queue']);
    expect(el.shadowRoot!.querySelector('[part="transfer-button"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="consult-button"]')).to.exist;
  });

  it('submits the chosen agent for consultation and a queue for transfer', async () => {
    const { el, submits } = await open();
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="agent"][value="a1"]')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="consult-button"]')!.click();
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="kind"][value="queue"]')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="queue"][value="sales"]')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="transfer-button"]')!.click();
    expect(submits.map((s) => [s.action, s.transferTarget])).to.deep.equal([
      ['consult', { kind: 'agent', agentId: 'a1' }],
      ['transfer', { kind: 'queue', queueId: 'sales' }],
    ]);
  });

  it('leaves the agent using the bar out, and searches', async () => {
    const { el } = await open({ selfId: 'a1' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('input[name="agent"][value="a1"]')).to.equal(null);
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    search.value = '6042';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(
      [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="agent"]')].map(
        (i) => i.value,
      ),
    ).to.deep.equal(['a42']);
  });

  it('disables the actions while busy and shows an error as text', async () => {
    const { el } = await open();
    el.busy = true;
    el.error = '<b>refused</b>';
    await el.updateComplete;
    expect(
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="transfer-button"]')!.disabled,
    ).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.equal('<b>refused</b>');
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
  });

  it('Cancel closes it and fires close', async () => {
    const { el } = await open();
    let closed = 0;
    el.addEventListener('close', () => (closed += 1));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="cancel-button"]')!.click();
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
    expect(closed).to.equal(1);
  });
});
