/**
 * cc-phone-kit: importing this module defines every element of the kit, without the host page
 * doing anything more. Defined at once: `<cc-call-center>`, `<cc-agent-status>` and
 * `<cc-phone-bar>`. What loads with this module is what a page needs before its back end has
 * started: Lit, the store, the provider, and the two elements' shells, which render their
 * frames (a "connecting" banner; the bar with its number field and dial button disabled).
 *
 * Loaded with `import()` (the build puts all of it in one chunk, dist/chunks/agent-ui-*.js):
 * - the elements' behaviour (agent-status-logic.ts, phone-bar-logic.ts): requested as soon as
 *   the first of them connects, so it arrives beside the call center's back end (which the
 *   provider also requests at once, and which no command can do without);
 * - the phone bar's in-call templates and the sub-elements `<cc-incoming-call>`,
 *   `<cc-call-timer>`, `<cc-quality-indicator>`, `<cc-hold-list>`, `<cc-dial-pad>`,
 *   `<cc-device-picker>`, `<cc-transfer-dialog>`: requested at login, when a call exists, when
 *   a panel is first opened, or as soon as the page's document uses one of those tags directly
 *   (see `defineLazyElements`);
 * - `<cc-agent-status>`'s logged-in controls (presence and reason menu, wrap-up, next state):
 *   requested at login.
 * Until a part is here the element renders what it can without it, and its `updateComplete`
 * waits for the parts it requested.
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
