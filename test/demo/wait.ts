/** Polls `condition` every 10 ms until it holds; fails with `what` after `timeout` ms. */
export async function waitFor(
  condition: () => boolean,
  timeout: number,
  what = 'the condition',
): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
