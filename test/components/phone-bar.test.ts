/**
 * <cc-phone-bar> against the embedded demo back end (fast timings, no media): every control
 * does what it says to a contact center that behaves like a real one.
 */
import { expect } from '@open-wc/testing';
import type { CcDialRequestEvent } from '../../components/events/dial-request.js';
import type { CcTransferDialog } from '../../components/transfer-dialog/transfer-dialog.component.js';
import { click, mountOnDemo, padKey, part, settle, typeInto, until } from './phone-bar.fixture.js';

describe('<cc-phone-bar> on the demo back end', () => {
  it('is accessible when idle and shows only what an idle agent can use', async () => {
    const { bar } = await mountOnDemo();
    await expect(bar).to.be.accessible();
    expect(bar.getAttribute('call-state')).to.equal('idle');
    expect(part(bar, 'number-input')).to.exist;
    expect(part(bar, 'dial-button')).to.exist;
    expect(part(bar, 'hangup-button')).to.equal(null);
    expect(part(bar, 'hold-button')).to.equal(null);
    expect(part(bar, 'answer-button')).to.equal(null);
  });

  it('dials the typed number, follows the call to talking and hangs up', async () => {
    const { bar, cc } = await mountOnDemo();
    await typeInto(bar, '10086');
    await click(bar, 'dial-button');
    await until(() => bar.callState === 'dialing' || bar.callState === 'talking', 'dialing');
    expect(cc.snapshot.calls.byId[cc.snapshot.calls.order[0]!]!.remote.number).to.equal('10086');
    await until(() => bar.callState === 'talking', 'talking');
    await settle(bar);
    expect(part(bar, 'remote-party')!.textContent).to.contain('10086');
    expect(part(bar, 'call-timer')).to.exist;
    await click(bar, 'hangup-button');
    await until(() => cc.snapshot.calls.order.length === 0, 'the call to end');
    await settle(bar);
    expect(bar.getAttribute('call-state')).to.equal('idle');
  });

  it('holds and resumes with aria-pressed following the call', async () => {
    const { bar, cc } = await mountOnDemo();
    await bar.dial('10086');
    await until(() => bar.callState === 'talking', 'talking');
    await settle(bar);
    const hold = part<HTMLButtonElement>(bar, 'hold-button')!;
    expect(hold.getAttribute('aria-pressed')).to.equal('false');
    await click(bar, 'hold-button');
    await until(() => bar.callState === 'held', 'held');
    await settle(bar);
    expect(part(bar, 'hold-button')!.getAttribute('aria-pressed')).to.equal('true');
    await click(bar, 'hold-button');
    await until(() => bar.callState === 'talking', 'resumed');
    await settle(bar);
    expect(part(bar, 'hold-button')!.getAttribute('aria-pressed')).to.equal('false');
    expect(cc.snapshot.calls.byId[cc.snapshot.calls.activeId!]!.state).to.equal('talking');
  });

  it('mutes and unmutes with aria-pressed', async () => {
    const { bar, cc } = await mountOnDemo();
    await bar.dial('10086');
    await until(() => bar.callState === 'talking', 'talking');
    await settle(bar);
    await click(bar, 'mute-button');
    await until(() => cc.snapshot.calls.byId[cc.snapshot.calls.activeId!]!.muted, 'muted');
    await settle(bar);
    expect(part(bar, 'mute-button')!.getAttribute('aria-pressed')).to.equal('true');
    await click(bar, 'mute-button');
    await until(() => !cc.snapshot.calls.byId[cc.snapshot.calls.activeId!]!.muted, 'unmuted');
    await settle(bar);
    expect(part(bar, 'mute-button')!.getAttribute('aria-pressed')).to.equal('false');
  });

  it('sends keypad tones from the keypad and from typed digits, in order', async () => {
    const { bar, cc, demo } = await mountOnDemo();
    await bar.dial('10086');
    await until(() => bar.callState === 'talking', 'talking');
    await settle(bar);
    const callId = cc.snapshot.calls.activeId!;
    await click(bar, 'keypad-button');
    const pad = part(bar, 'keypad')!;
    for (const key of ['1', '2', '#']) {
      padKey(pad, key).click();
    }
    // Typed in the number field, which shows the tones during a call.
    const input = part<HTMLInputElement>(bar, 'number-input')!;
    input.dispatchEvent(
      new InputEvent('beforeinput', {
        data: '9',
        inputType: 'insertText',
        cancelable: true,
        bubbles: true,
      }),
    );
    await until(() => demo.heardDtmf(callId) === '12#9', 'the far end to hear 12#9');
    await settle(bar);
    expect(part<HTMLInputElement>(bar, 'number-input')!.value).to.equal('12#9');
  });

  it('answers an incoming call from the banner', async () => {
    const { bar, cc, demo } = await mountOnDemo();
    demo.simulateInboundCall({
      remote: { number: '13900001111', displayName: 'Li Lei', location: 'Beijing' },
      queueId: 'vip',
    });
    await until(() => bar.callState === 'ringing', 'ringing');
    await settle(bar);
    const banner = part(bar, 'incoming-call')!;
    const text = banner.shadowRoot!.textContent!;
    expect(text).to.contain('Li Lei');
    expect(text).to.contain('13900001111');
    expect(text).to.contain('Beijing');
    expect(text).to.contain('VIP');
    await expect(bar).to.be.accessible();
    await click(bar, 'answer-button');
    await until(() => bar.callState === 'talking', 'talking');
    expect(cc.snapshot.calls.byId[cc.snapshot.calls.activeId!]!.answeredAt).to.be.a('number');
  });

  it('rejects an incoming call', async () => {
    const { bar, cc, demo } = await mountOnDemo();
    demo.simulateInboundCall();
    await until(() => bar.callState === 'ringing', 'ringing');
    await settle(bar);
    await click(bar, 'reject-button');
    await until(() => cc.snapshot.calls.order.length === 0, 'the call to go');
    expect(cc.snapshot.calls.history[0]!.endCause).to.equal('rejected');
  });

  it('transfers to a number through the dialog', async () => {
    const { bar, cc } = await mountOnDemo();
    await bar.dial('10086');
    await until(() => bar.callState === 'talking', 'talking');
    await settle(bar);
    await click(bar, 'transfer-button');
    const dialog = part<CcTransferDialog>(bar, 'transfer-dialog')!;
    await dialog.updateComplete;
    const root = dialog.shadowRoot!;
    expect(root.querySelector('dialog')!.open).to.equal(true);
    root.querySelector<HTMLInputElement>('input[name="kind"][value="number"]')!.click();
    await dialog.updateComplete;
    const number = root.querySelector<HTMLInputElement>('[part="number-input"]')!;
    number.value = '13800000000';
    number.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('[part="transfer-button"]')!.click();
    await until(() => cc.snapshot.calls.history[0]?.endCause === 'transferred', 'the transfer');
    await settle(bar);
    expect(dialog.open).to.equal(false);
  });

  it('consults an agent from the live directory, then conferences', async () => {
    const { bar, cc } = await mountOnDemo({ demo: { agents: 30 } });
    await bar.dial('10086');
    await until(() => bar.callState === 'talking', 'talking');
    await settle(bar);
    await click(bar, 'consult-button');
    const dialog = part<CcTransferDialog>(bar, 'transfer-dialog')!;
    await until(() => dialog.agents.length > 0, 'the directory');
    await dialog.updateComplete;
    const free = dialog.agents.find((a) => a.presence === 'ready' && a.work === 'idle')!;
    const radio = dialog.shadowRoot!.querySelector<HTMLInputElement>(
      `input[name="agent"][value="${free.id}"]`,
    )!;
    expect(radio, 'a free agent is listed').to.exist;
    radio.click();
    await dialog.updateComplete;
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="consult-button"]')!.click();
    await until(() => bar.callState === 'consulting', 'consulting');
    await until(() => cc.allowed().calls.conference, 'the colleague to answer');
    await settle(bar);
    expect(part(bar, 'hold-list')).to.exist;
    await expect(bar).to.be.accessible();
    await click(bar, 'conference-button');
    await until(() => bar.callState === 'conference', 'conference');
  });

  it('consults a number and goes back to the caller', async () => {
    const { bar, cc } = await mountOnDemo();
    await bar.dial('10086');
    await until(() => bar.callState === 'talking', 'talking');
    const customer = cc.snapshot.calls.activeId!;
    await cc.calls.consult({ kind: 'number', number: '13911112222' });
    await until(() => cc.allowed().calls.retrieve, 'the consultation to be answered');
    await settle(bar);
    await click(bar, 'retrieve-button');
    await until(() => cc.snapshot.calls.order.length === 1, 'the consultation to end');
    await settle(bar);
    expect(cc.snapshot.calls.activeId).to.equal(customer);
    expect(bar.callState).to.equal('talking');
  });

  it('completes a transfer after consulting', async () => {
    const { bar, cc } = await mountOnDemo();
    await bar.dial('10086');
    await until(() => bar.callState === 'talking', 'talking');
    await cc.calls.consult({ kind: 'number', number: '13911112222' });
    await until(() => cc.allowed().calls.completeTransfer, 'the consultation to be answered');
    await settle(bar);
    await click(bar, 'complete-transfer-button');
    await until(() => cc.snapshot.calls.order.length === 0, 'both calls to end');
    expect(cc.snapshot.calls.history.map((r) => r.endCause)).to.deep.equal([
      'transferred',
      'transferred',
    ]);
  });

  it('cancels an outbound call while it rings', async () => {
    const { bar, cc } = await mountOnDemo({ demo: { timings: { answerAfter: 5_000 } } });
    await bar.dial('10086');
    await until(() => bar.callState === 'dialing', 'dialing');
    await settle(bar);
    await click(bar, 'hangup-button');
    await until(() => cc.snapshot.calls.order.length === 0, 'cancelled call');
    expect(cc.snapshot.calls.history[0]!.endCause).to.equal('cancelled');
  });

  it('cancels a consultation before it is answered', async () => {
    const { bar, cc, demo } = await mountOnDemo({ demo: { timings: { answerAfter: 5_000 } } });
    demo.simulateInboundCall();
    await until(() => bar.callState === 'ringing', 'ringing');
    await cc.calls.answer();
    const customer = cc.snapshot.calls.activeId!;
    await cc.calls.consult({ kind: 'number', number: '13911112222' });
    await until(() => bar.callState === 'consulting', 'consulting');
    await settle(bar);
    expect(part(bar, 'retrieve-button')).to.equal(null);
    await click(bar, 'cancel-consult-button');
    await until(() => cc.snapshot.calls.order.length === 1, 'the consultation to end');
    expect(cc.snapshot.calls.history[0]!.endCause).to.equal('cancelled');
    expect(cc.snapshot.calls.order).to.deep.equal([customer]);
  });

  it('switches between held calls from the hold list', async () => {
    const { bar, cc } = await mountOnDemo();
    await bar.dial('10086');
    await until(() => bar.callState === 'talking', 'first call talking');
    const first = cc.snapshot.calls.activeId!;
    await click(bar, 'hold-button');
    await until(() => bar.callState === 'held', 'first call held');
    await bar.dial('10010');
    await until(
      () => cc.snapshot.calls.order.length === 2 && bar.callState === 'talking',
      'second call talking',
    );
    await settle(bar);
    const list = part(bar, 'hold-list')!;
    await (list as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const switchButton =
      list.shadowRoot!.querySelector<HTMLButtonElement>('[part="switch-button"]')!;
    expect(switchButton.getAttribute('aria-label')).to.contain('10086');
    switchButton.click();
    await until(
      () =>
        cc.snapshot.calls.activeId === first && cc.snapshot.calls.byId[first]!.state === 'talking',
      'the switch',
    );
  });

  it('dials with the chosen caller ID', async () => {
    const { bar, cc } = await mountOnDemo();
    const select = part<HTMLSelectElement>(bar, 'caller-id')!;
    expect([...select.options].map((o) => o.value)).to.deep.equal(['', 'hotline', 'local']);
    select.value = 'hotline';
    select.dispatchEvent(new Event('change'));
    await bar.dial('10086');
    await until(() => cc.snapshot.calls.order.length === 1, 'a call');
    expect(cc.snapshot.calls.byId[cc.snapshot.calls.order[0]!]!.callerId).to.equal('4008001234');
  });

  it('shows an invalid number error, dials nothing, and clears it when the number is edited', async () => {
    const { bar, cc } = await mountOnDemo();
    await typeInto(bar, '10086abc');
    await click(bar, 'dial-button');
    await settle(bar);
    const error = part(bar, 'error')!;
    expect(error.textContent).to.contain('That is not a valid phone number.');
    expect(part(bar, 'number-input')!.getAttribute('aria-invalid')).to.equal('true');
    expect(cc.snapshot.calls.order).to.have.length(0);
    await expect(bar).to.be.accessible();
    await typeInto(bar, '10086');
    expect(part(bar, 'error')).to.equal(null);
  });

  it('cleans up a pasted number', async () => {
    const { bar } = await mountOnDemo();
    const input = part<HTMLInputElement>(bar, 'number-input')!;
    const data = new DataTransfer();
    data.setData('text/plain', '+86 (10) 8888-1234');
    input.focus();
    input.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
    await settle(bar);
    expect(input.value).to.equal('+861088881234');
  });

  it('click-to-dial: dial() fires cc-dial-request, and a cancelled request dials nothing', async () => {
    const { bar, cc, provider } = await mountOnDemo();
    const seen: string[] = [];
    const veto = (event: CcDialRequestEvent) => {
      seen.push(event.detail.number);
      event.preventDefault();
    };
    provider.addEventListener('cc-dial-request', veto);
    expect(await bar.dial('010 8888 1234')).to.equal(null);
    expect(seen).to.deep.equal(['01088881234']);
    await new Promise((r) => setTimeout(r, 50));
    expect(cc.snapshot.calls.order).to.have.length(0);
    provider.removeEventListener('cc-dial-request', veto);
    const id = await bar.dial('01088881234');
    expect(id).to.be.a('string');
    expect(cc.snapshot.calls.byId[id!]!.remote.number).to.equal('01088881234');
  });

  it('shows no device button when the back end has no local media (silent demo calls)', async () => {
    const { bar } = await mountOnDemo();
    expect(part(bar, 'device-button')).to.equal(null);
    expect(part(bar, 'dial-button')).to.exist;
  });
});
