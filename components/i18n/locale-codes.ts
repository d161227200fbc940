/** The language the English source strings are written in. */
export const sourceLocale = 'en';

/** Locales shipped besides the source one. Add a code here and a module in locales/. */
export const targetLocales = ['zh-Hans'] as const;

export type KitLocale = typeof sourceLocale | (typeof targetLocales)[number];

export const allLocales: readonly KitLocale[] = [sourceLocale, ...targetLocales];

/**
 * Maps a BCP 47 tag (from a `lang` attribute) to a shipped locale: any Chinese tag (`zh`,
 * `zh-CN`, `zh-Hans-CN`, `zh-SG`, also `zh-TW`/`zh-Hant`, for which Simplified is closer than
 * English) gives `zh-Hans`; everything else, including no tag at all, gives English.
 */
export function matchLocale(tag: string | null | undefined): KitLocale {
  const normalized = (tag ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (normalized === 'zh' || normalized.startsWith('zh-')) return 'zh-Hans';
  return sourceLocale;
}
