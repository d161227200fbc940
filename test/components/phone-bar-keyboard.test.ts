/**
 * <cc-phone-bar> by keyboard only: real key presses from the browser (sendKeys), no clicks.
 * Dial, answer, hold, mute, keypad tones, transfer, hang up; shortcuts changed and switched off.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CcTransferDialog } from '../../components/transfer-dialog/transfer-dialog.component.js';
import { mountOnDemo, mountOnFake, part, settle, until } from './phone-bar.fixture.js';

/** The element focused now, looking through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until the control with this part name has focus (at most 30 times). */
async function tabTo(name: string): Promise<void> {
  for (let i = 0; i < 30; i += 1) {
    if (deepActive()?.getAttribute('part')?.split(' ').includes(name)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(
    `Tab never reached [part~="${name}"] (at ${deepActive()?.outerHTML.slice(0, 80)})`,
  );
}

describe('<cc-phone-bar> by keyboard', () => {
  afterEach(() => (document.activeElement as HTMLElement | null)?.blur());

  it('dials: Tab to the number field, type, Enter', async () => {
    const { bar, cc } = await mountOnDemo();
    await tabTo('number-input');
    await sendKeys({ type: '10086' });
    await sendKeys({ press: 'Enter' });
    await until(() => bar.callState === 'talking', 'talking');
    expect(cc.snapshot.calls.byId[cc.snapshot.calls.activeId!]!.remote.number).to.equal('10086');
  });

  it('answers, holds, mutes and hangs up with the default shortcuts, focus anywhere', async () => {
    const { bar, fake } = await mountOnFake();
    const call = fake.ring();
    await settle(bar);
    expect(part(bar, 'answer-button')!.getAttribute('aria-keyshortcuts')).to.equal('Alt+Shift+A');
    await sendKeys({ press: 'Alt+Shift+A' });
    await until(() => fake.callsTo('answer').length === 1, 'answer');
    await settle(bar);
    await sendKeys({ press: 'Alt+Shift+O' });
    await until(() => bar.callState === 'held', 'held');
    await settle(bar);
    await sendKeys({ press: 'Alt+Shift+O' });
    await until(() => bar.callState === 'talking', 'resumed');
    await settle(bar);
    await sendKeys({ press: 'Alt+Shift+M' });
    await until(() => fake.state.calls.byId[call.id]!.muted, 'muted');
    await settle(bar);
    await sendKeys({ press: 'Alt+Shift+M' });
    await until(() => !fake.state.calls.byId[call.id]!.muted, 'unmuted');
    await settle(bar);
    await sendKeys({ press: 'Alt+Shift+H' });
    await until(() => fake.callsTo('hangup').length === 1, 'hang up');
  });

  it('answers with Enter on the answer button and lands on hang up', async () => {
    const { bar, fake } = await mountOnFake();
    fake.ring();
    await settle(bar);
    await tabTo('answer-button');
    await sendKeys({ press: 'Enter' });
    await until(() => bar.callState === 'talking', 'talking');
    await settle(bar);
    expect(deepActive()?.getAttribute('part')).to.equal('hangup-button');
    await sendKeys({ press: 'Enter' });
    await until(() => fake.callsTo('hangup').length === 1, 'hang up');
  });

  it('sends typed digits as keypad tones during a call', async () => {
    const { bar, fake } = await mountOnFake({ scenario: 'talking' });
    await tabTo('hangup-button');
    await sendKeys({ type: '12#' });
    await until(() => fake.callsTo('sendDtmf').length === 3, 'three tones');
    expect(fake.callsTo('sendDtmf').map((args) => args[1])).to.deep.equal(['1', '2', '#']);
    expect(fake.callsTo('hangup'), 'digits are not shortcuts').to.have.length(0);
    // Typed in the number field too: it shows what was sent.
    await tabTo('number-input');
    await sendKeys({ type: '9*' });
    await until(() => fake.callsTo('sendDtmf').length === 5, 'five tones');
    await settle(bar);
    expect(part<HTMLInputElement>(bar, 'number-input')!.value).to.equal('12#9*');
  });

  it('opens the keypad, presses keys, and Escape returns to the keypad button', async () => {
    const { bar, fake } = await mountOnFake({ scenario: 'talking' });
    await tabTo('keypad-button');
    await sendKeys({ press: 'Enter' });
    await settle(bar);
    expect(part(bar, 'keypad-button')!.getAttribute('aria-expanded')).to.equal('true');
    await until(() => deepActive()?.getAttribute('part') === 'key', 'focus in the keypad');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await until(() => fake.callsTo('sendDtmf').length === 1, 'a tone');
    expect(fake.callsTo('sendDtmf')[0]![1]).to.equal('2');
    await sendKeys({ press: 'Escape' });
    await settle(bar);
    expect(part(bar, 'keypad')).to.equal(null);
    expect(deepActive()?.getAttribute('part')).to.equal('keypad-button');
  });

  it('transfers to a number without the mouse', async () => {
    const { bar, fake } = await mountOnFake({ scenario: 'talking' });
    await tabTo('transfer-button');
    await sendKeys({ press: 'Enter' });
    const dialog = part<CcTransferDialog>(bar, 'transfer-dialog')!;
    await dialog.updateComplete;
    await until(() => dialog.shadowRoot!.activeElement !== null, 'focus in the dialog');
    // The first control is the kind radio group: Agent, Number, ...; arrows choose.
    expect(deepActive()?.getAttribute('name')).to.equal('kind');
    await sendKeys({ press: 'ArrowRight' });
    await dialog.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.getAttribute('part')).to.equal('number-input');
    await sendKeys({ type: '13800000000' });
    await sendKeys({ press: 'Enter' });
    await until(() => fake.callsTo('transfer').length === 1, 'the transfer');
    expect(fake.callsTo('transfer')[0]![1]).to.deep.equal({
      kind: 'number',
      number: '13800000000',
    });
  });

  it('closes the transfer dialog with Escape and returns to the transfer button', async () => {
    const { bar } = await mountOnFake({ scenario: 'talking' });
    await tabTo('transfer-button');
    await sendKeys({ press: 'Enter' });
    const dialog = part<CcTransferDialog>(bar, 'transfer-dialog')!;
    await until(() => dialog.open && dialog.shadowRoot!.activeElement !== null, 'the dialog');
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'closed');
    await settle(bar);
    expect(deepActive()?.getAttribute('part')).to.equal('transfer-button');
  });

  it('follows shortcuts a host changes, and none with no-shortcuts', async () => {
    const { bar, fake } = await mountOnFake();
    bar.shortcuts = { answer: 'Control+F9', hangup: null };
    fake.ring();
    await settle(bar);
    await sendKeys({ press: 'Alt+Shift+A' });
    await settle(bar);
    expect(fake.callsTo('answer'), 'the old combination is free').to.have.length(0);
    expect(part(bar, 'answer-button')!.getAttribute('aria-keyshortcuts')).to.equal('Control+F9');
    await sendKeys({ press: 'Control+F9' });
    await until(() => fake.callsTo('answer').length === 1, 'answer');
    await settle(bar);
    await sendKeys({ press: 'Alt+Shift+H' });
    await settle(bar);
    expect(fake.callsTo('hangup'), 'hang-up shortcut switched off').to.have.length(0);
    bar.noShortcuts = true;
    await settle(bar);
    expect(part(bar, 'mute-button')!.hasAttribute('aria-keyshortcuts')).to.equal(false);
    await sendKeys({ press: 'Alt+Shift+M' });
    await settle(bar);
    expect(fake.callsTo('mute')).to.have.length(0);
  });
});
