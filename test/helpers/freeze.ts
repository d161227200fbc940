/**
 * Deep-freezes plain data, so a reducer that mutates its input throws (modules are strict mode)
 * instead of passing a test by accident.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
