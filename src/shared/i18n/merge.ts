/**
 * Catalogs are written in parts (the core, then one area per part of the app) so that the words of
 * one screen sit together, English beside Japanese. These two helpers put the parts back together.
 */

/** A translation of an English part: exactly its keys (`satisfies Translation<typeof en>` refuses an extra or missing key). */
export type Translation<T> = { readonly [K in keyof T]: string }

type Merged<T extends readonly object[]> = T extends readonly [infer Head, ...infer Rest extends readonly object[]] ? Head & Merged<Rest> : unknown

/**
 * The parts as one catalog. Spreading would let a later part silently replace an earlier part's
 * message under the same key; this throws instead, so a clash fails every test at load.
 */
export function mergeCatalogs<T extends readonly Readonly<Record<string, string>>[]>(...parts: T): Merged<T> {
  const out: Record<string, string> = {}
  for (const part of parts) {
    for (const [key, message] of Object.entries(part)) {
      if (key in out) throw new Error(`Message key defined twice: ${key}`)
      out[key] = message
    }
  }
  return out as Merged<T>
}
