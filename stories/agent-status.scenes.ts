/**
 * Every state of <cc-agent-status>, each built on the fake back end from test/helpers: the
 * stories (agent-status.stories.ts) show them, and test/components/agent-status-stories.test.ts
 * mounts each one in both languages and both themes and runs axe on it. No CSS imports here, so
 * the test runner can load this module as it is.
 */
import { html, render } from 'lit';
import '../components/agent-status/agent-status.js';
import '../components/call-center/call-center.js';
import type { CcAgentStatus } from '../components/agent-status/agent-status.component.js';
import { localeSettled } from '../components/i18n/localization.js';
import { createCallCenter, type CallCenter } from '../core/index.js';
import { CallCenterError } from '../core/model/errors.js';
import {
  createFakeBackend,
  type FakeBackend,
  type FakeBackendOptions,
  type FakeScenario,
} from '../test/helpers/fake-backend.js';

export interface Scene {
  /** A sentence for the story's docs. */
  readonly description: string;
  /** The fake's scenario, set before the core starts (default: offline). */
  readonly scenario?: FakeScenario;
  readonly fake?: FakeBackendOptions;
  /** Commands and back-end events once the core is ready. */
  readonly ready?: (cc: CallCenter, fake: FakeBackend) => Promise<void> | void;
  /** What a person does in the element once it has rendered. */
  readonly interact?: (el: CcAgentStatus) => Promise<void>;
}

export interface SceneOptions {
  readonly lang?: 'en' | 'zh-Hans';
  readonly theme?: 'light' | 'dark';
  /** Width of the box around the element in CSS pixels; 0 is the full width available. */
  readonly width?: number;
}

export interface MountedScene {
  readonly cc: CallCenter;
  readonly fake: FakeBackend;
  readonly el: CcAgentStatus;
  destroy(): Promise<void>;
}

const control = (el: CcAgentStatus, part: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`);

async function settled(el: CcAgentStatus): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

/** Fills the login form and submits it, as a person would. */
async function submitLogin(el: CcAgentStatus, password: string): Promise<void> {
  (control(el, 'agent-id-input') as HTMLInputElement).value = '1001';
  (control(el, 'extension-input') as HTMLInputElement).value = '8001';
  (control(el, 'password-input') as HTMLInputElement).value = password;
  control(el, 'login-button')!.click();
  await settled(el);
}

const LUNCH = { code: '12', label: 'Lunch' };

export const scenes = {
  offline: {
    description: 'Logged out: the login form with agent id, extension, password and phone type.',
  },
  loggingIn: {
    description: 'The login form while the back end has not answered yet.',
    fake: { autoConfirm: false },
    interact: (el) => submitLogin(el, 'secret'),
  },
  loginError: {
    description: 'A refused login: the localized message and the vendor detail, as text.',
    ready: (_cc, fake) =>
      fake.fail(
        'login',
        new CallCenterError('auth-failed', 'Denied', {
          vendor: { code: '401', message: 'Unauthorized' },
        }),
      ),
    interact: (el) => submitLogin(el, 'wrong'),
  },
  ready: {
    description: 'Ready for calls: the reason menu and the button to go not ready.',
    scenario: 'ready',
  },
  notReady: {
    description: 'Not ready with a reason from the back end, and the button to go ready.',
    scenario: 'ready',
    ready: (cc) => cc.agent.setNotReady(LUNCH),
  },
  onCall: {
    description: 'In a conversation: the work state, the next-state menu, logout disabled.',
    scenario: 'talking',
  },
  nextStateChosen: {
    description: 'During a call the agent chose to go not ready (Lunch) when it ends.',
    scenario: 'talking',
    ready: (cc) => cc.agent.requestNextState({ presence: 'not-ready', reason: LUNCH }),
  },
  wrapUp: {
    description:
      'After a call: wrap-up countdown, extend (+30 s, +60 s), end to ready or not ready.',
    scenario: 'wrap-up',
    fake: { wrapUpSeconds: 60 },
  },
  reconnecting: {
    description: 'The connection dropped: the element says it is reconnecting, and why.',
    scenario: 'ready',
    ready: (_cc, fake) =>
      fake.emit({
        type: 'connection/changed',
        patch: {
          transport: 'reconnecting',
          attempt: 2,
          reason: { id: 'story-net', code: 'network', message: 'WebSocket closed', at: Date.now() },
        },
      }),
  },
  registrationFailed: {
    description: 'The phone could not register (wrong SIP password, say).',
    scenario: 'ready',
    ready: (_cc, fake) =>
      fake.emit({
        type: 'connection/changed',
        patch: {
          registration: 'failed',
          reason: {
            id: 'story-reg',
            code: 'auth-failed',
            message: '403 Forbidden',
            at: Date.now(),
          },
        },
      }),
  },
  audioBlocked: {
    description: 'The browser blocked sound until a click: the button enables it.',
    scenario: 'ready',
    ready: (_cc, fake) => fake.emit({ type: 'devices/changed', patch: { audioBlocked: true } }),
  },
  commandError: {
    description: 'The back end refused to go ready: the error, dismissible.',
    scenario: 'not-ready',
    ready: (_cc, fake) =>
      fake.fail(
        'setReady',
        new CallCenterError('rejected-by-backend', 'No', {
          vendor: { code: '4003', message: 'Agent locked by supervisor' },
        }),
      ),
    interact: async (el) => {
      control(el, 'status-button')!.click();
      await new Promise((resolve) => setTimeout(resolve, 20));
      await settled(el);
    },
  },
  noAgentStates: {
    description:
      'A back end without agent states (a plain SIP phone): presence controls are hidden.',
    scenario: 'ready',
    fake: { capabilities: { agentState: false, wrapUp: null, nextState: false } },
  },
} satisfies Record<string, Scene>;

export type SceneName = keyof typeof scenes;

export async function mountScene(
  scene: Scene,
  container: HTMLElement,
  options: SceneOptions = {},
): Promise<MountedScene> {
  const fake = createFakeBackend(scene.fake);
  if (scene.scenario) fake.setScenario(scene.scenario);
  const cc = createCallCenter({ backend: fake.backend });
  const width = options.width ?? 0;
  render(
    html`<div
      lang=${options.lang ?? 'en'}
      data-cc-theme=${options.theme ?? 'light'}
      style="padding: 1rem; background: var(--cc-color-surface-raised); ${width ? `width: ${width}px;` : ''}"
    >
      <cc-call-center .callCenter=${cc}><cc-agent-status></cc-agent-status></cc-call-center>
    </div>`,
    container,
  );
  const el = container.querySelector('cc-agent-status')!;
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
