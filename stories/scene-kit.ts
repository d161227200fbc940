/**
 * What every element's scenes share: a scene on the fake back end (test/helpers), mounted in a
 * box with the language, theme and width asked for, with its steps played. The stories show
 * scenes; tests mount the same ones and run axe. No CSS imports here, so the test runner can
 * load this module as it is.
 */
import { html, render, type TemplateResult } from 'lit';
import { createCallCenter, type CallCenter } from '../core/index.js';
import '../components/call-center/call-center.js';
import { localeSettled } from '../components/i18n/localization.js';
import {
  createFakeBackend,
  type FakeBackend,
  type FakeBackendOptions,
  type FakeScenario,
} from '../test/helpers/fake-backend.js';

type Rendered = HTMLElement & { readonly updateComplete: Promise<unknown> };

export interface Scene<E extends Rendered> {
  /** A sentence for the story's docs. */
  readonly description: string;
  /** The fake's scenario, set before the core starts (default: the element's own). */
  readonly scenario?: FakeScenario;
  readonly fake?: FakeBackendOptions;
  /** Commands and back-end events once the core is ready. */
  readonly ready?: (cc: CallCenter, fake: FakeBackend) => Promise<void> | void;
  /** What a person does in the element once it has rendered (open a panel, type a number). */
  readonly interact?: (el: E) => Promise<void>;
}

export interface SceneOptions {
  readonly lang?: 'en' | 'zh-Hans';
  readonly theme?: 'light' | 'dark';
  /** Width of the box around the element in CSS pixels; 0 is the full width available. */
  readonly width?: number;
}

export interface MountedScene<E extends Rendered> {
  readonly cc: CallCenter;
  readonly fake: FakeBackend;
  readonly el: E;
  /** Releases the core (the stories call it when the next story replaces this one). */
  destroy(): Promise<void>;
}

/** The element's part, in its shadow root. */
export const partOf = (el: HTMLElement, part: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`);

/** Lets pending tasks run and the element render. */
export async function settled(el: Rendered): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

/** How one element is mounted: its markup inside the provider, and its default scenario. */
export interface SceneElement {
  readonly tag: string;
  readonly markup: TemplateResult;
  readonly scenario?: FakeScenario;
}

/**
 * Builds the fake and the core for `scene`, renders the element into `container` (in a box
 * with the language and theme asked for), and plays the scene's steps.
 */
export async function mountSceneOf<E extends Rendered>(
  element: SceneElement,
  scene: Scene<E>,
  container: HTMLElement,
  options: SceneOptions = {},
): Promise<MountedScene<E>> {
  const fake = createFakeBackend(scene.fake);
  const scenario = scene.scenario ?? element.scenario;
  if (scenario) fake.setScenario(scenario);
  const cc = createCallCenter({ backend: fake.backend });
  const width = options.width ?? 0;
  render(
    html`<div
      lang=${options.lang ?? 'en'}
      data-cc-theme=${options.theme ?? 'light'}
      style="padding: 1rem; background: var(--cc-color-surface-raised); ${width ? `width: ${width}px;` : ''}"
    >
      <cc-call-center .callCenter=${cc}>${element.markup}</cc-call-center>
    </div>`,
    container,
  );
  const el = container.querySelector(element.tag) as E;
  await cc.ready;
  await scene.ready?.(cc, fake);
  await localeSettled();
  await settled(el);
  await scene.interact?.(el);
  await settled(el);
  return {
    cc,
    fake,
    el,
    destroy: async () => {
      render(html``, container);
      await cc.destroy();
    },
  };
}
