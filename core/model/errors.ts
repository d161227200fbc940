/**
 * Typed errors with stable codes.
 *
 * A code never changes meaning once released: hosts switch on it, and the UI localizes by it.
 * The English message is for developers and logs; components translate the code.
 */

export const ERROR_CODES = [
  // configuration
  'unknown-backend',
  'invalid-config',
  'backend-unavailable',
  // input validation
  'empty-number',
  'invalid-number',
  'invalid-sip-uri',
  'empty-dtmf',
  'dtmf-too-long',
  'invalid-dtmf',
  'wrap-up-extension-out-of-range',
  'unknown-reason',
  'empty-transfer-target',
  'invalid-transfer-target',
  'transfer-target-unsupported',
  'unknown-agent',
  'unknown-call',
  'invalid-device',
  'invalid-login',
  // state
  'not-allowed',
  'not-supported',
  'destroyed',
  // back end and network
  'auth-failed',
  'network',
  'timeout',
  'server-error',
  'rejected-by-backend',
  'microphone-denied',
  'microphone-unavailable',
  'audio-blocked',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** What a vendor said, kept verbatim (untrusted text: render as text only). */
export interface VendorError {
  readonly code?: string;
  readonly message?: string;
}

/** Plain-data form of an error, as kept in the store and carried by events. */
export interface KitErrorInfo {
  /** Unique per occurrence, so the UI can dismiss one. */
  readonly id: string;
  readonly code: ErrorCode;
  readonly message: string;
  /** Command that failed ("calls.dial"), when a command failed. */
  readonly command?: string;
  readonly vendor?: VendorError;
  readonly at: number;
}

let errorSerial = 0;

/** Every failure the kit reports is one of these. */
export class CallCenterError extends Error {
  override readonly name = 'CallCenterError';
  readonly code: ErrorCode;
  readonly vendor: VendorError | undefined;
  readonly command: string | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { vendor?: VendorError; command?: string; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.vendor = options.vendor;
    this.command = options.command;
  }

  /** The same error, attributed to a command. */
  forCommand(command: string): CallCenterError {
    if (this.command === command) return this;
    return new CallCenterError(this.code, this.message, {
      vendor: this.vendor,
      command,
      cause: this.cause,
    });
  }

  toInfo(at: number = Date.now()): KitErrorInfo {
    errorSerial += 1;
    return {
      id: `err-${at.toString(36)}-${errorSerial}`,
      code: this.code,
      message: this.message,
      ...(this.command === undefined ? {} : { command: this.command }),
      ...(this.vendor === undefined ? {} : { vendor: this.vendor }),
      at,
    };
  }
}

export function isCallCenterError(value: unknown): value is CallCenterError {
  return value instanceof CallCenterError;
}

/**
 * Turns anything thrown by a back end into a CallCenterError, keeping the original as `cause`.
 * Messages of unknown errors are not trusted to be safe to show; they stay in `cause`.
 */
export function toCallCenterError(value: unknown, command?: string): CallCenterError {
  if (value instanceof CallCenterError) return command ? value.forCommand(command) : value;
  if (value instanceof DOMException && value.name === 'NotAllowedError') {
    return new CallCenterError('microphone-denied', 'Microphone access was denied.', {
      command,
      cause: value,
    });
  }
  if (value instanceof DOMException && value.name === 'NotFoundError') {
    return new CallCenterError('microphone-unavailable', 'No microphone was found.', {
      command,
      cause: value,
    });
  }
  return new CallCenterError('server-error', 'The back end failed to carry out the request.', {
    command,
    cause: value,
  });
}
