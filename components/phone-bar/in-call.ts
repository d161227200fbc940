/**
 * The phone bar's in-call part, loaded with `import()` when the agent logs in (presence leaves
 * offline), when a call exists, or when the keypad or device picker is first opened: the
 * templates of the current call, the consultation, the held calls, the panels and the transfer
 * dialog, and the elements they use, which importing this module defines; and the transfer
 * dialog's controller, which a bar creates once the part is here (the dialog opens from it).
 * An idle, logged-out bar does not need it. The build puts it in the agent-ui chunk with the
 * bar's behaviour (see vite.config.ts), so on the page it is there by then.
 */
import '../call-timer/call-timer.js';
import '../device-picker/device-picker.js';
import '../dial-pad/dial-pad.js';
import '../hold-list/hold-list.js';
import '../incoming-call/incoming-call.js';
import '../quality-indicator/quality-indicator.js';
import '../transfer-dialog/transfer-dialog.js';

export { callControlsTemplate } from './call-controls.template.js';
export { holdListTemplate } from './hold-list.template.js';
export { panelsTemplate } from './panels.template.js';
export { partyTemplate } from './party.template.js';
export { transferDialogTemplate } from './transfer-dialog.template.js';
export { TransferController } from './transfer.controller.js';
