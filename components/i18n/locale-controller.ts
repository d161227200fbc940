import { updateWhenLocaleChanges } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { matchLocale, type KitLocale } from './locale-codes.js';
import { kitLocale, requestKitLocale } from './localization.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Makes an element follow its language: the nearest `lang` attribute (its own, an ancestor's,
 * across shadow roots), else the document's. It asks for that locale when it connects and
 * whenever a `lang` attribute in the page changes, and re-renders when the locale has loaded.
 *
 * @lit/localize keeps one locale per page, so all kit elements show the same language. When
 * elements sit under different `lang` values, the one connected or changed last wins.
 *
 * ```ts
 * private readonly i18n = new LocaleController(this);
 * render() { return html`<div part="base" lang=${this.i18n.lang}>${msg('Ready', { id: 'x.ready' })}</div>`; }
 * ```
 */
export class LocaleController implements ReactiveController {
  /** The locale this element's `lang` asks for (not necessarily the page's, see above). */
  wanted: KitLocale = 'en';

  constructor(private readonly host: Host) {
    host.addController(this);
    updateWhenLocaleChanges(host);
  }

  /** The locale shown now: put it on the shadow root's wrapper as `lang` for screen readers. */
  get lang(): KitLocale {
    return kitLocale();
  }

  hostConnected(): void {
    watchers.add(this);
    startObserving();
    this.resolve(true);
  }

  hostDisconnected(): void {
    watchers.delete(this);
    if (watchers.size === 0) stopObserving();
  }

  /** Re-reads the `lang` in effect; requests the locale when it changed (or `force`). */
  resolve(force = false): void {
    const next = matchLocale(langOf(this.host));
    if (!force && next === this.wanted) return;
    this.wanted = next;
    void requestKitLocale(next);
  }
}

/**
 * The `lang` in effect for `element`: the nearest attribute up the tree, crossing shadow roots.
 * A `lang` inside a kit element's shadow root (`cc-*`) is skipped: it is the kit's mirror of
 * the locale shown now (for screen readers), not a choice, and following it would make a nested
 * element ask for the old language while a new one loads.
 */
export function langOf(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const root = node.getRootNode();
    const inKitShadow = root instanceof ShadowRoot && root.host.localName.startsWith('cc-');
    if (!inKitShadow) {
      const found: Element | null = node.closest('[lang]');
      if (found) return found.getAttribute('lang') ?? '';
    }
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang;
}

// One observer for the page: `lang` changes are rare, and every connected controller re-reads.
const watchers = new Set<LocaleController>();
let observer: MutationObserver | null = null;

function startObserving(): void {
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const watcher of watchers) watcher.resolve();
  });
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

function stopObserving(): void {
  observer?.disconnect();
  observer = null;
}
