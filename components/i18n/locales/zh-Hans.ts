/**
 * Simplified Chinese: every component's translations merged into the one module that
 * @lit/localize loads for `zh-Hans`. One import and one spread line per component file in
 * ./zh-Hans/ (keep them sorted; see ../README.md).
 */
import type { LocaleTemplates } from '../templates.js';
import { templates as agentStatus } from './zh-Hans/agent-status.js';
import { templates as common } from './zh-Hans/common.js';
import { templates as devicePicker } from './zh-Hans/device-picker.js';
import { templates as dialPad } from './zh-Hans/dial-pad.js';
import { templates as holdList } from './zh-Hans/hold-list.js';
import { templates as incomingCall } from './zh-Hans/incoming-call.js';
import { templates as phoneBar } from './zh-Hans/phone-bar.js';
import { templates as qualityIndicator } from './zh-Hans/quality-indicator.js';
import { templates as transferDialog } from './zh-Hans/transfer-dialog.js';

export const templates: LocaleTemplates = {
  ...common,
  ...agentStatus,
  ...devicePicker,
  ...dialPad,
  ...holdList,
  ...incomingCall,
  ...phoneBar,
  ...qualityIndicator,
  ...transferDialog,
};
