import { msg } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AudioDevice, MicrophonePermission } from '../../core/store/state.js';
import { CcElement } from '../base/cc-element.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { devicePickerStyles } from './device-picker.styles.js';
import { MicrophoneLevel } from './microphone-level.js';

/** Which device a select chooses. */
export type DeviceRole = 'input' | 'output' | 'ringer';

/**
 * Chooses the microphone, the speaker and the ringer (where the ringtone plays), with a level
 * meter for the microphone. Like a form control it fires `change` after the agent picks a
 * device; `input`, `output` and `ringer` then hold the new choice (null: system default).
 *
 * The meter shows `level` when the host provides one; otherwise, while the picker is in the
 * page, it measures the chosen microphone locally (getUserMedia + AnalyserNode, nothing sent
 * anywhere) and releases it when the picker is removed or `meter` is switched off.
 *
 * @summary Microphone, speaker and ringer choice with a microphone level meter.
 *
 * @event change - The agent chose a device; read `input`, `output`, `ringer` and `changed`.
 *
 * @csspart base - The fieldset around the choices.
 * @csspart input-select - The microphone select.
 * @csspart output-select - The speaker select.
 * @csspart ringer-select - The ringer select.
 * @csspart level-meter - The microphone level `<meter>`.
 *
 * @cssproperty --cc-device-picker-select-background - Background of the selects.
 * @cssproperty --cc-device-picker-select-border - Border colour of the selects.
 */
export class CcDevicePicker extends CcElement {
  static override styles = devicePickerStyles;
  static override shadowRootOptions: ShadowRootInit = {
    ...CcElement.shadowRootOptions,
    delegatesFocus: true,
  };

  private readonly i18n = new LocaleController(this);

  private readonly microphone = new MicrophoneLevel((level) => (this.measured = level));

  /** The level measured locally, when the host gives none. */
  @state() private measured = 0;

  /** Microphones. Labels come from the browser: text only. */
  @property({ attribute: false }) inputs: readonly AudioDevice[] = [];

  /** Speakers (also the ringer's choices). */
  @property({ attribute: false }) outputs: readonly AudioDevice[] = [];

  /** Chosen microphone id; null follows the system default. */
  @property({ attribute: false }) input: string | null = null;

  /** Chosen speaker id; null follows the system default. */
  @property({ attribute: false }) output: string | null = null;

  /** Chosen ringer id; null follows the system default. */
  @property({ attribute: false }) ringer: string | null = null;

  /** The browser can route audio to a chosen output (setSinkId); otherwise speaker and ringer are fixed. */
  @property({ type: Boolean, attribute: 'output-selectable' }) outputSelectable = false;

  /** Microphone permission, to explain empty labels or a silent meter. */
  @property() permission: MicrophonePermission = 'unknown';

  /** Show the microphone level meter. */
  @property({ type: Boolean }) meter = true;

  /** Level 0..1 supplied by the host; null measures the chosen microphone locally. */
  @property({ type: Number }) level: number | null = null;

  /** Which choice the last `change` was about. */
  changed: DeviceRole | null = null;

  private handleChange(role: DeviceRole, event: Event): void {
    event.stopPropagation();
    const value = (event.target as HTMLSelectElement).value || null;
    this[role] = value;
    this.changed = role;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.microphone.stop();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected (moved in the page): measure again.
    if (this.hasUpdated) this.syncMeter(true);
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.syncMeter(changed.has('input') || !this.microphone.running);
  }

  /** Measures locally only while connected, with the meter on and no level from the host. */
  private syncMeter(restart: boolean): void {
    const local =
      this.isConnected && this.meter && this.level === null && this.permission !== 'denied';
    if (!local) {
      this.microphone.stop();
      return;
    }
    if (restart) void this.microphone.start(this.input);
  }

  private renderSelect(
    role: DeviceRole,
    label: string,
    devices: readonly AudioDevice[],
    disabled: boolean,
  ) {
    const chosen = this[role] ?? '';
    return html`<label>
      ${label}
      <select
        part="${role}-select"
        ?disabled=${disabled}
        @change=${(e: Event) => this.handleChange(role, e)}
      >
        <option value="" ?selected=${chosen === ''}>
          ${msg('System default', { id: 'device-picker.default' })}
        </option>
        ${devices.map(
          (d, i) =>
            html`<option value=${d.id} ?selected=${d.id === chosen}>
              ${d.label || `${label} ${i + 1}`}
            </option>`,
        )}
      </select>
    </label>`;
  }

  override render() {
    const level = this.level ?? this.measured;
    const fixedOutput = !this.outputSelectable;
    return html`
      <fieldset part="base" lang=${this.i18n.lang}>
        <legend>${msg('Audio devices', { id: 'device-picker.name' })}</legend>
        ${this.renderSelect('input', msg('Microphone', { id: 'device-picker.microphone' }), this.inputs, false)}
        ${
          this.meter
            ? html`<div class="meter">
                <span id="meter-label"
                  >${msg('Microphone level', { id: 'device-picker.level' })}</span
                >
                <meter
                  part="level-meter"
                  aria-labelledby="meter-label"
                  min="0"
                  max="1"
                  low="0.15"
                  high="0.9"
                  optimum="0.5"
                  .value=${level}
                ></meter>
              </div>`
            : nothing
        }
        ${this.renderSelect('output', msg('Speaker', { id: 'device-picker.speaker' }), this.outputs, fixedOutput)}
        ${this.renderSelect('ringer', msg('Ringer', { id: 'device-picker.ringer' }), this.outputs, fixedOutput)}
        ${
          fixedOutput
            ? html`<p class="hint">
                ${msg('This browser plays all sound on the system speaker.', { id: 'device-picker.no-sink' })}
              </p>`
            : nothing
        }
        ${
          this.permission === 'denied'
            ? html`<p class="hint">
                ${msg('Microphone access is blocked in the browser settings.', { id: 'device-picker.denied' })}
              </p>`
            : nothing
        }
      </fieldset>
    `;
  }
}
