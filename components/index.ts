/**
 * cc-phone-kit: importing this module defines every element of the kit, without the host page
 * doing anything more. What an agent needs before logging in is in this module and defined at
 * once: `<cc-call-center>`, `<cc-agent-status>` (its login form and status line) and
 * `<cc-phone-bar>` (the idle bar: number field, dial, keypad and device buttons, errors, and the
 * incoming-call banner's answer and reject buttons).
 *
 * Defined lazily, in chunks loaded with `import()` (with a SIP back end, logging in is what
 * starts the back end, so these load after it starts):
 * - `<cc-incoming-call>`, `<cc-call-timer>`, `<cc-quality-indicator>`, `<cc-hold-list>`,
 *   `<cc-dial-pad>`, `<cc-device-picker>`, `<cc-transfer-dialog>`, and the phone bar's in-call
 *   templates (call controls, consultation, held calls, panels, transfer dialog): loaded by a
 *   phone bar as soon as the agent logs in (presence leaves offline) or a call exists, or when
 *   its keypad or device picker is first opened; also loaded as soon as the page's document
 *   uses one of those tags directly (see `defineLazyElements`).
 * - `<cc-agent-status>`'s logged-in controls (presence and reason menu, wrap-up, next state):
 *   loaded by the element as soon as the agent logs in.
 * Until a chunk is here the element renders what it can without it, and its `updateComplete`
 * waits for the chunk it requested.
 */
import { defineOnUse } from './base/define-on-use.js';

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
// The lazily defined elements: their types here, their classes through
// `customElements.get(tag)` once defined (await `defineLazyElements()`).
export type { CcCallTimer } from './call-timer/call-timer.js';
export type { CcDevicePicker, DeviceRole } from './device-picker/device-picker.js';
export type { CcDialPad } from './dial-pad/dial-pad.js';
export type { CcHoldList, HoldListItem } from './hold-list/hold-list.js';
export { CcSwitchCallEvent } from './hold-list/switch-call-event.js';
export type { CcIncomingCall } from './incoming-call/incoming-call.js';
export type { CcQualityIndicator } from './quality-indicator/quality-indicator.js';
export type { CcTransferDialog, TransferQueue } from './transfer-dialog/transfer-dialog.js';
export { CcTransferSubmitEvent } from './transfer-dialog/transfer-submit-event.js';
export type { TransferAction } from './transfer-dialog/transfer-submit-event.js';

/**
 * Defines the lazily loaded elements now; resolves when they are defined. The kit calls it
 * itself when a phone bar needs them or when the document uses one of their tags; a host that
 * creates them inside its own shadow roots, or wants their classes, awaits it.
 */
export const defineLazyElements: () => Promise<void> = defineOnUse(
  [
    'cc-incoming-call',
    'cc-call-timer',
    'cc-quality-indicator',
    'cc-hold-list',
    'cc-dial-pad',
    'cc-device-picker',
    'cc-transfer-dialog',
  ],
  () => import('./lazy-elements.js'),
);
