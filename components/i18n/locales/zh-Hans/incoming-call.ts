/** Simplified Chinese for <cc-incoming-call> (components/incoming-call/). */
import type { LocaleTemplates } from '../../templates.js';

export const templates: LocaleTemplates = {
  'incoming-call.heading': '来电',
  'incoming-call.unknown': '未知来电',
  'incoming-call.location': '归属地',
  'incoming-call.queue': '队列',
};
