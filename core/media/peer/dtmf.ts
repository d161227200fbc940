/**
 * RFC 4733 DTMF through an RTCDTMFSender, as a promise that resolves when the last tone has
 * played. A browser cannot observe received RFC 4733 events, so the sending side's
 * `tonechange` is what tells an in-page far end which digit it "heard".
 */
import { CallCenterError } from '../../model/errors.js';

export interface DtmfOptions {
  /** Tone length in ms (40..6000 per the spec). Default 100. */
  readonly durationMs?: number;
  /** Pause between tones in ms (at least 30). Default 70. */
  readonly gapMs?: number;
  /** Called as each tone starts, with the digit. */
  readonly onTone?: (tone: string) => void;
}

/** Sends `digits` on `sender`; rejects with `not-allowed` or `invalid-dtmf`. */
export function sendDtmf(
  sender: RTCRtpSender,
  digits: string,
  options: DtmfOptions = {},
): Promise<void> {
  const dtmf = sender.dtmf;
  if (!dtmf || !dtmf.canInsertDTMF) {
    return Promise.reject(
      new CallCenterError('not-allowed', 'Tones cannot be sent on this call right now.'),
    );
  }
  if (digits.length === 0) return Promise.resolve();
  const duration = options.durationMs ?? 100;
  const gap = options.gapMs ?? 70;
  return new Promise<void>((resolve, reject) => {
    const onToneChange = (event: RTCDTMFToneChangeEvent) => {
      if (event.tone === '') finish();
      else options.onTone?.(event.tone);
    };
    // If the final empty tonechange never comes (connection closed mid-way), do not hang.
    const timer = setTimeout(() => finish(), digits.length * (duration + gap) + 2000);
    const finish = (error?: unknown) => {
      clearTimeout(timer);
      dtmf.removeEventListener('tonechange', onToneChange);
      if (error === undefined) resolve();
      else reject(error);
    };
    dtmf.addEventListener('tonechange', onToneChange);
    try {
      dtmf.insertDTMF(digits, duration, gap);
    } catch (error) {
      finish(new CallCenterError('invalid-dtmf', 'These tones cannot be sent.', { cause: error }));
    }
  });
}
