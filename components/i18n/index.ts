/** The kit's localization: locale selection, the per-element controller and shared labels. */
export {
  allLocales,
  matchLocale,
  sourceLocale,
  targetLocales,
  type KitLocale,
} from './locale-codes.js';
export { kitLocale, localeSettled, setKitLocale, LOCALE_STATUS_EVENT } from './localization.js';
export { LocaleController, langOf } from './locale-controller.js';
export { endCauseLabel, errorMessage, phoneTypeLabel, presenceLabel, workLabel } from './labels.js';
export type { LocaleTemplates } from './templates.js';
