/**
 * The value a record holds under `key` itself, never one it inherits. Records keyed by user text
 * (product ids, driver ids from settings files) must be read through this: a product id may be
 * `constructor` or `__proto__`, and `record[id]` would then find a member of `Object.prototype`.
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined
}

/**
 * A record with no prototype, for building one keyed by user text: `out['__proto__'] = x` on a plain
 * object would replace its prototype instead of adding a key.
 */
export function nullRecord<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
  const out = Object.create(null) as Record<string, T>
  for (const [k, v] of entries) out[k] = v
  return out
}

/** Add `key` as an own data property, even when it is `__proto__` (plain assignment would not). */
export function defineOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}
