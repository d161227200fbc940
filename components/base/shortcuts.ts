/**
 * Keyboard shortcuts for the actions an agent needs without finding the mouse. Listens on the
 * document (the point is to answer while typing in the CRM), so a host page can change them
 * through the element's `shortcuts` property or switch them off with its `no-shortcuts`
 * attribute.
 *
 * Defaults use Alt+Shift+letter: free in Chrome, Edge, Firefox and Safari and in the common
 * screen readers (NVDA and JAWS use Insert/CapsLock, VoiceOver Ctrl+Option), and Shift keeps
 * them clear of the Alt+letter menu access keys. Keys are matched by their physical position
 * (`KeyA`), so they work on any keyboard layout and on macOS, where Option changes the letter.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Every action a kit element offers a shortcut for. */
export type ShortcutAction = 'answer' | 'hangup' | 'hold' | 'mute' | 'ready' | 'notReady';

/** Action -> key combination ("Alt+Shift+A", "Control+F8"); null or "" switches one off. */
export type ShortcutMap = Partial<Record<ShortcutAction, string | null>>;

export const DEFAULT_SHORTCUTS: Readonly<Record<ShortcutAction, string>> = {
  answer: 'Alt+Shift+A',
  hangup: 'Alt+Shift+H',
  hold: 'Alt+Shift+O',
  mute: 'Alt+Shift+M',
  ready: 'Alt+Shift+R',
  notReady: 'Alt+Shift+N',
};

interface Combination {
  readonly alt: boolean;
  readonly ctrl: boolean;
  readonly shift: boolean;
  readonly meta: boolean;
  /** A KeyboardEvent.code ("KeyA", "Digit1") for letters and digits, else a lower-case key ("f8"). */
  readonly key: string;
}

/** Parses "Alt+Shift+A". Returns null for an empty or unusable combination. */
export function parseShortcut(text: string | null | undefined): Combination | null {
  if (!text) return null;
  const parts = text
    .split('+')
    .map((p) => p.trim())
    .filter(Boolean);
  const last = parts.pop();
  if (!last) return null;
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  let key: string;
  if (/^[a-z]$/i.test(last)) key = `Key${last.toUpperCase()}`;
  else if (/^[0-9]$/.test(last)) key = `Digit${last}`;
  else key = last.toLowerCase();
  return {
    alt: mods.has('alt') || mods.has('option'),
    ctrl: mods.has('ctrl') || mods.has('control'),
    shift: mods.has('shift'),
    meta: mods.has('meta') || mods.has('cmd') || mods.has('command'),
    key,
  };
}

export function matchesShortcut(event: KeyboardEvent, combo: Combination): boolean {
  if (event.altKey !== combo.alt || event.ctrlKey !== combo.ctrl) return false;
  if (event.shiftKey !== combo.shift || event.metaKey !== combo.meta) return false;
  return combo.key.startsWith('Key') || combo.key.startsWith('Digit')
    ? event.code === combo.key
    : event.key.toLowerCase() === combo.key;
}

export interface ShortcutHost extends ReactiveControllerHost, HTMLElement {
  /** Overrides of the defaults (only the actions given change). */
  shortcuts: ShortcutMap;
  /** Reflects the `no-shortcuts` attribute: true switches every shortcut off. */
  noShortcuts: boolean;
}

/**
 * Runs `handlers[action]` when its shortcut is pressed anywhere in the page.
 *
 * A handled key press is `preventDefault()`ed, and one already prevented is ignored, so two
 * elements with the same shortcut do not both act, and a host page can claim a combination by
 * handling it first (in the capture phase).
 */
export class ShortcutsController implements ReactiveController {
  constructor(
    private readonly host: ShortcutHost,
    private readonly handlers: Partial<Record<ShortcutAction, () => void>>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKeyDown);
  }

  /** The combination in effect for `action` ("" when switched off): for labels and tooltips. */
  keysFor(action: ShortcutAction): string {
    if (this.host.noShortcuts) return '';
    const custom = this.host.shortcuts?.[action];
    return custom === undefined ? DEFAULT_SHORTCUTS[action] : (custom ?? '');
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (this.host.noShortcuts || event.defaultPrevented || event.repeat) return;
    for (const [action, handler] of Object.entries(this.handlers) as [
      ShortcutAction,
      () => void,
    ][]) {
      const combo = parseShortcut(this.keysFor(action));
      if (!combo || !matchesShortcut(event, combo)) continue;
      event.preventDefault();
      handler();
      return;
    }
  };
}
