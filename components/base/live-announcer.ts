/**
 * Polite (and, for the rare urgent case, assertive) announcements for screen readers.
 *
 * One live region per page, a direct child of <body>, shared by every kit element: a region
 * inside each shadow root would repeat the same news once per element, and a region created at
 * the moment of speaking is often not heard (screen readers watch regions that already exist).
 * Elements call {@link ensureLiveRegion} when they connect, and {@link announce} later.
 */

export type Politeness = 'polite' | 'assertive';

const ATTRIBUTE = 'data-cc-live-region';

/** Visually hidden, yet in the accessibility tree (not display:none, not aria-hidden). */
const HIDDEN_STYLE =
  'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;' +
  'clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0;';

/** Returns the page's live region of that politeness, creating it when missing. */
export function ensureLiveRegion(politeness: Politeness = 'polite'): HTMLElement {
  const existing = document.body.querySelector<HTMLElement>(
    `:scope > [${ATTRIBUTE}="${politeness}"]`,
  );
  if (existing) return existing;
  const region = document.createElement('div');
  region.setAttribute(ATTRIBUTE, politeness);
  // role=status / alert carry the politeness for readers that ignore aria-live on a plain div.
  region.setAttribute('role', politeness === 'polite' ? 'status' : 'alert');
  region.setAttribute('aria-live', politeness);
  region.setAttribute('aria-atomic', 'true');
  region.setAttribute('style', HIDDEN_STYLE);
  document.body.append(region);
  return region;
}

const timers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/** How long after clearing the region the new text goes in (lets readers notice a change). */
const ANNOUNCE_DELAY_MS = 100;

/**
 * Says `message` through the live region. Text only (set as textContent: untrusted names in a
 * message cannot become markup). The same message twice in a row is said twice: the region is
 * emptied first. A newer message replaces one not yet said.
 */
export function announce(message: string, politeness: Politeness = 'polite'): void {
  if (typeof document === 'undefined' || !message) return;
  const region = ensureLiveRegion(politeness);
  clearTimeout(timers.get(region));
  region.textContent = '';
  timers.set(
    region,
    setTimeout(() => {
      region.textContent = message;
    }, ANNOUNCE_DELAY_MS),
  );
}

/**
 * Creates the page's polite region when its element connects, so the region exists before the
 * first announcement; `announce()` then speaks through it.
 */
export class AnnouncerController {
  constructor(host: { addController(controller: { hostConnected(): void }): void }) {
    host.addController(this);
  }

  hostConnected(): void {
    ensureLiveRegion('polite');
  }

  announce(message: string, politeness: Politeness = 'polite'): void {
    announce(message, politeness);
  }
}
