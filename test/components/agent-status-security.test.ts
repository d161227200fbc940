/**
 * Untrusted text and secrets in <cc-agent-status>.
 * - Reason labels and vendor error text come from outside: they render as text, never markup.
 * - The password typed at login never shows up in an attribute, the store or an event.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { CallCenterError } from '../../core/model/errors.js';
import type { CallCenter } from '../../core/call-center.js';
import type { FakeBackend } from '../helpers/fake-backend.js';
import {
  choose,
  demoCallCenter,
  fakeCallCenter,
  logIn,
  mount,
  part,
  text,
  untilState,
  type Mounted,
} from './agent-status.helpers.js';

declare global {
  interface Window {
    __ccPwned?: number;
  }
}

const IMG = '<img src=x onerror="window.__ccPwned=1">';
const SCRIPT = '<script>window.__ccPwned=2</script>';

/** Every element in the document, shadow roots included. */
function allElements(root: Document | ShadowRoot = document): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...allElements(el.shadowRoot));
  }
  return found;
}

describe('<cc-agent-status>: untrusted text', () => {
  let cc: CallCenter;
  let fake: FakeBackend;
  let m: Mounted;

  afterEach(async () => {
    await cc?.destroy();
    delete window.__ccPwned;
  });

  it('renders markup in reason labels as text', async () => {
    ({ cc, fake } = await fakeCallCenter({
      reasons: [
        { code: 'x', label: `Break ${IMG}` },
        { code: 'y', label: `Lunch ${SCRIPT}` },
      ],
    }));
    fake.setScenario('ready');
    m = await mount(cc);
    await untilState(m.el, 'ready');
    choose(part<HTMLSelectElement>(m.el, 'reason-menu')!, 'x');
    part(m.el, 'status-button')!.click();
    await untilState(m.el, 'not-ready');
    await expect(m.el).to.be.accessible();

    const root = m.el.shadowRoot!;
    expect(root.querySelectorAll('img, script')).to.have.length(0);
    expect(text(part(m.el, 'reason'))).to.equal(`Break ${IMG}`);
    const options = [...part<HTMLSelectElement>(m.el, 'reason-menu')!.options].map(
      (o) => o.textContent,
    );
    expect(options).to.deep.equal([`Break ${IMG}`, `Lunch ${SCRIPT}`]);
    // Visible: the text takes room on screen.
    expect(part(m.el, 'reason')!.getBoundingClientRect().width).to.be.greaterThan(0);

    fake.setScenario('talking');
    await untilState(m.el, 'on-call');
    const next = [...part<HTMLSelectElement>(m.el, 'next-state-menu')!.options].map(
      (o) => o.textContent,
    );
    expect(next).to.include(`Not ready: Lunch ${SCRIPT}`);
    expect(root.querySelectorAll('img, script')).to.have.length(0);
    await new Promise((r) => setTimeout(r, 50)); // an onerror would have run by now
    expect(window.__ccPwned).to.equal(undefined);
  });

  it('renders markup in vendor error text as text', async () => {
    ({ cc, fake } = await fakeCallCenter());
    m = await mount(cc);
    fake.fail(
      'login',
      new CallCenterError('auth-failed', 'Denied', {
        vendor: { code: '401', message: `${IMG}${SCRIPT}` },
      }),
      { once: true },
    );
    await logIn(m.el);
    await waitUntil(() => part(m.el, 'error'), 'no error shown');
    await expect(m.el).to.be.accessible();
    expect(m.el.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
    expect(text(part(m.el, 'error'))).to.contain(`Details: ${IMG}${SCRIPT}`);
    await new Promise((r) => setTimeout(r, 50));
    expect(window.__ccPwned).to.equal(undefined);
  });
});

describe('<cc-agent-status>: the password stays secret', () => {
  const PASSWORD = 'Sup3r-S3cret!pw';
  let cc: CallCenter;

  afterEach(async () => {
    await cc?.destroy();
  });

  it('is in no attribute, store snapshot or event detail after login, and the input is cleared', async () => {
    ({ cc } = await demoCallCenter());
    const m = await mount(cc);
    const details: string[] = [];
    const types = [
      'cc-agent-state-change',
      'cc-error',
      'cc-incoming-call',
      'cc-call-answered',
      'cc-call-ended',
      'cc-dial-request',
    ];
    const record = (event: Event) =>
      details.push(JSON.stringify((event as CustomEvent).detail ?? null));
    for (const type of types) document.addEventListener(type, record, true);
    try {
      await logIn(m.el, '1001', PASSWORD);
      expect(part<HTMLInputElement>(m.el, 'password-input')!.value, 'cleared on submit').to.equal(
        '',
      );
      await untilState(m.el, 'not-ready');
      part(m.el, 'status-button')!.click();
      await untilState(m.el, 'ready');

      expect(details.length, 'events were heard').to.be.greaterThan(0);
      for (const detail of details) expect(detail).not.to.contain(PASSWORD);
      expect(JSON.stringify(cc.snapshot)).not.to.contain(PASSWORD);
      for (const el of allElements()) {
        for (const attr of el.attributes)
          expect(attr.value, `${el.localName}[${attr.name}]`).not.to.contain(PASSWORD);
        if (el instanceof HTMLInputElement) expect(el.value).not.to.contain(PASSWORD);
      }
      expect(document.documentElement.outerHTML).not.to.contain(PASSWORD);
    } finally {
      for (const type of types) document.removeEventListener(type, record, true);
    }
  });

  it('a failed login keeps the password out of the error event and the store too', async () => {
    ({ cc } = await demoCallCenter());
    const m = await mount(cc);
    const errors: string[] = [];
    const record = (event: Event) => errors.push(JSON.stringify((event as CustomEvent).detail));
    document.addEventListener('cc-error', record);
    try {
      // "wrong" is the demo's refused password.
      await logIn(m.el, '1001', 'wrong');
      await waitUntil(() => errors.length > 0, 'no cc-error');
      expect(errors.join()).not.to.contain('"wrong"');
      expect(JSON.stringify(cc.snapshot.errors)).to.contain('auth-failed');
      expect(JSON.stringify(cc.snapshot)).not.to.contain('"wrong"');
      expect(part<HTMLInputElement>(m.el, 'password-input')!.value).to.equal('');
    } finally {
      document.removeEventListener('cc-error', record);
    }
  });
});
