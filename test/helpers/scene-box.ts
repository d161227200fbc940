/**
 * The harness of the story-scene tests: both real theme files loaded, a fresh container per
 * test, the test's scene released after it, and the locale put back to English at the end.
 */
import { setKitLocale } from '../../components/i18n/localization.js';

/** The two looks every scene is checked in. */
export const SCENE_VARIANTS = [
  { lang: 'en', theme: 'light' },
  { lang: 'zh-Hans', theme: 'dark' },
] as const;

function loadTheme(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`Cannot load ${href}`));
    document.head.append(link);
  });
}

/**
 * Registers the mocha hooks in the calling `describe`; `release` runs after each test (destroy
 * what it mounted). Returns the current test's container.
 */
export function useSceneBox(release: () => Promise<void>): () => HTMLElement {
  let container: HTMLElement | null = null;
  before(async () => {
    await loadTheme('/components/themes/light.css');
    await loadTheme('/components/themes/dark.css');
  });
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(async () => {
    await release();
    container?.remove();
    container = null;
  });
  after(() => setKitLocale('en'));
  return () => container!;
}
