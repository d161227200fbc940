/**
 * The kit's @lit/localize runtime: one active locale per page (that is how @lit/localize
 * works: `msg()` reads a page-wide table), loaded on demand through a static map of dynamic
 * imports so that Vite, the test runner and Storybook all resolve the locale modules.
 */
import { configureLocalization, LOCALE_STATUS_EVENT, type LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales, type KitLocale } from './locale-codes.js';

/** One entry per target locale: a literal import() so bundlers see and split each module. */
const loaders: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  'zh-Hans': () => import('./locales/zh-Hans.js'),
};

let runtime: { getLocale(): string; setLocale(locale: string): Promise<void> } | null = null;
/** Set when the page had configured @lit/localize itself before the kit loaded. */
let hostOwned = false;

function ensureRuntime(): typeof runtime {
  if (runtime || hostOwned) return runtime;
  try {
    runtime = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => loaders[locale as (typeof targetLocales)[number]](),
    });
  } catch {
    // @lit/localize can be configured once per copy. A host page that shares the kit's copy
    // and configured it first owns the locale: the kit's strings then show in English unless
    // the host's locale modules include the kit's ids (see README.md).
    hostOwned = true;
  }
  return runtime;
}

/** The locale the kit's elements show now. */
export function kitLocale(): KitLocale {
  return (ensureRuntime()?.getLocale() ?? sourceLocale) as KitLocale;
}

/**
 * Switches every kit element on the page to `locale` (they re-render when it has loaded).
 * Elements normally call this themselves from their `lang`; a host calls it to force one.
 */
export function setKitLocale(locale: KitLocale): Promise<void> {
  const rt = ensureRuntime();
  if (!rt) return Promise.resolve();
  return rt.setLocale(locale);
}

let pending: Promise<void> = Promise.resolve();

/** Requests `locale` and remembers the request, so that {@link localeSettled} can wait for it. */
export function requestKitLocale(locale: KitLocale): Promise<void> {
  const rt = ensureRuntime();
  if (!rt) return Promise.resolve();
  pending = rt.setLocale(locale).catch(() => {
    // A locale module that failed to load leaves the previous locale in place; the status
    // event already told listeners. Nothing else to do here.
  });
  return pending;
}

/** Resolves when the most recently requested locale is shown (tests, stories, benchmarks). */
export function localeSettled(): Promise<void> {
  return pending;
}

/** The event @lit/localize fires on window when a locale starts loading, loads or fails. */
export { LOCALE_STATUS_EVENT };
