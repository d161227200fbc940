/** Simplified Chinese for <cc-dial-pad> (components/dial-pad/). */
import type { LocaleTemplates } from '../../templates.js';

export const templates: LocaleTemplates = {
  'dial-pad.name': '拨号盘',
  'dial-pad.star': '星号',
  'dial-pad.pound': '井号',
};
