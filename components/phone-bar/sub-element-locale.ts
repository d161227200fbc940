/**
 * Locale handling for the phone bar's sub-elements (`<cc-dial-pad>`, `<cc-hold-list>`, ...).
 *
 * Standing alone on a page, a sub-element follows its `lang` like every kit element (it gets a
 * LocaleController). Inside another kit element's shadow root it only re-renders when the
 * locale changes: the outer element already asks for its language, and the `lang` on the outer
 * element's wrapper (the language shown *now*) would make a nested LocaleController ask for the
 * old language while the new one loads, and @lit/localize keeps whichever was asked last.
 */
import { updateWhenLocaleChanges } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { KitLocale } from '../i18n/locale-codes.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { kitLocale } from '../i18n/localization.js';

type Host = ReactiveControllerHost & HTMLElement;

export class SubElementLocale implements ReactiveController {
  private own: LocaleController | null = null;

  constructor(private readonly host: Host) {
    host.addController(this);
    updateWhenLocaleChanges(host);
  }

  /** The locale shown now, for the wrapper's `lang`. */
  get lang(): KitLocale {
    return kitLocale();
  }

  hostConnected(): void {
    if (this.own) return;
    const root = this.host.getRootNode();
    const nested = root instanceof ShadowRoot && root.host.localName.startsWith('cc-');
    // Added while connected, the controller connects at once and asks for the element's locale.
    if (!nested) this.own = new LocaleController(this.host);
  }
}
