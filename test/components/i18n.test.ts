/**
 * Every string the components show has a Simplified Chinese translation.
 *
 * The test reads the components' own source through the test server, starting at
 * components/index.ts and following relative imports, so a new component is checked as soon as
 * index.ts imports it. It collects each `msg(..., { id })` and compares with the zh-Hans module.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ERROR_CODES } from '../../core/model/errors.js';
import { errorMessage, presenceLabel } from '../../components/i18n/labels.js';
import { matchLocale } from '../../components/i18n/locale-codes.js';
import { LocaleController, langOf } from '../../components/i18n/locale-controller.js';
import { kitLocale, localeSettled, setKitLocale } from '../../components/i18n/localization.js';
import { templates as zhHans } from '../../components/i18n/locales/zh-Hans.js';
import { LitElement } from 'lit';

interface MsgUse {
  readonly id: string;
  readonly str: boolean;
  readonly text: string;
  readonly file: string;
}

// import x from './a.js', export * from './a.js', import('./a.js'), and bare import './a.js'
// (the lazily loaded chunks define their elements that way).
const IMPORT =
  /(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)|\bimport\s*['"](\.{1,2}\/[^'"]+)['"]/g;
const MSG_CALL = /\bmsg\(/g;
// msg('text', { id: 'x' }), msg("text", {id:"x"}), msg(str`a ${b}`, { id: 'x', desc: ... })
const MSG_WITH_ID =
  /\bmsg\(\s*(str)?\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`)\s*,\s*\{\s*id:\s*['"]([^'"]+)['"]/g;

async function source(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`Cannot read ${path}: ${response.status}`);
  return response.text();
}

/** Every module reachable from components/index.ts by relative imports, except locale data. */
async function componentModules(): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  const queue = ['/components/index.ts'];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    const text = await source(path);
    seen.set(path, text);
    for (const match of text.matchAll(IMPORT)) {
      const spec = (match[1] ?? match[2] ?? match[3])!;
      const url = new URL(spec.replace(/\.js$/, '.ts'), `http://x${path}`);
      // Only the components' own code: core has no strings, locale files are the translations.
      if (!url.pathname.startsWith('/components/') || url.pathname.includes('/i18n/locales/'))
        continue;
      queue.push(url.pathname);
    }
  }
  return seen;
}

async function msgUses(): Promise<{ uses: MsgUse[]; withoutId: string[] }> {
  const uses: MsgUse[] = [];
  const withoutId: string[] = [];
  for (const [file, text] of await componentModules()) {
    const calls = [...text.matchAll(MSG_CALL)].length;
    const found = [...text.matchAll(MSG_WITH_ID)].map((m) => ({
      id: m[3]!,
      str: m[1] === 'str',
      text: m[2]!.slice(1, -1),
      file,
    }));
    uses.push(...found);
    // The import line `import { msg } ...` has no call; every call must carry an id.
    if (found.length < calls)
      withoutId.push(`${file}: ${calls - found.length} msg() call(s) without an explicit id`);
  }
  return { uses, withoutId };
}

describe('i18n: translations', () => {
  let uses: MsgUse[];
  let withoutId: string[];

  before(async () => {
    ({ uses, withoutId } = await msgUses());
  });

  it('finds the messages of the components (the crawl works)', () => {
    expect(uses.map((u) => u.id)).to.include.members(['presence.ready', 'error.auth-failed']);
  });

  it('every msg() call has an explicit id', () => {
    expect(withoutId).to.deep.equal([]);
  });

  it('every msg id used in components/ has a zh-Hans translation', () => {
    const missing = uses.filter((u) => !(u.id in zhHans)).map((u) => `${u.id} (${u.file})`);
    expect(missing).to.deep.equal([]);
  });

  it('str`` sources have str`` translations and plain sources plain ones', () => {
    const mismatched = uses
      .filter((u) => u.id in zhHans)
      .filter((u) => u.str !== (typeof zhHans[u.id] === 'object'))
      .map((u) => u.id);
    expect(mismatched).to.deep.equal([]);
  });

  it('every zh-Hans translation is used by some component', () => {
    const used = new Set(uses.map((u) => u.id));
    expect(Object.keys(zhHans).filter((id) => !used.has(id))).to.deep.equal([]);
  });

  it('no id stands for two different English texts', () => {
    const byId = new Map<string, Set<string>>();
    for (const u of uses) byId.set(u.id, (byId.get(u.id) ?? new Set()).add(u.text));
    const clashes = [...byId]
      .filter(([, texts]) => texts.size > 1)
      .map(([id, texts]) => `${id}: ${[...texts].join(' | ')}`);
    expect(clashes).to.deep.equal([]);
  });
});

