/// <reference types="vite/client" />
/**
 * <cc-phone-bar> in every state, on the fake back end (test/helpers/fake-backend.ts). Each story
 * has `lang` and `theme` controls; the Chinese, dark, narrow and full-width stories fix them.
 * The states themselves live in phone-bar.scenes.ts, which a test mounts and checks with axe.
 */
import '../components/themes/light.css';
import '../components/themes/dark.css';
import { mountScene, scenes } from './phone-bar.scenes.js';
import type { Meta } from '@storybook/web-components-vite';
import { SCENE_META, sceneStories, type SceneArgs } from './scene-stories.js';

const sceneStory = sceneStories(scenes, mountScene);

const meta: Meta<SceneArgs> = {
  title: 'Elements/Phone bar',
  component: 'cc-phone-bar',
  ...SCENE_META,
};
export default meta;

export const Idle = sceneStory('idle');
export const InvalidNumber = sceneStory('invalidNumber');
export const Dialing = sceneStory('dialing');
export const RingingInbound = sceneStory('ringingInbound');
export const Talking = sceneStory('talking');
export const Muted = sceneStory('muted');
export const Held = sceneStory('held');
export const KeypadOpen = sceneStory('keypadOpen');
export const TransferDialogOpen = sceneStory('transferDialogOpen');
export const Consulting = sceneStory('consulting');
export const Conference = sceneStory('conference');
export const MultipleCallsHoldList = sceneStory('holdList');
export const WrapUp = sceneStory('wrapUp');
export const PoorQuality = sceneStory('poorQuality');
export const DevicePickerOpen = sceneStory('devicePickerOpen');
export const Error = sceneStory('error');

export const ChineseTalking = sceneStory('talking', { lang: 'zh-Hans' });
export const ChineseRingingInbound = sceneStory('ringingInbound', { lang: 'zh-Hans' });
export const ChineseTransferDialogOpen = sceneStory('transferDialogOpen', { lang: 'zh-Hans' });
export const DarkTalking = sceneStory('talking', { theme: 'dark' });
export const DarkRingingInbound = sceneStory('ringingInbound', { theme: 'dark' });
export const DarkConsulting = sceneStory('consulting', { theme: 'dark' });
export const Narrow320 = sceneStory('talking', { width: 320 });
export const Narrow320Ringing = sceneStory('ringingInbound', { width: 320 });
