import { LitElement } from 'lit';

/**
 * Base of every kit element: typed `emit()` with the kit's event defaults (bubbling, composed,
 * so a host page hears events from inside shadow roots).
 */
export class CcElement extends LitElement {
  /** Dispatches `event` and returns false when a listener cancelled it. */
  protected emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }
}

/** Defines `tag` once; a second kit copy on the page does not throw. */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
