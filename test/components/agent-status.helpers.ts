/**
 * Shared set-up of the <cc-agent-status> tests: a call center on the demo back end (fast
 * timings, no media) or on the fake, the element mounted inside a provider, part lookup.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/agent-status/agent-status.js';
import '../../components/call-center/call-center.js';
import type { CcAgentStatus } from '../../components/agent-status/agent-status.component.js';
import type { CcCallCenter } from '../../components/call-center/call-center.component.js';
import { localeSettled } from '../../components/i18n/localization.js';
import type { CallCenter } from '../../core/call-center.js';
import { createCallCenter } from '../../core/index.js';
import { createDemoBackend, type DemoBackend } from '../../core/backends/demo/index.js';
import {
  createFakeBackend,
  type FakeBackend,
  type FakeBackendOptions,
} from '../helpers/fake-backend.js';

export interface Mounted {
  readonly el: CcAgentStatus;
  readonly provider: CcCallCenter;
  readonly cc: CallCenter;
}

/** The demo contact center, fast: tests wait for state, never for time. */
export async function demoCallCenter(
  options: { wrapUpSeconds?: number } = {},
): Promise<{ cc: CallCenter; demo: DemoBackend }> {
  const demo = (await createDemoBackend({
    media: false,
    agents: 2,
    inboundPerMinute: 0,
    wrapUpSeconds: options.wrapUpSeconds ?? 0,
    timings: {
      latency: 2,
      answerAfter: 10,
      noAnswerAfter: 60_000,
      ringTimeout: 60_000,
      transferAfter: 5,
      rosterTick: 60_000,
    },
  })) as DemoBackend;
  const cc = createCallCenter({ backend: demo, commandTimeout: 5_000 });
  await cc.ready;
  return { cc, demo };
}

export async function fakeCallCenter(
  options: FakeBackendOptions = {},
): Promise<{ cc: CallCenter; fake: FakeBackend }> {
  const fake = createFakeBackend(options);
  const cc = createCallCenter({ backend: fake.backend, commandTimeout: 2_000 });
  await cc.ready;
  return { cc, fake };
}

/** Mounts `<cc-agent-status>` inside a provider that hands it `cc`. */
export async function mount(
  cc: CallCenter,
  options: { lang?: string; attrs?: string } = {},
): Promise<Mounted> {
  const provider = await fixture<CcCallCenter>(
    html`<cc-call-center lang=${options.lang ?? 'en'} .callCenter=${cc}
      ><cc-agent-status></cc-agent-status
    ></cc-call-center>`,
  );
  const el = provider.querySelector('cc-agent-status')!;
  await localeSettled();
  await el.updateComplete;
  return { el, provider, cc };
}

/** The first element of the shadow root carrying `part` (parts may be lists). */
export function part<T extends HTMLElement = HTMLElement>(el: HTMLElement, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

export function parts(el: HTMLElement, name: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

export function text(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until the element shows `state` in its `agent-state` attribute. */
export async function untilState(el: CcAgentStatus, state: string): Promise<void> {
  await waitUntil(
    () => el.getAttribute('agent-state') === state,
    `agent-state never became ${state}`,
    { timeout: 3000 },
  );
  await el.updateComplete;
}

/** Fills and submits the login form by clicking (keyboard flows have their own test file). */
export async function logIn(el: CcAgentStatus, agentId = '1001', password = ''): Promise<void> {
  part<HTMLInputElement>(el, 'agent-id-input')!.value = agentId;
  const pw = part<HTMLInputElement>(el, 'password-input');
  if (pw) pw.value = password;
  part(el, 'login-button')!.click();
}

/** Picks `value` in a native select as a person would (fires input and change). */
export function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}
