/**
 * Loads the module that defines `tags` as soon as the document uses one of them: at once when
 * one is already in the document, else when one is added to it (a MutationObserver that is
 * disconnected as soon as the elements are defined, so it costs nothing once they are). Elements
 * created inside a host's own shadow roots are not seen: such a host awaits the returned
 * function's promise (exported by the kit as `defineLazyElements()`).
 */
export function defineOnUse(
  tags: readonly string[],
  load: () => Promise<unknown>,
): () => Promise<void> {
  let loading: Promise<void> | null = null;
  const define = (): Promise<void> => (loading ??= load().then(() => undefined));
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined') return define;
  const selector = tags.join(',');
  const used = (node: Node): boolean =>
    node instanceof Element && (node.matches(selector) || node.querySelector(selector) !== null);
  if (used(document.documentElement)) {
    void define();
    return define;
  }
  const observer = new MutationObserver((records) => {
    if (records.some((r) => [...r.addedNodes].some(used))) void define();
  });
  observer.observe(document, { childList: true, subtree: true });
  // Defined by this module or by another way in (the phone bar's in-call chunk): stop watching.
  void Promise.all(tags.map((tag) => customElements.whenDefined(tag))).then(() =>
    observer.disconnect(),
  );
  return define;
}
