/**
 * cc-phone-kit: importing this module defines every element of the kit.
 */
export * from './call-center/call-center.js';
export { CallCenterController, Selection } from './context/call-center-controller.js';
export { callCenterContext } from './context/call-center-context.js';
export { defaultCallCenter, setDefaultCallCenter } from './context/default-call-center.js';
export * from './events/index.js';
export {
  LocaleController,
  kitLocale,
  localeSettled,
  setKitLocale,
  matchLocale,
} from './i18n/index.js';
export type { KitLocale } from './i18n/index.js';
export { announce, ensureLiveRegion } from './base/live-announcer.js';
export { DEFAULT_SHORTCUTS, ShortcutsController } from './base/shortcuts.js';
export type { ShortcutAction, ShortcutMap } from './base/shortcuts.js';
export * from './agent-status/agent-status.js';
export * from './phone-bar/phone-bar.js';
export * from './call-timer/call-timer.js';
export * from './device-picker/device-picker.js';
export * from './dial-pad/dial-pad.js';
export * from './hold-list/hold-list.js';
export * from './incoming-call/incoming-call.js';
export * from './quality-indicator/quality-indicator.js';
export * from './transfer-dialog/transfer-dialog.js';
