/**
 * Every state of <cc-phone-bar>, each built on the fake back end from test/helpers: the stories
 * (phone-bar.stories.ts) show them, and test/components/phone-bar-stories.test.ts mounts each one
 * in both languages and both themes and runs axe on it. No CSS imports here, so the test runner
 * can load this module as it is.
 */
import { html, render } from 'lit';
import { createCallCenter, type CallCenter } from '../core/index.js';
import '../components/call-center/call-center.js';
import '../components/phone-bar/phone-bar.js';
import type { CcPhoneBar } from '../components/phone-bar/phone-bar.component.js';
import { localeSettled } from '../components/i18n/localization.js';
import {
  createFakeBackend,
  makeBusyRosterAgent,
  makeQueue,
  makeRosterAgent,
  type FakeBackend,
  type FakeBackendOptions,
  type FakeScenario,
} from '../test/helpers/fake-backend.js';

export interface Scene {
  /** A sentence for the story's docs. */
  readonly description: string;
  /** The fake's scenario, set before the core starts (default: ready). */
  readonly scenario?: FakeScenario;
  readonly fake?: FakeBackendOptions;
  /** Commands and back-end events once the core is ready. */
  readonly ready?: (cc: CallCenter, fake: FakeBackend) => Promise<void> | void;
  /** What a person does in the bar once it has rendered (open a panel, type a number). */
  readonly interact?: (bar: CcPhoneBar) => Promise<void>;
}

export interface SceneOptions {
  readonly lang?: 'en' | 'zh-Hans';
  readonly theme?: 'light' | 'dark';
  /** Width of the box around the bar in CSS pixels; 0 is the full width available. */
  readonly width?: number;
}

export interface MountedScene {
  readonly cc: CallCenter;
  readonly fake: FakeBackend;
  readonly bar: CcPhoneBar;
  /** Releases the core (the stories call it when the next story replaces this one). */
  destroy(): Promise<void>;
}

