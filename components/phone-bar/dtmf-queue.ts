/**
 * Sends keypad tones one request at a time, in the order they were typed. A person typing
 * "1#" quickly must not have "#" overtake "1" because two requests raced.
 */
export class DtmfQueue {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly send: (digits: string) => Promise<void>) {}

  /** Queues `digits`; the returned promise settles when they were sent (or failed). */
  push(digits: string): Promise<void> {
    const next = this.tail.then(() => this.send(digits));
    // A failure is reported by the caller; it must not stop the tones typed after it.
    this.tail = next.catch(() => {});
    return next;
  }
}
