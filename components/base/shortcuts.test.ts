import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import {
  DEFAULT_SHORTCUTS,
  matchesShortcut,
  parseShortcut,
  ShortcutsController,
  type ShortcutMap,
} from './shortcuts.js';

class ShortcutProbe extends LitElement {
  static override properties = {
    shortcuts: { attribute: false },
    noShortcuts: { type: Boolean, attribute: 'no-shortcuts' },
  };
  shortcuts: ShortcutMap = {};
  noShortcuts = false;
  readonly pressed: string[] = [];
  readonly keys = new ShortcutsController(this, {
    answer: () => this.pressed.push('answer'),
    hangup: () => this.pressed.push('hangup'),
  });
}
customElements.define('shortcut-probe', ShortcutProbe);

const key = (init: KeyboardEventInit) =>
  new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });

describe('keyboard shortcuts', () => {
  it('defaults do not collide', () => {
    const values = Object.values(DEFAULT_SHORTCUTS);
    expect(new Set(values).size).to.equal(values.length);
  });

  it('parses combinations and matches by physical key', () => {
    const combo = parseShortcut('Alt+Shift+A')!;
    expect(
      matchesShortcut(key({ altKey: true, shiftKey: true, code: 'KeyA', key: 'Å' }), combo),
    ).to.equal(true);
    expect(matchesShortcut(key({ altKey: true, code: 'KeyA', key: 'a' }), combo)).to.equal(false);
    expect(
      matchesShortcut(key({ altKey: true, shiftKey: true, ctrlKey: true, code: 'KeyA' }), combo),
    ).to.equal(false);
    expect(matchesShortcut(key({ key: 'F8', code: 'F8' }), parseShortcut('F8')!)).to.equal(true);
    expect(parseShortcut('')).to.equal(null);
    expect(parseShortcut(null)).to.equal(null);
  });

  it('runs the action for a real key press, once even with two elements', async () => {
    const wrap = await fixture(
      html`<div><shortcut-probe></shortcut-probe><shortcut-probe></shortcut-probe></div>`,
    );
    const [a, b] = [...wrap.querySelectorAll<ShortcutProbe>('shortcut-probe')];
    await sendKeys({ press: 'Alt+Shift+KeyA' });
    expect([...a!.pressed, ...b!.pressed]).to.deep.equal(['answer']);
  });

  it('a host changes one shortcut, switches one off, or all with no-shortcuts', async () => {
    const probe = await fixture<ShortcutProbe>(html`<shortcut-probe></shortcut-probe>`);
    probe.shortcuts = { answer: 'Control+Alt+KeyJ'.replace('KeyJ', 'J'), hangup: null };
    expect(probe.keys.keysFor('answer')).to.equal('Control+Alt+J');
    expect(probe.keys.keysFor('hangup')).to.equal('');
    await sendKeys({ press: 'Alt+Shift+KeyA' });
    await sendKeys({ press: 'Alt+Shift+KeyH' });
    expect(probe.pressed).to.deep.equal([]);
    await sendKeys({ press: 'Control+Alt+KeyJ' });
    expect(probe.pressed).to.deep.equal(['answer']);
    probe.noShortcuts = true;
    expect(probe.keys.keysFor('answer')).to.equal('');
    await sendKeys({ press: 'Control+Alt+KeyJ' });
    expect(probe.pressed).to.deep.equal(['answer']);
  });

  it('a key press the page already handled is left alone', async () => {
    const probe = await fixture<ShortcutProbe>(html`<shortcut-probe></shortcut-probe>`);
    const claim = (e: KeyboardEvent) => e.preventDefault();
    window.addEventListener('keydown', claim, { capture: true });
    try {
      await sendKeys({ press: 'Alt+Shift+KeyA' });
      expect(probe.pressed).to.deep.equal([]);
    } finally {
      window.removeEventListener('keydown', claim, { capture: true });
    }
  });
});
