import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { property, queryAll, state } from 'lit/decorators.js';
import { CcElement } from '../base/cc-element.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { dialPadStyles } from './dial-pad.styles.js';

/** The keys, in reading order, with the letters printed under them on a telephone. */
const DIGIT_KEYS: readonly (readonly [key: string, letters: string])[] = [
  ['1', ''],
  ['2', 'ABC'],
  ['3', 'DEF'],
  ['4', 'GHI'],
  ['5', 'JKL'],
  ['6', 'MNO'],
  ['7', 'PQRS'],
  ['8', 'TUV'],
  ['9', 'WXYZ'],
  ['*', ''],
  ['0', '+'],
  ['#', ''],
];
/** SIP back ends also send A-D; they get a fourth column. */
const LETTER_KEYS = ['A', 'B', 'C', 'D'] as const;

/**
 * A telephone keypad. Each press fires a native `input` event (an `InputEvent` whose `data` is
 * the key), so a host listens to it like any input. Arrow keys move between keys (one tab
 * stop for the whole pad); typing a key on the keyboard while the pad has focus presses it.
 *
 * @summary Telephone keypad: 0-9, * and # (and A-D), one input event per key.
 *
 * @event input - An `InputEvent` per key press; `event.data` is the key ("0"-"9", "*", "#", "A"-"D").
 *
 * @csspart base - The grid of keys.
 * @csspart key - Each key button.
 *
 * @cssproperty --cc-dial-pad-key-size - Width and height of a key.
 * @cssproperty --cc-dial-pad-gap - Space between keys.
 * @cssproperty --cc-dial-pad-key-background - Key background.
 * @cssproperty --cc-dial-pad-key-hover-background - Key background under the pointer.
 * @cssproperty --cc-dial-pad-key-active-background - Key background while pressed.
 * @cssproperty --cc-dial-pad-key-color - Key text colour.
 * @cssproperty --cc-dial-pad-key-border - Key border colour.
 * @cssproperty --cc-dial-pad-key-radius - Key corner radius (round by default).
 */
export class CcDialPad extends CcElement {
  static override styles = dialPadStyles;
  static override shadowRootOptions: ShadowRootInit = {
    ...CcElement.shadowRootOptions,
    delegatesFocus: true,
  };

  private readonly i18n = new LocaleController(this);

  @queryAll('button') private buttons!: NodeListOf<HTMLButtonElement>;

  /** The key that holds the pad's single tab stop. */
  @state() private focusIndex = 0;
  /** The key lit briefly after a keyboard press, as feedback. */
  @state() private flashed: string | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  /** Show the A-D column (SIP DTMF). */
  @property({ type: Boolean, reflect: true }) letters = false;

  /** Disables every key. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Accessible name of the pad. */
  @property() label = '';

  private get keys(): string[] {
    const keys = DIGIT_KEYS.map(([key]) => key);
    if (!this.letters) return keys;
    // Four columns: the letter of each row goes at its end.
    return [0, 1, 2, 3].flatMap((row) => [...keys.slice(row * 3, row * 3 + 3), LETTER_KEYS[row]!]);
  }

  private get columns(): number {
    return this.letters ? 4 : 3;
  }

  private handleClick(key: string): void {
    this.press(key);
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const keys = this.keys;
    const typed = event.key.length === 1 ? event.key.toUpperCase() : '';
    if (typed && keys.includes(typed)) {
      event.preventDefault();
      this.moveFocus(keys.indexOf(typed));
      this.flash(typed);
      this.press(typed);
      return;
    }
    const moves: Record<string, number> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      ArrowDown: this.columns,
      ArrowUp: -this.columns,
    };
    let next: number | null = null;
    if (event.key in moves) next = this.focusIndex + moves[event.key]!;
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = keys.length - 1;
    if (next === null) return;
    event.preventDefault();
    this.moveFocus(Math.min(keys.length - 1, Math.max(0, next)));
  }

  private moveFocus(index: number): void {
    this.focusIndex = index;
    this.buttons[index]?.focus();
  }

  private flash(key: string): void {
    this.flashed = key;
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => (this.flashed = null), 150);
  }

  /** Presses `key` as if clicked: fires the `input` event. Ignores keys the pad does not have. */
  press(key: string): void {
    if (this.disabled || !this.keys.includes(key)) return;
    this.dispatchEvent(
      new InputEvent('input', {
        data: key,
        inputType: 'insertText',
        bubbles: true,
        composed: true,
      }),
    );
  }

  /**
   * A name for the symbol keys; digits and letters are named by their visible text (the letters
   * printed under a digit are decoration, hidden from the name).
   */
  private keyName(key: string): string | null {
    if (key === '*') return msg('Star', { id: 'dial-pad.star' });
    if (key === '#') return msg('Pound', { id: 'dial-pad.pound' });
    return null;
  }

  override render() {
    const letters = new Map(DIGIT_KEYS);
    return html`
      <div
        part="base"
        lang=${this.i18n.lang}
        role="group"
        aria-label=${this.label || msg('Keypad', { id: 'dial-pad.name' })}
        @keydown=${this.handleKeydown}
      >
        ${this.keys.map(
          (key, index) =>
            html`<button
              part="key"
              type="button"
              class=${this.flashed === key ? 'pressed' : ''}
              tabindex=${index === this.focusIndex ? 0 : -1}
              aria-label=${this.keyName(key) ?? nothing}
              ?disabled=${this.disabled}
              @click=${() => this.handleClick(key)}
              @focus=${() => (this.focusIndex = index)}
            >
              <span class="digit">${key}</span>
              <span class="letters" aria-hidden="true">${letters.get(key) ?? ''}</span>
            </button>`,
        )}
      </div>
    `;
  }
}
