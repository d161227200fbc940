/// <reference types="vite/client" />
/**
 * <cc-agent-status> in every state, on the fake back end (test/helpers/fake-backend.ts). Each
 * story has `lang`, `theme` and `width` controls; the Chinese, dark and narrow stories fix them.
 * The states live in agent-status.scenes.ts, which a test mounts and checks with axe.
 */
import '../components/themes/light.css';
import '../components/themes/dark.css';
import { mountScene, scenes } from './agent-status.scenes.js';
import type { Meta } from '@storybook/web-components-vite';
import { SCENE_META, sceneStories, type SceneArgs } from './scene-stories.js';

const sceneStory = sceneStories(scenes, mountScene);

const meta: Meta<SceneArgs> = {
  title: 'Elements/Agent status',
  component: 'cc-agent-status',
  ...SCENE_META,
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
