/** Simplified Chinese for <cc-transfer-dialog> (components/transfer-dialog/). */
import { str } from '@lit/localize';
import type { LocaleTemplates } from '../../templates.js';

export const templates: LocaleTemplates = {
  'transfer-dialog.title.transfer': '转接通话',
  'transfer-dialog.title.consult': '咨询',
  'transfer-dialog.kind': '目标',
  'transfer-dialog.kind.agent': '座席',
  'transfer-dialog.kind.number': '号码',
  'transfer-dialog.kind.extension': '分机',
  'transfer-dialog.kind.queue': '队列',
  'transfer-dialog.kind.ivr': 'IVR 菜单',
  'transfer-dialog.search': '搜索座席',
  'transfer-dialog.search-placeholder': '按姓名或分机搜索',
  'transfer-dialog.agents': '座席',
  'transfer-dialog.agent.not-ready-reason': str`示忙：${0}`,
  'transfer-dialog.no-agents': '没有匹配的座席。',
  'transfer-dialog.more': str`显示 ${1} 个中的 ${0} 个，请搜索以缩小范围。`,
  'transfer-dialog.number': '要拨打的号码',
  'transfer-dialog.queues': '队列',
  'transfer-dialog.waiting': str`${0} 个排队`,
  'transfer-dialog.ivr-nodes': 'IVR 菜单',
  'transfer-dialog.none': '没有可选项。',
  'transfer-dialog.cancel': '取消',
  'transfer-dialog.consult': '咨询',
  'transfer-dialog.transfer': '立即转接',
};
