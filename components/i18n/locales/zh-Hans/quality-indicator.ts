/** Simplified Chinese for <cc-quality-indicator> (components/quality-indicator/). */
import type { LocaleTemplates } from '../../templates.js';

export const templates: LocaleTemplates = {
  'quality-indicator.name': '通话质量',
  'quality-indicator.grade.e': '极好',
  'quality-indicator.grade.d': '良好',
  'quality-indicator.grade.c': '一般',
  'quality-indicator.grade.b': '较差',
  'quality-indicator.grade.a': '很差',
  'quality-indicator.grade.none': '检测中',
  'quality-indicator.rtt': '往返时延',
  'quality-indicator.jitter': '抖动',
  'quality-indicator.loss': '丢包率',
  'quality-indicator.mos': 'MOS 评分',
  'quality-indicator.warning': '超出阈值',
};
