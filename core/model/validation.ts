/**
 * Input validation: every user-typed value is checked here before a back end sees it.
 * Each rule fails with its own error code and a sentence a person understands.
 */
import type { Capabilities } from '../backends/capabilities.js';
import type { NotReadyReason, TransferTarget } from '../store/state.js';
import { CallCenterError } from './errors.js';
import { cleanNumber, toAsciiDigits } from './number-text.js';
import { targetAddress } from './transfer-target.js';

export { cleanNumber };

/** Longest dial string accepted (E.164 is 15 digits; extensions, prefixes and codes add some). */
export const MAX_NUMBER_LENGTH = 32;

const DIALABLE = /^\+?[0-9*#]+$/;
const SIP_URI = /^sips?:[^@\s<>"]+@[A-Za-z0-9.\-[\]:]+(?:;[^\s<>"]*)?$/;
const SIP_USER = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * Validates a dial string and returns its normalized form.
 * Numbers: digits with an optional leading +, and * # for feature codes.
 * When the back end accepts SIP URIs, also `sip:user@host` and a bare SIP user name.
 */
export function validateNumber(raw: string, capabilities?: Pick<Capabilities, 'sipUris'>): string {
  if (typeof raw !== 'string' || raw.trim() === '') {
    throw new CallCenterError('empty-number', 'Enter a number to call.');
  }
  const trimmed = raw.trim();
  if (/^sips?:/i.test(trimmed)) {
    if (!capabilities?.sipUris) {
      throw new CallCenterError(
        'invalid-number',
        `"${trimmed}" is a SIP address, but this back end dials only phone numbers.`,
      );
    }
    if (!SIP_URI.test(trimmed)) {
      throw new CallCenterError(
        'invalid-sip-uri',
        `"${trimmed}" is not a valid SIP address (expected sip:user@host).`,
      );
    }
    return trimmed;
  }
  const cleaned = cleanNumber(trimmed);
  if (cleaned.length > MAX_NUMBER_LENGTH) {
    throw new CallCenterError(
      'invalid-number',
      `A number can have at most ${MAX_NUMBER_LENGTH} digits.`,
    );
  }
  if (DIALABLE.test(cleaned)) return cleaned;
  if (capabilities?.sipUris && SIP_USER.test(trimmed)) return trimmed;
  const bad = [...cleaned].find((c) => !/[0-9*#+]/.test(c)) ?? cleaned;
  throw new CallCenterError(
    'invalid-number',
    `"${trimmed}" is not a phone number: "${bad}" is not allowed (use digits, +, * and #).`,
  );
}

/** Validates DTMF digits against the back end's limits (Sobot: at most 24 of 0-9 * #). */
export function validateDtmf(digits: string, dtmf: Capabilities['dtmf']): string {
  const max = dtmf?.maxDigits ?? 24;
  if (typeof digits !== 'string' || digits.length === 0) {
    throw new CallCenterError('empty-dtmf', 'Enter at least one key to send.');
  }
  const upper = toAsciiDigits(digits).toUpperCase();
  if (upper.length > max) {
    throw new CallCenterError(
      'dtmf-too-long',
      `At most ${max} keys can be sent at once; got ${upper.length}.`,
    );
  }
  const allowed = dtmf?.letters ? /^[0-9*#A-D]+$/ : /^[0-9*#]+$/;
  if (!allowed.test(upper)) {
    const keys = dtmf?.letters ? '0-9, *, # and A-D' : '0-9, * and #';
    throw new CallCenterError('invalid-dtmf', `Keys must be ${keys}; "${digits}" has others.`);
  }
  return upper;
}

/** Validates a wrap-up extension in whole seconds against the back end's range (30-900). */
export function validateWrapUpExtension(seconds: number, wrapUp: Capabilities['wrapUp']): number {
  const min = wrapUp?.min ?? 30;
  const max = wrapUp?.max ?? 900;
  if (!Number.isInteger(seconds) || seconds < min || seconds > max) {
    throw new CallCenterError(
      'wrap-up-extension-out-of-range',
      `Wrap-up can be extended by ${min} to ${max} whole seconds; got ${String(seconds)}.`,
    );
  }
  return seconds;
}

/** Finds a not-ready reason by code in the back end's list. */
export function validateReason(
  reason: NotReadyReason | string,
  reasons: readonly NotReadyReason[],
): NotReadyReason {
  const code = typeof reason === 'string' ? reason : reason?.code;
  const found = reasons.find((r) => r.code === code);
  if (!found) {
    const known = reasons.map((r) => r.code).join(', ') || 'none';
    throw new CallCenterError(
      'unknown-reason',
      `"${String(code)}" is not a not-ready reason of this back end (known: ${known}).`,
    );
  }
  return found;
}

/**
 * Validates a transfer or consult target. A bare string is read as a number, or as an agent id
 * when prefixed "agent:", a queue when "queue:", an IVR node when "ivr:".
 */
export function validateTransferTarget(
  target: TransferTarget | string,
  supported: readonly TransferTarget['kind'][],
  capabilities?: Pick<Capabilities, 'sipUris'>,
): TransferTarget {
  const parsed = typeof target === 'string' ? parseTarget(target) : target;
  if (!parsed || typeof parsed !== 'object' || !('kind' in parsed)) {
    throw new CallCenterError(
      'invalid-transfer-target',
      'A transfer target must be an agent, a number, an extension, a queue or an IVR node.',
    );
  }
  // An object from outside may carry an unknown kind: its address is then undefined.
  const value: unknown = targetAddress(parsed);
  if (typeof value !== 'string' || value.trim() === '') {
    throw new CallCenterError('empty-transfer-target', 'Choose whom to transfer the call to.');
  }
  if (!supported.includes(parsed.kind)) {
    throw new CallCenterError(
      'transfer-target-unsupported',
      `This back end cannot transfer to ${describeKind(parsed.kind)} (it can to: ${supported.map(describeKind).join(', ') || 'nothing'}).`,
    );
  }
  switch (parsed.kind) {
    case 'number':
      return { kind: 'number', number: validateNumber(parsed.number, capabilities) };
    case 'extension':
      return { kind: 'extension', extension: parsed.extension.trim() };
    case 'agent':
      return { kind: 'agent', agentId: parsed.agentId.trim() };
    case 'queue':
      return { kind: 'queue', queueId: parsed.queueId.trim() };
    case 'ivr':
      return { kind: 'ivr', nodeId: parsed.nodeId.trim() };
    default:
      throw new CallCenterError('invalid-transfer-target', 'Unknown transfer target kind.');
  }
}

function parseTarget(text: string): TransferTarget {
  const trimmed = (text ?? '').trim();
  const match = /^(agent|queue|ivr|ext|extension):(.*)$/i.exec(trimmed);
  if (!match) return { kind: 'number', number: trimmed };
  const value = match[2] ?? '';
  switch (match[1]!.toLowerCase()) {
    case 'agent':
      return { kind: 'agent', agentId: value };
    case 'queue':
      return { kind: 'queue', queueId: value };
    case 'ivr':
      return { kind: 'ivr', nodeId: value };
    default:
      return { kind: 'extension', extension: value };
  }
}

function describeKind(kind: TransferTarget['kind']): string {
  return {
    agent: 'an agent',
    number: 'a number',
    extension: 'an extension',
    queue: 'a queue',
    ivr: 'an IVR node',
  }[kind];
}
