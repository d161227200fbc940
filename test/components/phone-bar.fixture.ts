/**
 * Mounting <cc-phone-bar> for tests: on the demo back end (fast timings, no media) or on the
 * fake back end, inside a <cc-call-center> provider that shares the test's core.
 */
import { fixture, html } from '@open-wc/testing';
import { createCallCenter, type CallCenter } from '../../core/index.js';
import { createDemoBackend, type DemoBackend } from '../../core/backends/demo/index.js';
import type { DemoBackendOptions } from '../../core/backends/demo/options.js';
import { setDefaultCallCenter } from '../../components/context/default-call-center.js';
import '../../components/call-center/call-center.js';
import '../../components/phone-bar/phone-bar.js';
import type { CcPhoneBar } from '../../components/phone-bar/phone-bar.component.js';
import {
  createFakeBackend,
  type FakeBackend,
  type FakeBackendOptions,
} from '../helpers/fake-backend.js';

/** Demo timings short enough for tests, long enough that each state can be seen. */
export const FAST_TIMINGS = {
  latency: 5,
  answerAfter: 60,
  noAnswerAfter: 2_000,
  ringTimeout: 10_000,
  transferAfter: 20,
  rosterTick: 60_000,
} as const;

export interface Mounted {
  readonly cc: CallCenter;
  readonly bar: CcPhoneBar;
  readonly provider: HTMLElement;
}

async function mount(cc: CallCenter, lang: string): Promise<Mounted> {
  // The provider hands over `cc`; the page-wide default is the same core, so nothing builds a
  // second (demo) one while the context request is on its way.
  setDefaultCallCenter(cc);
  const provider = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <cc-call-center .callCenter=${cc}><cc-phone-bar></cc-phone-bar></cc-call-center>
    </div>`,
  );
  const bar = provider.querySelector('cc-phone-bar')!;
  await bar.updateComplete;
  return { cc, bar, provider };
}

export async function mountOnDemo(
  options: { lang?: string; login?: boolean; demo?: DemoBackendOptions } = {},
): Promise<Mounted & { demo: DemoBackend }> {
  const demo = (await createDemoBackend({
    media: false,
    agents: 6,
    inboundPerMinute: 0,
    wrapUpSeconds: 0,
    seed: 7,
    ...options.demo,
    timings: { ...FAST_TIMINGS, ...options.demo?.timings },
  })) as DemoBackend;
  const cc = createCallCenter({ backend: demo, commandTimeout: 3_000 });
  await cc.ready;
  if (options.login ?? true) await cc.agent.login({ agentId: '1001', initialPresence: 'ready' });
  return { ...(await mount(cc, options.lang ?? 'en')), demo };
}

export async function mountOnFake(
  options: {
    lang?: string;
    fake?: FakeBackendOptions;
    scenario?: Parameters<FakeBackend['setScenario']>[0];
  } = {},
): Promise<Mounted & { fake: FakeBackend }> {
  const fake = createFakeBackend(options.fake);
  if (options.scenario) fake.setScenario(options.scenario);
  const cc = createCallCenter({ backend: fake.backend, commandTimeout: 1_000 });
  await cc.ready;
  if (!options.scenario) fake.setScenario('ready');
  return { ...(await mount(cc, options.lang ?? 'en')), fake };
}

/** The element in the bar's shadow root with this part name. */
export function part<T extends Element = HTMLElement>(bar: CcPhoneBar, name: string): T | null {
  return bar.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

/** Waits until `check` holds (re-rendering in between), or fails after `timeout` ms. */
export async function until(check: () => unknown, what: string, timeout = 2_000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export async function settle(bar: CcPhoneBar): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  await bar.updateComplete;
}

/** Clicks the control with this part name and waits for the bar to settle. */
export async function click(bar: CcPhoneBar, name: string): Promise<void> {
  const element = part<HTMLElement>(bar, name);
  if (!element) throw new Error(`No [part~="${name}"] in the bar`);
  if ((element as HTMLButtonElement).disabled) throw new Error(`[part~="${name}"] is disabled`);
  element.click();
  await settle(bar);
}

/** Replaces what the number field holds, as typing would. */
export async function typeInto(bar: CcPhoneBar, text: string): Promise<void> {
  const input = part<HTMLInputElement>(bar, 'number-input')!;
  input.value = text;
  input.dispatchEvent(
    new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }),
  );
  await settle(bar);
}

/** The key button of a `<cc-dial-pad>` that shows `key`. */
export function padKey(pad: Element, key: string): HTMLButtonElement {
  const button = [...pad.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => b.querySelector('.digit')?.textContent?.trim() === key,
  );
  if (!button) throw new Error(`No key ${key} on the pad`);
  return button;
}
