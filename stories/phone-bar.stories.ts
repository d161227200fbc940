/// <reference types="vite/client" />
/**
 * <cc-phone-bar> in every state, on the fake back end (test/helpers/fake-backend.ts). Each story
 * has `lang` and `theme` controls; the Chinese, dark, narrow and full-width stories fix them.
 * The states themselves live in phone-bar.scenes.ts, which a test mounts and checks with axe.
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
} from './phone-bar.scenes.js';

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
  title: 'Elements/Phone bar',
  component: 'cc-phone-bar',
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
