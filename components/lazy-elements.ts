/**
 * The elements the kit's entry does not carry: importing this module defines them. The entry
 * loads it with `import()` (see index.ts); the phone bar's in-call part imports the same
 * define files. The build puts both in the agent-ui chunk.
 */
import './call-timer/call-timer.js';
import './device-picker/device-picker.js';
import './dial-pad/dial-pad.js';
import './hold-list/hold-list.js';
import './incoming-call/incoming-call.js';
import './quality-indicator/quality-indicator.js';
import './transfer-dialog/transfer-dialog.js';
