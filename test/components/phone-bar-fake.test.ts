/**
 * <cc-phone-bar> against the scriptable fake back end: each state of the bar, axe in each,
 * capabilities that hide controls, allowed actions that disable them, failures, untrusted
 * text, devices and quality.
 */
import { expect } from '@open-wc/testing';
import { CallCenterError } from '../../core/model/errors.js';
import type { CcErrorEvent } from '../../components/events/error.js';
import type { CcIncomingCallEvent } from '../../components/events/incoming-call.js';
import type { CcDevicePicker } from '../../components/device-picker/device-picker.component.js';
import type { CcQualityIndicator } from '../../components/quality-indicator/quality-indicator.component.js';
import type { CcTransferDialog } from '../../components/transfer-dialog/transfer-dialog.component.js';
import { makeBusyRosterAgent, makeQueue, makeRosterAgent } from '../helpers/fake-backend.js';
import { click, mountOnFake, padKey, part, settle, typeInto, until } from './phone-bar.fixture.js';

const MARKUP = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';

/** No element was made from untrusted text anywhere in the bar, its sub-elements or the dialog. */
function expectNoInjectedMarkup(root: Element): void {
  const walk = (node: Element | ShadowRoot) => {
    expect(node.querySelector('img, script'), 'markup from untrusted text').to.equal(null);
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  walk(root.shadowRoot!);
  expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
}

describe('<cc-phone-bar> on the fake back end', () => {
  describe('states (axe in each)', () => {
    for (const scenario of [
      'ready',
      'dialing',
      'ringing',
      'talking',
      'held',
      'consulting',
      'conference',
      'wrap-up',
    ] as const) {
      it(`${scenario}: reflects call-state and is accessible`, async () => {
        const { bar } = await mountOnFake({ scenario, fake: { wrapUpSeconds: 30 } });
        await settle(bar);
        const expected =
          { ready: 'idle', conference: 'conference' }[scenario as string] ?? scenario;
        expect(bar.getAttribute('call-state')).to.equal(expected);
        await expect(bar).to.be.accessible();
      });
    }

    it('talking: shows party, state, timer and every in-call control', async () => {
      const { bar } = await mountOnFake({ scenario: 'talking' });
      const party = part(bar, 'remote-party')!;
      expect(party.textContent).to.contain('Wang Fang');
      expect(party.textContent).to.contain('13800138000');
      expect(part(bar, 'call-state')!.textContent).to.contain('On a call');
      const timer = part(bar, 'call-timer')!;
      expect(timer.shadowRoot!.textContent).to.match(/1:3\d/);
      for (const name of [
        'hangup-button',
        'hold-button',
        'mute-button',
        'keypad-button',
        'transfer-button',
        'consult-button',
      ]) {
        expect(part(bar, name), name).to.exist;
      }
      expect(part(bar, 'dial-button')).to.equal(null);
      expect(part(bar, 'number-input')!.getAttribute('placeholder')).to.equal('Type keys to send');
    });

    it('consulting: transfer, conference and back-to-caller; the customer is in the hold list', async () => {
      const { bar } = await mountOnFake({ scenario: 'consulting' });
      expect(part(bar, 'remote-party')!.textContent).to.contain('Bob Li');
      expect(part(bar, 'complete-transfer-button')).to.exist;
      expect(part(bar, 'conference-button')).to.exist;
      expect(part(bar, 'retrieve-button')).to.exist;
      expect(part(bar, 'consult-button')).to.equal(null);
      const list = part(bar, 'hold-list')!;
      await (list as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(list.shadowRoot!.textContent).to.contain('Wang Fang');
    });

    it('conference: names both parties', async () => {
      const { bar } = await mountOnFake({ scenario: 'conference' });
      const party = part(bar, 'remote-party')!.textContent!;
      expect(party).to.contain('Wang Fang');
      expect(party).to.contain('Bob Li');
    });

    it('wrap-up: says so', async () => {
      const { bar } = await mountOnFake({ scenario: 'wrap-up', fake: { wrapUpSeconds: 30 } });
      expect(part(bar, 'call-state')!.textContent).to.contain('Wrap-up');
    });

    it('keypad open, transfer dialog open, device picker open and an error are accessible', async () => {
      const { bar, fake } = await mountOnFake({ scenario: 'talking' });
      fake.setRoster(
        [makeRosterAgent({ id: '2001', name: 'Zhao Min' })],
        [makeQueue({ id: 'sales', name: 'Sales' })],
      );
      await click(bar, 'keypad-button');
      await expect(bar).to.be.accessible();
      await click(bar, 'keypad-button');
      await click(bar, 'device-button');
      await until(() => part(bar, 'device-picker') !== null, 'the picker');
      await expect(bar).to.be.accessible();
      await click(bar, 'device-button');
      await click(bar, 'transfer-button');
      const dialog = part<CcTransferDialog>(bar, 'transfer-dialog')!;
      await dialog.updateComplete;
      await expect(dialog).to.be.accessible();
      dialog.hide();
      fake.raise('network', 'socket closed', { code: 'E1', message: 'Network down' });
      await settle(bar);
      expect(part(bar, 'error')).to.exist;
      await expect(bar).to.be.accessible();
    });
  });

  describe('capabilities and allowed actions', () => {
    it('hides the controls the back end does not support', async () => {
      const { bar } = await mountOnFake({
        scenario: 'talking',
        fake: {
          capabilities: {
            hold: false,
            mute: false,
            transferTargets: [],
            consult: false,
            dtmf: null,
            localMedia: false,
          },
        },
      });
      for (const name of [
        'hold-button',
        'mute-button',
        'transfer-button',
        'consult-button',
        'device-button',
      ]) {
        expect(part(bar, name), name).to.equal(null);
      }
      expect(part(bar, 'hangup-button')).to.exist;
    });

    it('hides dialing and the reject button when the back end has neither', async () => {
      const { bar, fake } = await mountOnFake({
        fake: { capabilities: { outbound: false, reject: false, dtmf: null } },
      });
      expect(part(bar, 'dial-button')).to.equal(null);
      expect(part(bar, 'number-input')).to.equal(null);
      expect(part(bar, 'keypad-button')).to.equal(null);
      fake.ring();
      await settle(bar);
      expect(part(bar, 'answer-button')).to.exist;
      expect(part(bar, 'reject-button')).to.equal(null);
    });

    it('disables a control that is not allowed now, and while its command runs', async () => {
      const { bar, fake } = await mountOnFake({ scenario: 'held' });
      // Resuming is allowed on a held call; while the back end has not confirmed it, the button
      // is disabled (a second press would resume twice).
      expect(part<HTMLButtonElement>(bar, 'hold-button')!.disabled).to.equal(false);
      fake.respond('resume', 'hang');
      await click(bar, 'hold-button');
      await settle(bar);
      expect(part<HTMLButtonElement>(bar, 'hold-button')!.disabled, 'while resuming').to.equal(
        true,
      );
      await fake.confirm('resume');
      await settle(bar);
      expect(part<HTMLButtonElement>(bar, 'hold-button')!.disabled).to.equal(false);
      expect(part(bar, 'hold-button')!.getAttribute('aria-pressed')).to.equal('false');
    });

    it('enables dial beside a held call, and disables it while a call is being placed', async () => {
      const { bar } = await mountOnFake({ scenario: 'held' });
      expect(part<HTMLButtonElement>(bar, 'dial-button')!.disabled, 'held').to.equal(false);
      const dialing = await mountOnFake({ scenario: 'dialing' });
      expect(part<HTMLButtonElement>(dialing.bar, 'dial-button')!.disabled, 'dialing').to.equal(
        true,
      );
    });
  });

  describe('every control calls the back end', () => {
    it('answer, mute, hold, DTMF, hang up', async () => {
      const { bar, fake } = await mountOnFake();
      const call = fake.ring();
      await settle(bar);
      await click(bar, 'answer-button');
      expect(fake.callsTo('answer')).to.deep.equal([[call.id]]);
      await click(bar, 'mute-button');
      expect(fake.callsTo('mute')).to.deep.equal([[call.id]]);
      await click(bar, 'mute-button');
      expect(fake.callsTo('unmute')).to.deep.equal([[call.id]]);
      await click(bar, 'hold-button');
      expect(fake.callsTo('hold')).to.deep.equal([[call.id]]);
      await click(bar, 'hold-button');
      expect(fake.callsTo('resume')).to.deep.equal([[call.id]]);
      await click(bar, 'keypad-button');
      const pad = part(bar, 'keypad')!;
      padKey(pad, '*').click();
      await until(() => fake.callsTo('sendDtmf').length === 1, 'a tone');
      expect(fake.callsTo('sendDtmf')).to.deep.equal([[call.id, '*']]);
      await click(bar, 'hangup-button');
      expect(fake.callsTo('hangup')).to.deep.equal([[call.id]]);
    });

    it('reject', async () => {
      const { bar, fake } = await mountOnFake();
      const call = fake.ring();
      await settle(bar);
      await click(bar, 'reject-button');
      expect(fake.callsTo('reject')).to.deep.equal([[call.id]]);
    });

    it('dial with the chosen caller ID', async () => {
      const { bar, fake, cc } = await mountOnFake();
      const callerId = cc.snapshot.backend.callerIds[0]!.id;
      bar.callerId = callerId;
      await bar.dial('02112345678');
      expect(fake.callsTo('dial')).to.deep.equal([[{ number: '02112345678', callerId }]]);
    });

    it('cancel a consultation, go back to the caller, complete a transfer', async () => {
      const { bar, fake, cc } = await mountOnFake({ scenario: 'talking' });
      await cc.calls.consult('13911112222');
      await settle(bar);
      await click(bar, 'cancel-consult-button');
      expect(fake.callsTo('cancelConsult')).to.have.length(1);

      const retrieved = await cc.calls.consult('13911112222');
      fake.remoteAnswer(retrieved);
      await settle(bar);
      await click(bar, 'retrieve-button');
      expect(fake.callsTo('retrieve')).to.deep.equal([[retrieved]]);

      const completed = await cc.calls.consult('13911112222');
      fake.remoteAnswer(completed);
      await settle(bar);
      await click(bar, 'complete-transfer-button');
      expect(fake.callsTo('completeTransfer')).to.deep.equal([[completed]]);
    });

    it('conference from a consultation', async () => {
      const { bar, fake } = await mountOnFake({ scenario: 'consulting' });
      await click(bar, 'conference-button');
      expect(fake.callsTo('conference')).to.have.length(1);
      await settle(bar);
      expect(bar.callState).to.equal('conference');
    });

    it('switch to a held call from the hold list', async () => {
      const { bar, fake, cc } = await mountOnFake({ scenario: 'consulting' });
      const list = part(bar, 'hold-list')!;
      await (list as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      list.shadowRoot!.querySelector<HTMLButtonElement>('[part="switch-button"]')!.click();
      await settle(bar);
      const customer = cc.snapshot.calls.order[0]!;
      expect(fake.callsTo('switchTo')).to.deep.equal([[customer]]);
    });

    it('transfers to a queue and an IVR node, and consults an agent, from the dialog', async () => {
      const { bar, fake } = await mountOnFake({ scenario: 'talking' });
      fake.setRoster(
        [
          makeRosterAgent({ id: '2001', name: 'Zhao Min' }),
          makeBusyRosterAgent({ id: '2002', name: 'Qian Lu' }),
        ],
        [makeQueue({ id: 'sales', name: 'Sales', waiting: 3 })],
      );
      const dialog = part<CcTransferDialog>(bar, 'transfer-dialog')!;
      const choose = async (
        kind: string,
        value: string,
        button: 'transfer-button' | 'consult-button',
      ) => {
        await click(bar, button === 'transfer-button' ? 'transfer-button' : 'consult-button');
        await dialog.updateComplete;
        const root = dialog.shadowRoot!;
        root.querySelector<HTMLInputElement>(`input[name="kind"][value="${kind}"]`)!.click();
        await dialog.updateComplete;
        root.querySelector<HTMLInputElement>(`input[name="${kind}"][value="${value}"]`)!.click();
        await dialog.updateComplete;
        root.querySelector<HTMLButtonElement>(`[part="${button}"]`)!.click();
        await until(() => !dialog.open, 'the dialog to close');
        await settle(bar);
      };
      fake.respond('transfer', 'resolve');
      await choose('queue', 'sales', 'transfer-button');
      expect(fake.callsTo('transfer').at(-1)![1]).to.deep.equal({
        kind: 'queue',
        queueId: 'sales',
      });
      await choose('ivr', fake.state.backend.ivrNodes[0]!.id, 'transfer-button');
      expect(fake.callsTo('transfer').at(-1)![1]).to.deep.equal({
        kind: 'ivr',
        nodeId: fake.state.backend.ivrNodes[0]!.id,
      });
      await choose('agent', '2001', 'consult-button');
      expect(fake.callsTo('consult').at(-1)![1]).to.deep.equal({ kind: 'agent', agentId: '2001' });
    });

    it('the directory shows live states and searches by name and extension', async () => {
      const { bar, fake } = await mountOnFake({ scenario: 'talking' });
      fake.setRoster([
        makeRosterAgent({ id: '2001', name: 'Zhao Min', extension: '6001' }),
        makeBusyRosterAgent({ id: '2002', name: 'Qian Lu', extension: '6002' }),
        makeRosterAgent({
          id: '2003',
          name: 'Sun Li',
          extension: '6003',
          presence: 'not-ready',
          reason: { code: '11', label: 'Break' },
        }),
      ]);
      await click(bar, 'transfer-button');
      const dialog = part<CcTransferDialog>(bar, 'transfer-dialog')!;
      await dialog.updateComplete;
      const list = () =>
        dialog.shadowRoot!.querySelector('[part="agent-list"]')!.textContent!.replace(/\s+/g, ' ');
      expect(list()).to.contain('Zhao Min').and.to.contain('Ready');
      expect(list()).to.contain('Qian Lu').and.to.contain('On a call');
      expect(list()).to.contain('Not ready: Break');
      // Live: an agent's state changes while the dialog is open.
      fake.emit({
        type: 'supervisor/agents-changed',
        changes: [{ id: '2002', work: 'idle', callId: null }],
      });
      await settle(bar);
      await dialog.updateComplete;
      expect(list().match(/Ready/g)!.length).to.be.greaterThan(1);
      const search = dialog.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
      search.value = '6003';
      search.dispatchEvent(new Event('input'));
      await dialog.updateComplete;
      expect(list()).to.contain('Sun Li').and.not.to.contain('Zhao Min');
    });
  });

  describe('failures', () => {
    it('a back-end refusal shows its localized message and the vendor text as text', async () => {
      const { bar, fake } = await mountOnFake({ scenario: 'talking' });
      fake.fail(
        'hold',
        new CallCenterError('rejected-by-backend', 'nope', {
          vendor: { code: 'E42', message: MARKUP },
        }),
      );
      await click(bar, 'hold-button');
      await until(() => part(bar, 'error') !== null, 'the error');
      const error = part(bar, 'error')!;
      expect(error.textContent).to.contain('The contact center refused the request.');
      expect(error.textContent).to.contain(`E42: ${MARKUP}`);
      expectNoInjectedMarkup(bar);
      await click(bar, 'error-dismiss-button');
      expect(part(bar, 'error')).to.equal(null);
    });

    it('a failed transfer is shown in the dialog, which stays open', async () => {
      const { bar, fake } = await mountOnFake({ scenario: 'talking' });
      fake.fail(
        'transfer',
        new CallCenterError('rejected-by-backend', 'nope', { vendor: { message: SCRIPT } }),
      );
      await click(bar, 'transfer-button');
      const dialog = part<CcTransferDialog>(bar, 'transfer-dialog')!;
      await dialog.updateComplete;
      const root = dialog.shadowRoot!;
      root.querySelector<HTMLInputElement>('input[name="kind"][value="number"]')!.click();
      await dialog.updateComplete;
      const number = root.querySelector<HTMLInputElement>('[part="number-input"]')!;
      number.value = '13800000000';
      number.dispatchEvent(new Event('input'));
      root.querySelector<HTMLButtonElement>('[part="transfer-button"]')!.click();
      await until(() => dialog.error !== '', 'the error in the dialog');
      await dialog.updateComplete;
      expect(dialog.open).to.equal(true);
      expect(root.querySelector('[part="error"]')!.textContent).to.contain(SCRIPT);
      expect(part(bar, 'error'), 'not repeated in the bar').to.equal(null);
      expectNoInjectedMarkup(bar);
    });

    it('a command refused before the back end fires cc-error from the bar', async () => {
      const { bar, provider } = await mountOnFake();
      const errors: string[] = [];
      provider.addEventListener('cc-error', (e: CcErrorEvent) => errors.push(e.detail.code));
      await typeInto(bar, '');
      await click(bar, 'dial-button');
      expect(errors).to.deep.equal(['empty-number']);
      expect(part(bar, 'error')!.textContent).to.contain('Enter a number to call.');
    });
  });

  describe('untrusted text', () => {
    it('caller name, location and queue name render as text only', async () => {
      const { bar, fake, provider } = await mountOnFake();
      const heard: string[] = [];
      provider.addEventListener('cc-incoming-call', (e: CcIncomingCallEvent) =>
        heard.push(e.detail.call.id),
      );
      const call = fake.ring({
        remote: { number: '10086', displayName: MARKUP, location: SCRIPT },
        queue: { id: 'q', name: SCRIPT },
      });
      await settle(bar);
      const banner = part(bar, 'incoming-call')!.shadowRoot!;
      expect(banner.textContent).to.contain(MARKUP);
      expect(banner.textContent).to.contain(SCRIPT);
      expectNoInjectedMarkup(bar);
      expect(heard).to.deep.equal([call.id]);
      await click(bar, 'answer-button');
      expect(part(bar, 'remote-party')!.textContent).to.contain(MARKUP);
      expectNoInjectedMarkup(bar);
    });

    it('announces an incoming call politely, with the name as text', async () => {
      const { bar, fake } = await mountOnFake();
      fake.ring({
        remote: { number: '10086', displayName: MARKUP },
        queue: { id: 'q', name: 'Sales' },
      });
      await settle(bar);
      const region = document.body.querySelector('[data-cc-live-region="polite"]')!;
      await until(() => region.textContent !== '', 'the announcement');
      expect(region.textContent).to.equal(`Incoming call from ${MARKUP}, queue Sales`);
      expect(region.querySelector('img')).to.equal(null);
    });
  });

  describe('devices and quality', () => {
    it('the device picker lists devices and selects microphone, speaker and ringer', async () => {
      const { bar, fake } = await mountOnFake({ scenario: 'talking' });
      await click(bar, 'device-button');
      await until(() => part(bar, 'device-picker') !== null, 'the picker');
      const picker = part<CcDevicePicker>(bar, 'device-picker')!;
      await picker.updateComplete;
      expect(fake.callsTo('devices.refresh')).to.have.length(1);
      for (const [role, method, value] of [
        ['input', 'devices.selectInput', 'mic-headset'],
        ['output', 'devices.selectOutput', 'spk-headset'],
        ['ringer', 'devices.selectRinger', 'spk-default'],
      ] as const) {
        const select = picker.shadowRoot!.querySelector<HTMLSelectElement>(
          `[part="${role}-select"]`,
        )!;
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await until(() => fake.callsTo(method).length === 1, method);
        expect(fake.callsTo(method)).to.deep.equal([[value]]);
      }
      expect(picker.shadowRoot!.querySelector('meter')).to.exist;
      await click(bar, 'device-button');
      expect(part(bar, 'device-picker'), 'closed').to.equal(null);
    });

    it('shows the quality grade, with details on focus, and poor quality', async () => {
      const { bar, fake } = await mountOnFake({ scenario: 'talking' });
      expect(part(bar, 'quality-indicator'), 'nothing measured yet').to.equal(null);
      fake.sampleQuality({
        rtt: 480,
        jitter: 60,
        loss: 0.12,
        mos: 2.1,
        grade: 'a',
        warnings: ['rtt', 'loss'],
      });
      await settle(bar);
      const indicator = part<CcQualityIndicator>(bar, 'quality-indicator')!;
      await indicator.updateComplete;
      expect(indicator.getAttribute('grade')).to.equal('a');
      const button = indicator.shadowRoot!.querySelector('button')!;
      expect(button.getAttribute('aria-label')).to.equal('Call quality: Very poor');
      const details = indicator.shadowRoot!.querySelector<HTMLElement>('[part="details"]')!;
      expect(getComputedStyle(details).display).to.equal('none');
      button.focus();
      expect(getComputedStyle(details).display).to.not.equal('none');
      const text = details.textContent!.replace(/\s+/g, ' ');
      expect(text)
        .to.contain('480 ms')
        .and.to.contain('60 ms')
        .and.to.contain('12 %')
        .and.to.contain('2.1');
      await expect(bar).to.be.accessible();
    });
  });
});
