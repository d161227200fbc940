/**
 * Every story state of <cc-phone-bar> (stories/phone-bar.scenes.ts) mounted in both languages
 * and both themes (the real light.css and dark.css), each checked with axe: contrast included.
 */
import { expect } from '@open-wc/testing';
import {
  mountScene,
  scenes,
  type MountedScene,
  type SceneName,
} from '../../stories/phone-bar.scenes.js';
import { SCENE_VARIANTS, useSceneBox } from '../helpers/scene-box.js';

const variants = SCENE_VARIANTS;

describe('<cc-phone-bar> stories', () => {
  let mounted: MountedScene | null = null;
  const container = useSceneBox(async () => {
    await mounted?.destroy();
    mounted = null;
  });

  for (const { lang, theme } of variants) {
    for (const name of Object.keys(scenes) as SceneName[]) {
      it(`${name} (${lang}, ${theme}) is accessible`, async () => {
        mounted = await mountScene(scenes[name], container(), { lang, theme });
        expect(
          mounted.bar.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang'),
        ).to.equal(lang);
        // The transfer dialog is modal: axe checks it (and what it covers is inert).
        await expect(container()).to.be.accessible();
      });
    }
  }

  it('the states look different: each scene shows what it is about', async () => {
    const expectations: Partial<Record<SceneName, string>> = {
      invalidNumber: 'error',
      ringingInbound: 'incoming-call',
      keypadOpen: 'keypad',
      transferDialogOpen: 'transfer-dialog',
      consulting: 'conference-button',
      holdList: 'hold-list',
      poorQuality: 'quality-indicator',
      devicePickerOpen: 'device-picker',
      error: 'error',
    };
    for (const [name, part] of Object.entries(expectations) as [SceneName, string][]) {
      mounted = await mountScene(scenes[name], container());
      expect(mounted.bar.shadowRoot!.querySelector(`[part~="${part}"]`), `${name} shows ${part}`).to
        .exist;
      await mounted.destroy();
      mounted = null;
    }
  });
});