describe('i18n: labels', () => {
  afterEach(async () => {
    await setKitLocale('en');
  });

  it('has a message for every error code, in both languages, different from the code', async () => {
    for (const code of ERROR_CODES)
      expect(errorMessage(code), code).to.be.a('string').and.not.equal(code);
    await setKitLocale('zh-Hans');
    expect(errorMessage('auth-failed')).to.equal('座席工号或密码错误。');
    for (const code of ERROR_CODES) expect(errorMessage(code), code).to.match(/[\u4e00-\u9fff]/);
  });

  it('switches shared labels with the locale', async () => {
    expect(presenceLabel('ready')).to.equal('Ready');
    await setKitLocale('zh-Hans');
    expect(presenceLabel('ready')).to.equal('示闲');
  });
});

describe('i18n: locale resolution', () => {
  it('maps language tags to shipped locales', () => {
    for (const tag of [
      'zh',
      'zh-CN',
      'zh-cn',
      'zh-Hans',
      'zh-Hans-CN',
      'zh_CN',
      'zh-SG',
      'zh-TW',
    ]) {
      expect(matchLocale(tag), tag).to.equal('zh-Hans');
    }
    for (const tag of ['en', 'en-US', 'de', '', null, undefined, 'zhx'])
      expect(matchLocale(tag), String(tag)).to.equal('en');
  });

  it('reads the nearest lang across shadow roots, else the document', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="zh-CN"><span></span></div>`);
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('b');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(langOf(inner)).to.equal('zh-CN');
    const lone = await fixture<HTMLDivElement>(html`<div></div>`);
    expect(langOf(lone)).to.equal(document.documentElement.lang);
  });

  it('skips the lang a kit element mirrors inside its own shadow root', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="zh-CN"></div>`);
    const kitHost = document.createElement('cc-lang-mirror-probe');
    outer.append(kitHost);
    const wrapper = document.createElement('div');
    wrapper.setAttribute('lang', 'en'); // the locale shown now, about to change
    const nested = document.createElement('span');
    wrapper.append(nested);
    kitHost.attachShadow({ mode: 'open' }).append(wrapper);
    expect(langOf(nested)).to.equal('zh-CN');
    // A host page's own shadow roots keep their lang.
    const appHost = document.createElement('app-panel');
    outer.append(appHost);
    const appWrapper = document.createElement('div');
    appWrapper.setAttribute('lang', 'de');
    const inApp = document.createElement('span');
    appWrapper.append(inApp);
    appHost.attachShadow({ mode: 'open' }).append(appWrapper);
    expect(langOf(inApp)).to.equal('de');
  });

  it('an element with LocaleController follows its lang and re-renders on change', async () => {
    class LangProbe extends LitElement {
      readonly i18n = new LocaleController(this);
      override render() {
        return presenceLabel('not-ready');
      }
    }
    if (!customElements.get('lang-probe')) customElements.define('lang-probe', LangProbe);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><lang-probe></lang-probe></div>`,
    );
    const probe = wrapper.querySelector('lang-probe') as LangProbe;
    await localeSettled();
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('Not ready');
    wrapper.setAttribute('lang', 'zh-CN');
    await new Promise((r) => setTimeout(r, 0)); // the MutationObserver callback
    await localeSettled();
    await probe.updateComplete;
    expect(kitLocale()).to.equal('zh-Hans');
    expect(probe.shadowRoot!.textContent).to.equal('示忙');
    wrapper.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r, 0));
    await localeSettled();
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('Not ready');
  });
});
