import type { PhoneBarHost } from './phone-bar-host.js';
import type { CallCenter } from '../../core/call-center.js';
import type { Outcome } from './bar-errors.controller.js';
import { DtmfQueue } from './dtmf-queue.js';
import { cleanDialString, pasteCleanNumber } from './number-paste.js';

/** Keys a telephone keypad sends (A-D only where the back end allows them). */
const DTMF_KEY = /^[0-9*#A-D]$/i;

/** What the number-entry controller needs from the bar. */
export interface NumberEntryBar {
  readonly callCenter: CallCenter;
  /** Typed keys are keypad tones: the active call is talking and tones are supported. */
  readonly inCallTones: boolean;
  readonly activeCallId: string | null;
  attempt<T>(command: () => Promise<T>): Promise<Outcome<T>>;
  clearNumberError(): void;
  dial(number: string): Promise<unknown>;
}

/**
 * The phone bar's number field and keypad tones: what the field holds when idle, and during a
 * call the tones typed (in the field, anywhere in the bar, or on the keypad), sent one request
 * at a time and shown in the field.
 */
export class NumberEntryController {
  private typed = '';
  private sent: { callId: string; digits: string } | null = null;
  private readonly dtmf = new DtmfQueue((digits) => this.bar.callCenter.calls.sendDtmf(digits));

  constructor(
    private readonly host: PhoneBarHost,
    private readonly bar: NumberEntryBar,
  ) {}

  /** What the number field holds (idle), as typed or pasted. */
  get number(): string {
    return this.typed;
  }

  set number(value: string) {
    if (value === this.typed) return;
    this.typed = value;
    this.host.requestUpdate();
  }

  /** Keypad tones sent on the current call, shown in the number field during the call. */
  get tones(): string {
    return this.sent?.digits ?? '';
  }

  /** Before each update: the tones shown belong to the active call only. */
  sync(): void {
    if (this.sent && this.sent.callId !== this.bar.activeCallId) this.sent = null;
  }

  /** Moves focus to the number field. */
  focus(): void {
    this.host.renderRoot.querySelector<HTMLInputElement>('[part~="number-input"]')?.focus();
  }

  handleInput(event: Event): void {
    if (this.bar.inCallTones) return;
    this.number = (event.target as HTMLInputElement).value;
    this.bar.clearNumberError();
  }

  handlePaste(event: ClipboardEvent): void {
    if (!this.bar.inCallTones) {
      pasteCleanNumber(event);
      return;
    }
    event.preventDefault();
    const text = event.clipboardData?.getData('text/plain') ?? '';
    this.sendTones([...cleanDialString(text)].filter((c) => DTMF_KEY.test(c)).join(''));
  }

  /** During a call the field is the tone pad: each typed key is sent, nothing else is typed. */
  handleBeforeInput(event: InputEvent): void {
    if (!this.bar.inCallTones) return;
    event.preventDefault();
    this.sendTones([...(event.data ?? '')].filter((c) => DTMF_KEY.test(c)).join(''));
  }

  handleSubmit(event: Event): void {
    event.preventDefault();
    if (this.bar.inCallTones) return;
    void this.bar.dial(this.typed);
  }

  /** Keypad tones typed anywhere in the bar (outside text fields) while talking. */
  handleKeydown(event: KeyboardEvent): void {
    if (!this.bar.inCallTones || !DTMF_KEY.test(event.key)) return;
    const origin = event.composedPath()[0];
    if (
      origin instanceof HTMLInputElement ||
      origin instanceof HTMLSelectElement ||
      origin instanceof HTMLTextAreaElement
    )
      return;
    event.preventDefault();
    this.sendTones(event.key.toUpperCase());
  }

  handleKeypadInput(event: Event): void {
    const key = (event as InputEvent).data;
    event.stopPropagation();
    if (!key) return;
    if (this.bar.inCallTones) {
      this.sendTones(key);
    } else {
      this.number = this.typed + key;
      this.focus();
    }
  }

  private sendTones(digits: string): void {
    const callId = this.bar.activeCallId;
    if (!digits || callId === null) return;
    const sent = this.sent?.callId === callId ? this.sent.digits : '';
    this.sent = { callId, digits: sent + digits };
    this.host.requestUpdate();
    void this.bar.attempt(() => this.dtmf.push(digits));
  }
}
