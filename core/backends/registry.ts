/**
 * Back ends by name. Built-ins load lazily, so a page that uses the demo never downloads
 * sip.js, and one that uses SIP never downloads the demo.
 */
import type { BackendFactory } from './backend.js';
import { CallCenterError } from '../model/errors.js';

type Loader = () => Promise<BackendFactory<never>>;

const registry = new Map<string, Loader>([
  [
    'demo',
    () => import('./demo/index.js').then((m) => m.createDemoBackend as BackendFactory<never>),
  ],
  ['sip', () => import('./sip/index.js').then((m) => m.createSipBackend as BackendFactory<never>)],
]);

/** Adds a back end (a vendor bridge of the host's own) under a name usable in `backend="..."`. */
export function registerBackend<Options>(
  name: string,
  factory: BackendFactory<Options> | (() => Promise<BackendFactory<Options>>),
  lazy = false,
): void {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) {
    throw new CallCenterError(
      'invalid-config',
      `Back-end names are lower-case words ("my-vendor"); got "${name}".`,
    );
  }
  const loader: Loader = lazy
    ? (factory as () => Promise<BackendFactory<never>>)
    : () => Promise.resolve(factory as BackendFactory<never>);
  registry.set(name, loader);
}

export function backendNames(): string[] {
  return [...registry.keys()];
}

/** The factory loader for `name`; throws `unknown-backend` naming the ones that exist. */
export function backendLoader(name: string): Loader {
  const loader = registry.get(name);
  if (!loader) {
    throw new CallCenterError(
      'unknown-backend',
      `There is no back end called "${name}". Available: ${backendNames().join(', ')}.`,
    );
  }
  return loader;
}
