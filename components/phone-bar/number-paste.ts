/**
 * Paste clean-up for number fields: "+86 (10) 8888-1234" pasted becomes "+861088881234".
 *
 * The rule is the core's own `cleanNumber` (core/model/number-text.ts: spaces, dashes, dots,
 * brackets, full-width digits), so what the field shows is exactly what the core will validate
 * and dial. It is the one
 * run-time import from core outside the facade: a pure function with no state, which the
 * facade does not expose (yet); keeping a copy here would let the two rules drift apart.
 */
import { cleanNumber } from '../../core/model/number-text.js';

/** Text that looks like a SIP address is pasted as is: the core validates it unchanged. */
const SIP_ADDRESS = /^\s*sips?:/i;

/** The dial string as the core will see it: cleaned, unless it is a SIP address. */
export function cleanDialString(text: string): string {
  return SIP_ADDRESS.test(text) ? text.trim() : cleanNumber(text);
}

/**
 * A `paste` listener for an `<input>`: inserts the cleaned text at the caret (replacing the
 * selection) and fires `input` as typing would.
 */
export function pasteCleanNumber(event: ClipboardEvent): void {
  const input = event.currentTarget as HTMLInputElement;
  const text = event.clipboardData?.getData('text/plain');
  if (text === undefined || SIP_ADDRESS.test(text)) return;
  event.preventDefault();
  const cleaned = cleanNumber(text);
  const start = input.selectionStart ?? input.value.length;
  const end = input.selectionEnd ?? input.value.length;
  input.setRangeText(cleaned, start, end, 'end');
  input.dispatchEvent(
    new InputEvent('input', {
      bubbles: true,
      composed: true,
      inputType: 'insertFromPaste',
      data: cleaned,
    }),
  );
}
