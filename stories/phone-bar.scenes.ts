/**
 * Every state of <cc-phone-bar>, each built on the fake back end from test/helpers: the stories
 * (phone-bar.stories.ts) show them, and test/components/phone-bar-stories.test.ts mounts each one
 * in both languages and both themes and runs axe on it. No CSS imports here, so the test runner
 * can load this module as it is.
 */
import { html } from 'lit';
import '../components/phone-bar/phone-bar.js';
import type { CcPhoneBar } from '../components/phone-bar/phone-bar.component.js';
import {
  makeBusyRosterAgent,
  makeQueue,
  makeRosterAgent,
  type FakeBackend,
} from '../test/helpers/fake-backend.js';
import {
  mountSceneOf,
  partOf as control,
  settled,
  type MountedScene as Mounted,
  type Scene as SceneOf,
  type SceneOptions,
} from './scene-kit.js';

export type { SceneOptions } from './scene-kit.js';
/** A state of the bar; the fake starts ready unless the scene says otherwise. */
export type Scene = SceneOf<CcPhoneBar>;
export type MountedScene = Mounted<CcPhoneBar> & { readonly bar: CcPhoneBar };

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

/** Mounts `scene` (see scene-kit.ts); `bar` names the element, as the bar's tests call it. */
export async function mountScene(
  scene: Scene,
  container: HTMLElement,
  options: SceneOptions = {},
): Promise<MountedScene> {
  const element = {
    tag: 'cc-phone-bar',
    markup: html`<cc-phone-bar></cc-phone-bar>`,
    scenario: 'ready' as const,
  };
  const mounted = await mountSceneOf(element, scene, container, options);
  return { ...mounted, bar: mounted.el };
}