const control = (bar: CcPhoneBar, part: string) =>
  bar.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`);

async function settled(bar: CcPhoneBar): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await bar.updateComplete;
}

async function press(bar: CcPhoneBar, part: string): Promise<void> {
  const element = control(bar, part);
  if (!element) throw new Error(`No [part~="${part}"] in this state`);
  element.click();
  await settled(bar);
}

function roster(fake: FakeBackend): void {
  fake.setRoster(
    [
      makeRosterAgent({ id: '2001', name: 'Zhao Min', extension: '6001' }),
      makeRosterAgent({ id: '2002', name: 'Sun Li', extension: '6002' }),
      makeBusyRosterAgent({ id: '2003', name: 'Qian Lu', extension: '6003' }),
      makeRosterAgent({
        id: '2004',
        name: 'Zhou Jie',
        extension: '6004',
        presence: 'not-ready',
        reason: { code: '11', label: 'Break' },
      }),
      makeRosterAgent({ id: '2005', name: 'Wu Fei', extension: '6005', presence: 'offline' }),
    ],
    [
      makeQueue({ id: 'support', name: 'Support', waiting: 2 }),
      makeQueue({ id: 'sales', name: 'Sales' }),
    ],
  );
}

export const scenes = {
  idle: {
    description: 'Logged in and ready: type or paste a number, choose the caller ID, dial.',
  },
  invalidNumber: {
    description:
      'The core refused the typed number: the localized message, the field marked invalid.',
    interact: async (bar) => {
      const input = control(bar, 'number-input') as HTMLInputElement;
      input.value = '10086-call-me!';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await press(bar, 'dial-button');
    },
  },
  dialing: {
    description: 'An outbound call rings at the far end: hang up (cancel), mute.',
    scenario: 'dialing',
  },
  ringingInbound: {
    description:
      'A customer calls through a queue: number, name, location and queue, answer or reject.',
    scenario: 'ringing',
  },
  talking: {
    description:
      'In conversation: hang up, hold, mute, keypad, transfer, consult; timer and quality.',
    scenario: 'talking',
    ready: (_cc, fake) =>
      void fake.sampleQuality({ grade: 'd', rtt: 85, jitter: 6, loss: 0.004, mos: 4.1 }),
  },
  muted: {
    description: 'The microphone is muted (mute shows aria-pressed).',
    scenario: 'talking',
    ready: (cc) => cc.calls.mute(),
  },
  held: {
    description: 'The customer is on hold (hold shows aria-pressed); a second call may be placed.',
    scenario: 'held',
  },
  keypadOpen: {
    description: 'The keypad is open in a call: keys (and typed digits) go out as keypad tones.',
    scenario: 'talking',
    interact: (bar) => press(bar, 'keypad-button'),
  },
  transferDialogOpen: {
    description:
      'The transfer dialog: the live agent directory with search, a number, a queue, an IVR node.',
    scenario: 'talking',
    ready: (_cc, fake) => roster(fake),
    interact: (bar) => press(bar, 'transfer-button'),
  },
  consulting: {
    description:
      'Consulting a colleague with the customer on hold: transfer, conference or go back.',
    scenario: 'consulting',
  },
  conference: {
    description: 'A three-way call with the customer and a colleague.',
    scenario: 'conference',
  },
  holdList: {
    description: 'Several calls: two on hold in the hold list, one active; switch to any.',
    scenario: 'held',
    ready: async (cc, fake) => {
      await cc.calls.dial('02188886666');
      fake.remoteAnswer();
      await cc.calls.hold();
      await cc.calls.dial('13511112222');
      fake.remoteAnswer();
    },
  },
  wrapUp: {
    description:
      'The call ended; the agent wraps up (the state, on the bar; the countdown is on <cc-agent-status>).',
    scenario: 'wrap-up',
    fake: { wrapUpSeconds: 60 },
  },
  poorQuality: {
    description:
      'The line is bad: grade "very poor"; hover or focus it for round trip, jitter, loss and MOS.',
    scenario: 'talking',
    ready: (_cc, fake) =>
      void fake.sampleQuality({
        grade: 'a',
        rtt: 420,
        jitter: 55,
        loss: 0.11,
        mos: 2.2,
        warnings: ['rtt', 'jitter', 'loss'],
      }),
  },
  devicePickerOpen: {
    description: 'Microphone, speaker and ringer choice with a live microphone level.',
    scenario: 'talking',
    interact: async (bar) => {
      await press(bar, 'device-button');
      for (let i = 0; i < 50 && !control(bar, 'device-picker'); i += 1) await settled(bar);
    },
  },
  error: {
    description:
      'The back end refused: the localized message for the code, the vendor text as text only.',
    scenario: 'talking',
    ready: (_cc, fake) =>
      fake.raise('rejected-by-backend', 'Hold refused.', {
        code: '40301',
        message: 'Line locked by supervisor',
      }),
  },
} satisfies Record<string, Scene>;

export type SceneName = keyof typeof scenes;

/**
 * Builds the fake and the core for `scene`, renders the bar into `container` (in a box with the
 * language and theme asked for), and plays the scene's steps.
 */
export async function mountScene(
  scene: Scene,
  container: HTMLElement,
  options: SceneOptions = {},
): Promise<MountedScene> {
  const fake = createFakeBackend(scene.fake);
  fake.setScenario(scene.scenario ?? 'ready');
  const cc = createCallCenter({ backend: fake.backend });
  const width = options.width ?? 0;
  render(
    html`<div
      lang=${options.lang ?? 'en'}
      data-cc-theme=${options.theme ?? 'light'}
      style="padding: 1rem; background: var(--cc-color-surface-raised); ${width ? `width: ${width}px;` : ''}"
    >
      <cc-call-center .callCenter=${cc}><cc-phone-bar></cc-phone-bar></cc-call-center>
    </div>`,
    container,
  );
  const bar = container.querySelector('cc-phone-bar')!;
  await cc.ready;
  await scene.ready?.(cc, fake);
  await localeSettled();
  await settled(bar);
  await scene.interact?.(bar);
  await settled(bar);
  return {
    cc,
    fake,
    bar,
    destroy: async () => {
      render(html``, container);
      await cc.destroy();
    },
  };
}
