/**
 * Every state of <cc-agent-status>, each built on the fake back end from test/helpers: the
 * stories (agent-status.stories.ts) show them, and test/components/agent-status-stories.test.ts
 * mounts each one in both languages and both themes and runs axe on it. No CSS imports here, so
 * the test runner can load this module as it is.
 */
import '../components/agent-status/agent-status.js';
import { html } from 'lit';
import type { CcAgentStatus } from '../components/agent-status/agent-status.component.js';
import { CallCenterError } from '../core/model/errors.js';
import {
  mountSceneOf,
  partOf as control,
  settled,
  type MountedScene as Mounted,
  type Scene as SceneOf,
  type SceneOptions,
} from './scene-kit.js';

export type { SceneOptions } from './scene-kit.js';
/** A state of the element; the fake starts offline unless the scene says otherwise. */
export type Scene = SceneOf<CcAgentStatus>;
export type MountedScene = Mounted<CcAgentStatus>;

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

export function mountScene(
  scene: Scene,
  container: HTMLElement,
  options: SceneOptions = {},
): Promise<MountedScene> {
  const element = { tag: 'cc-agent-status', markup: html`<cc-agent-status></cc-agent-status>` };
  return mountSceneOf(element, scene, container, options);
}
