import type { PhoneBarHost } from './phone-bar-host.js';
import type { CallCenter } from '../../core/call-center.js';
import type { ErrorCode } from '../../core/model/errors.js';

/**
 * The phone bar's keypad and device panels: which one is open, opening them (loading the
 * in-call chunk that holds them and moving focus in), and Escape back to their buttons.
 */
export class PanelsController {
  private keypad = false;
  private devices = false;
  private noLocalDevices = false;

  constructor(
    private readonly host: PhoneBarHost,
    private readonly callCenter: () => CallCenter,
    private readonly needInCall: () => void,
  ) {}

  get keypadOpen(): boolean {
    return this.keypad;
  }

  get devicesOpen(): boolean {
    return this.devices;
  }

  /** The back end turned out to have no local devices (its `devices.list()` is not supported). */
  get noDevices(): boolean {
    return this.noLocalDevices;
  }

  toggleKeypad(): void {
    this.needInCall();
    this.keypad = !this.keypad;
    this.host.requestUpdate();
    if (this.keypad) this.focusLater('keypad');
  }

  toggleDevices(): void {
    this.needInCall();
    this.devices = !this.devices;
    this.host.requestUpdate();
    if (!this.devices) return;
    void this.callCenter()
      .devices.list()
      .catch((error: { code?: ErrorCode }) => {
        if (error?.code === 'not-supported') {
          this.noLocalDevices = true;
          this.devices = false;
          this.host.requestUpdate();
        }
      });
    this.focusLater('device-picker');
  }

  /** Escape closes the keypad or device panel it was pressed in and returns to its button. */
  closePanels(event: KeyboardEvent): void {
    const path = event.composedPath();
    const inPanel = (part: string) =>
      path.some(
        (n) => n instanceof HTMLElement && n.getAttribute('part')?.split(' ').includes(part),
      );
    if (this.keypad && inPanel('keypad-panel')) {
      this.keypad = false;
      this.host.requestUpdate();
      this.focusLater('keypad-button');
      event.preventDefault();
    } else if (this.devices && inPanel('device-panel')) {
      this.devices = false;
      this.host.requestUpdate();
      this.focusLater('device-button');
      event.preventDefault();
    }
  }

  private focusLater(part: string): void {
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>(`[part~="${part}"]`)?.focus(),
    );
  }
}
