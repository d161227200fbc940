/**
 * Every story state of <cc-agent-status> (stories/agent-status.scenes.ts) mounted in both
 * languages and both themes (the real light.css and dark.css), each checked with axe: contrast
 * included. And each scene shows what it is about.
 */
import { expect } from '@open-wc/testing';
import {
  mountScene,
  scenes,
  type MountedScene,
  type SceneName,
} from '../../stories/agent-status.scenes.js';
import { SCENE_VARIANTS, useSceneBox } from '../helpers/scene-box.js';

const variants = SCENE_VARIANTS;

/** The part each scene is about, and the agent-state it reflects. */
const shows: Record<SceneName, [part: string, state: string]> = {
  offline: ['login-form', 'offline'],
  loggingIn: ['login-form', 'offline'],
  loginError: ['error', 'offline'],
  ready: ['status-button', 'ready'],
  notReady: ['reason', 'not-ready'],
  onCall: ['next-state-menu', 'on-call'],
  nextStateChosen: ['next-state-label', 'on-call'],
  wrapUp: ['wrap-up-timer', 'wrap-up'],
  reconnecting: ['connection-status', 'ready'],
  registrationFailed: ['connection-status', 'ready'],
  audioBlocked: ['enable-audio-button', 'ready'],
  commandError: ['error', 'not-ready'],
  noAgentStates: ['logout-button', 'ready'],
};

describe('<cc-agent-status> stories', () => {
  let mounted: MountedScene | null = null;
  const container = useSceneBox(async () => {
    await mounted?.destroy();
    mounted = null;
  });

  for (const { lang, theme } of variants) {
    for (const name of Object.keys(scenes) as SceneName[]) {
      it(`${name} (${lang}, ${theme}) is accessible and shows its state`, async () => {
        mounted = await mountScene(scenes[name], container(), { lang, theme });
        const { el } = mounted;
        expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal(lang);
        await expect(container()).to.be.accessible();
        const [part, state] = shows[name];
        expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), part).to.exist;
        expect(el.getAttribute('agent-state')).to.equal(state);
      });
    }
  }

  it('loggingIn shows the login in progress; noAgentStates hides presence controls', async () => {
    mounted = await mountScene(scenes.loggingIn, container());
    const button =
      mounted.el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="login-button"]')!;
    expect(button.disabled).to.equal(true);
    expect(button.textContent!.trim()).to.equal('Logging in…');
    await mounted.destroy();
    mounted = await mountScene(scenes.noAgentStates, container());
    expect(mounted.el.shadowRoot!.querySelector('[part~="status-button"]')).to.equal(null);
    expect(mounted.el.shadowRoot!.querySelector('[part~="reason-menu"]')).to.equal(null);
  });
});
