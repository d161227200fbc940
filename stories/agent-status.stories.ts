/// <reference types="vite/client" />
/**
 * <cc-agent-status> in every state, on the fake back end (test/helpers/fake-backend.ts). Each
 * story has `lang`, `theme` and `width` controls; the Chinese, dark and narrow stories fix them.
 * The states live in agent-status.scenes.ts, which a test mounts and checks with axe.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../components/themes/light.css';
import '../components/themes/dark.css';
import {
  mountScene,
  scenes,
  type MountedScene,
  type SceneName,
  type SceneOptions,
} from './agent-status.scenes.js';

type Args = Required<SceneOptions>;

/** The scene shown now: released when the next story replaces it. */
let current: MountedScene | null = null;

function sceneStory(name: SceneName, fixed: Partial<Args> = {}): StoryObj<Args> {
  const scene = scenes[name];
  let mounted: Promise<MountedScene> | null = null;
  return {
    ...(Object.keys(fixed).length > 0 ? { args: fixed } : {}),
    parameters: { docs: { description: { story: scene.description } } },
    render: (args) => {
      const container = document.createElement('div');
      const previous = current;
      current = null;
      void previous?.destroy();
      mounted = mountScene(scene, container, args).then((m) => (current = m));
      return container;
    },
    // The scene's steps run in mountScene; waiting here lets interaction tests see the result.
    play: async () => {
      await mounted;
    },
  };
}

const meta: Meta<Args> = {
  title: 'Elements/Agent status',
  component: 'cc-agent-status',
  args: { lang: 'en', theme: 'light', width: 0 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'zh-Hans'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    width: {
      control: { type: 'number', min: 0, step: 40 },
      description: 'Box width in px (0: full width)',
    },
  },
  parameters: { layout: 'fullscreen' },
};
export default meta;

export const OfflineLoginForm = sceneStory('offline');
export const LoggingIn = sceneStory('loggingIn');
export const LoginError = sceneStory('loginError');
export const Ready = sceneStory('ready');
export const NotReadyWithReason = sceneStory('notReady');
export const OnCall = sceneStory('onCall');
export const NextStateChosen = sceneStory('nextStateChosen');
export const WrapUpCountdown = sceneStory('wrapUp');
export const Reconnecting = sceneStory('reconnecting');
export const RegistrationFailed = sceneStory('registrationFailed');
export const AudioBlocked = sceneStory('audioBlocked');
export const CommandError = sceneStory('commandError');
export const NoAgentStates = sceneStory('noAgentStates');

export const ChineseLoginForm = sceneStory('offline', { lang: 'zh-Hans' });
export const ChineseNotReady = sceneStory('notReady', { lang: 'zh-Hans' });
export const ChineseWrapUp = sceneStory('wrapUp', { lang: 'zh-Hans' });
export const ChineseNextStateChosen = sceneStory('nextStateChosen', { lang: 'zh-Hans' });
export const ChineseReconnecting = sceneStory('reconnecting', { lang: 'zh-Hans' });
export const DarkReady = sceneStory('ready', { theme: 'dark' });
export const DarkWrapUp = sceneStory('wrapUp', { theme: 'dark' });
export const DarkLoginError = sceneStory('loginError', { theme: 'dark' });
export const DarkChineseOnCall = sceneStory('onCall', { theme: 'dark', lang: 'zh-Hans' });
export const Narrow320LoginForm = sceneStory('offline', { width: 320 });
export const Narrow320WrapUp = sceneStory('wrapUp', { width: 320 });
