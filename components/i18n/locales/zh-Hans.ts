/**
 * Simplified Chinese: every component's translations merged into the one module that
 * @lit/localize loads for `zh-Hans`. One import and one spread line per component file in
 * ./zh-Hans/ (keep them sorted; see ../README.md).
 */
import type { LocaleTemplates } from '../templates.js';
import { templates as common } from './zh-Hans/common.js';

export const templates: LocaleTemplates = {
  ...common,
};
