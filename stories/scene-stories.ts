/**
 * Stories from scenes (scene-kit.ts): each story mounts its scene into a fresh box, releasing
 * the previous story's core, and offers `lang`, `theme` and `width` controls.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { SceneOptions } from './scene-kit.js';

export type SceneArgs = Required<SceneOptions>;

interface Mountable {
  destroy(): Promise<void>;
}

/** A story maker for one element's scenes. */
export function sceneStories<
  Scenes extends Record<string, { readonly description: string }>,
  M extends Mountable,
>(
  scenes: Scenes,
  mount: (scene: Scenes[keyof Scenes], container: HTMLElement, options: SceneArgs) => Promise<M>,
) {
  /** The scene shown now: released when the next story replaces it. */
  let current: M | null = null;
  return (name: keyof Scenes, fixed: Partial<SceneArgs> = {}): StoryObj<SceneArgs> => {
    const scene = scenes[name];
    let mounted: Promise<M> | null = null;
    return {
      ...(Object.keys(fixed).length > 0 ? { args: fixed } : {}),
      parameters: { docs: { description: { story: scene.description } } },
      render: (args) => {
        const container = document.createElement('div');
        const previous = current;
        current = null;
        void previous?.destroy();
        mounted = mount(scene, container, args).then((m) => (current = m));
        return container;
      },
      // The scene's steps run in mount; waiting here lets interaction tests see the result.
      play: async () => {
        await mounted;
      },
    };
  };
}

/**
 * What every element's scene stories share in their meta: the controls and a full-screen layout.
 * (Storybook reads the title and component from the story file's own default-export literal.)
 */
export const SCENE_META = {
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
} satisfies Partial<Meta<SceneArgs>>;
