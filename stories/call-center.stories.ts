/// <reference types="vite/client" />
/**
 * <cc-call-center>: the provider that hands one call center to every kit element inside it and
 * dispatches the domain events once. These stories show the wiring: the elements share the
 * provider's state, and the page hears each event once, from the provider.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import '../components/themes/light.css';
import '../components/themes/dark.css';
import '../components/agent-status/agent-status.js';
import '../components/call-center/call-center.js';
import '../components/phone-bar/phone-bar.js';
import type { CcCallCenter } from '../components/call-center/call-center.component.js';
import { createCallCenter, type CallCenter } from '../core/index.js';
import { createFakeBackend } from '../test/helpers/fake-backend.js';

interface Args {
  lang: 'en' | 'zh-Hans';
  theme: 'light' | 'dark';
  /** Log in as agent 1001 and go ready once the demo has started. */
  autoLogin: boolean;
  /** Simulated customers per minute (demo back end). */
  inboundPerMinute: number;
}

const DOMAIN_EVENTS = [
  'cc-agent-state-change',
  'cc-incoming-call',
  'cc-call-answered',
  'cc-call-ended',
  'cc-error',
] as const;

/** What the page sees: the provider's state (as text) and the events it dispatched. */
function watch(provider: CcCallCenter, stateOut: HTMLElement, log: HTMLElement): () => void {
  const listener = (event: Event) => {
    const item = document.createElement('li');
    // Details carry untrusted text (caller names, vendor messages): textContent only.
    item.textContent = `${event.type} (from <${(event.target as Element).localName}>) ${JSON.stringify((event as CustomEvent).detail)}`;
    log.prepend(item);
    while (log.children.length > 12) log.lastElementChild!.remove();
  };
  for (const type of DOMAIN_EVENTS) provider.addEventListener(type, listener);
  let subscription: { unsubscribe(): void } | null = null;
  const follow = (cc: CallCenter | null) => {
    subscription?.unsubscribe();
    subscription =
      cc?.state$.subscribe((s) => {
        stateOut.textContent = JSON.stringify(
          {
            backend: s.backend.name,
            connection: s.connection.transport,
            agent: {
              id: s.agent.id,
              presence: s.agent.presence,
              reason: s.agent.reason?.label ?? null,
            },
            calls: s.calls.order.map((id) => `${id}: ${s.calls.byId[id]!.state}`),
          },
          null,
          2,
        );
      }) ?? null;
  };
  follow(provider.callCenter);
  return () => {
    subscription?.unsubscribe();
    for (const type of DOMAIN_EVENTS) provider.removeEventListener(type, listener);
  };
}

let cleanup: (() => void) | null = null;

function page(args: Args, provider: (children: unknown) => unknown): HTMLElement {
  cleanup?.();
  const container = document.createElement('div');
  render(
    html`<div
      lang=${args.lang}
      data-cc-theme=${args.theme}
      style="display: grid; gap: 1rem; padding: 1rem; background: var(--cc-color-surface-raised); color: var(--cc-color-text); font-family: var(--cc-font-family);"
    >
      ${provider(html`<cc-agent-status agent-id="1001"></cc-agent-status><cc-phone-bar></cc-phone-bar>`)}
      <section aria-label="Provider state">
        <h2 style="font-size: 1rem; margin: 0">Provider state</h2>
        <pre data-state style="margin: 0; font-size: 0.8rem"></pre>
      </section>
      <section aria-label="Events heard by the page">
        <h2 style="font-size: 1rem; margin: 0">Events (once each, from the provider)</h2>
        <ol data-log style="font-size: 0.8rem"></ol>
      </section>
    </div>`,
    container,
  );
  const el = container.querySelector('cc-call-center')!;
  // The provider builds its call center when connected: watch it once it is in the page.
  requestAnimationFrame(() => {
    cleanup = watch(
      el,
      container.querySelector('[data-state]')!,
      container.querySelector('[data-log]')!,
    );
  });
  return container;
}

async function autoLogin(container: HTMLElement): Promise<void> {
  const provider = await waitFor(
    () => container.querySelector('cc-call-center')?.callCenter ?? null,
  );
  await provider.ready;
  if (provider.snapshot.agent.presence !== 'offline') return;
  await provider.agent.login({ agentId: '1001', initialPresence: 'ready' });
}

async function waitFor<T>(get: () => T | null): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = get();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('The provider never built its call center');
}

const meta: Meta<Args> = {
  title: 'Elements/Call center (provider)',
  component: 'cc-call-center',
  args: { lang: 'en', theme: 'light', autoLogin: true, inboundPerMinute: 2 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'zh-Hans'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    inboundPerMinute: { control: { type: 'number', min: 0, max: 30 } },
  },
  parameters: { layout: 'fullscreen' },
};
export default meta;

/**
 * The provider builds the demo contact center from its attributes; both elements inside show its
 * state, and the page hears each domain event once, dispatched by the provider.
 */
export const DemoProvider: StoryObj<Args> = {
  render: (args) =>
    page(
      args,
      (children) =>
        html`<cc-call-center backend="demo" inbound-per-minute=${args.inboundPerMinute}
          >${children}</cc-call-center
        >`,
    ),
  play: async ({ canvasElement, args }) => {
    if (args.autoLogin) await autoLogin(canvasElement);
  },
};

/** The same wiring in Chinese and the dark theme. */
export const DemoProviderChineseDark: StoryObj<Args> = {
  ...DemoProvider,
  args: { lang: 'zh-Hans', theme: 'dark' },
};

/**
 * A host page builds the core itself (here on the fake back end) and hands it to the provider
 * through the `callCenter` property: the elements follow that core.
 */
export const HostBuiltCallCenter: StoryObj<Args> = {
  render: (args) => {
    const fake = createFakeBackend({ wrapUpSeconds: 30 });
    fake.setScenario('talking');
    const cc = createCallCenter({ backend: fake.backend });
    return page(
      args,
      (children) => html`<cc-call-center .callCenter=${cc}>${children}</cc-call-center>`,
    );
  },
};
