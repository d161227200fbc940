import { createCallCenter, type CallCenter } from '../../core/call-center.js';

let instance: CallCenter | null = null;

/**
 * The page-wide call center used by elements that are not inside a `<cc-call-center>`, so a
 * lone `<cc-phone-bar>` still works. Created on first use, on the demo back end.
 */
export function defaultCallCenter(): CallCenter {
  if (!instance || instance.destroyed) instance = createCallCenter({ backend: 'demo' });
  return instance;
}

/** Replaces the page-wide instance (a host that builds its own core calls this once). */
export function setDefaultCallCenter(callCenter: CallCenter | null): void {
  instance = callCenter;
}

/** Whether the page-wide instance exists (elements outside any provider have asked for it). */
export function hasDefaultCallCenter(): boolean {
  return instance !== null && !instance.destroyed;
}
