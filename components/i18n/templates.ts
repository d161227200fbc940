import type { StrResult } from '@lit/localize';
import type { TemplateResult } from 'lit';

/**
 * A component's translations: msg id -> translated text. Use a plain string, or `str` with
 * `${0}`, `${1}`... standing for the source's expressions in their source order (they may move).
 */
export type LocaleTemplates = Readonly<Record<string, string | StrResult | TemplateResult>>;
