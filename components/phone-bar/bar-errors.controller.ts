import type { ReactiveControllerHost } from 'lit';
import type { CallCenter } from '../../core/call-center.js';
import type { ErrorCode, VendorError } from '../../core/model/errors.js';
import { CcErrorEvent } from '../events/error.js';
import { errorToShow, type ShownError } from './error-display.js';

/** Error codes about the typed number: they mark the number field invalid. */
export const NUMBER_ERRORS: readonly ErrorCode[] = [
  'empty-number',
  'invalid-number',
  'invalid-sip-uri',
];

export type Outcome<T> = { ok: true; value: T } | { ok: false };

/**
 * The phone bar's commands and the errors it shows: runs facade commands, keeps the bar's own
 * failures (input, "not now": the core throws these rather than storing them) and the store
 * errors the bar has hidden (dismissed, or shown in the transfer dialog instead).
 */
export class BarErrorsController {
  private own: ShownError | null = null;
  private hidden: ReadonlySet<string> = new Set();
  private serial = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callCenter: () => CallCenter,
    private readonly emit: (event: Event) => boolean,
  ) {}

  /** The bar's own last failure. */
  get ownError(): ShownError | null {
    return this.own;
  }

  set ownError(value: ShownError | null) {
    if (value === this.own) return;
    this.own = value;
    this.host.requestUpdate();
  }

  /** The error the bar shows now: its own, else the newest store error it has not hidden. */
  shown(errors: Parameters<typeof errorToShow>[0]): ShownError | null {
    return errorToShow(errors, this.own, this.hidden);
  }

  /** Hides `shown` (dismissed in the bar), in the store too when it came from there. */
  dismiss(shown: ShownError | null): void {
    if (shown?.id) {
      this.hide(shown.id);
      this.callCenter().dismissError(shown.id);
    }
    if (shown && shown === this.own) this.ownError = null;
  }

  /** Clears the bar's own error when it is about the typed number. */
  clearNumberError(): void {
    if (this.own && NUMBER_ERRORS.includes(this.own.code)) this.ownError = null;
  }

  /**
   * Runs a facade command; a failure is shown (in the bar, or through `showElsewhere`, the
   * transfer dialog) instead of thrown. Back-end failures are already in the store and relayed
   * as `cc-error`; failures the core refused before asking the back end are not, so the bar
   * reports them itself.
   */
  async attempt<T>(
    command: () => Promise<T>,
    showElsewhere?: (shown: ShownError) => void,
  ): Promise<Outcome<T>> {
    const started = Date.now();
    try {
      return { ok: true, value: await command() };
    } catch (error) {
      const failure = error as {
        code?: ErrorCode;
        message?: string;
        command?: string;
        vendor?: VendorError;
      };
      const code: ErrorCode = failure.code ?? 'server-error';
      const stored = this.callCenter().snapshot.errors.find(
        (e) => e.at >= started && e.code === code && e.command === failure.command,
      );
      const shown: ShownError = {
        id: stored?.id ?? null,
        code,
        at: Date.now(),
        ...(failure.vendor ? { vendor: failure.vendor } : {}),
      };
      if (showElsewhere) {
        showElsewhere(shown);
        if (stored) this.hide(stored.id);
      } else if (!stored) {
        this.ownError = shown;
      }
      if (!stored) {
        this.serial += 1;
        this.emit(
          new CcErrorEvent({
            id: `phone-bar-${this.serial}`,
            code,
            message: failure.message ?? '',
            ...(failure.command === undefined ? {} : { command: failure.command }),
            ...(failure.vendor === undefined ? {} : { vendor: failure.vendor }),
          }),
        );
      }
      return { ok: false };
    }
  }

  private hide(id: string): void {
    this.hidden = new Set([...this.hidden, id]);
    this.host.requestUpdate();
  }
}
