/** Simplified Chinese for <cc-hold-list> (components/hold-list/). */
import { str } from '@lit/localize';
import type { LocaleTemplates } from '../../templates.js';

export const templates: LocaleTemplates = {
  'hold-list.name': '保持中的通话',
  'hold-list.held': '保持中',
  'hold-list.duration': '通话时长',
  'hold-list.switch': '切换',
  'hold-list.switch-to': str`切换到 ${0}`,
};
