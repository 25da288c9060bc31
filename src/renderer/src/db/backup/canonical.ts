/**
 * The canonical text of a backup's data section, and its SHA-256. Keys are sorted at every level and
 * arrays keep their order, so the same rows always give the same bytes and the same checksum, and a
 * restore can recompute the checksum from what it parsed (any cut, edit or dropped row changes it).
 */

export class NotSerialisableError extends Error {
  constructor(readonly path: string, what: string) {
    super(`${path} is ${what}, which a JSON backup cannot hold`)
    this.name = 'NotSerialisableError'
  }
}

function isPlainObject(v: object): boolean {
  const proto: unknown = Object.getPrototypeOf(v)
  return proto === Object.prototype || proto === null
}

function write(value: unknown, path: string, out: string[]): void {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    out.push(JSON.stringify(value))
    return
  }
  if (typeof value === 'number') {
    // JSON.stringify would write NaN/Infinity as null: a silent change of data. Refuse instead.
    if (!Number.isFinite(value)) throw new NotSerialisableError(path, String(value))
    out.push(JSON.stringify(value))
    return
  }
  if (Array.isArray(value)) {
    out.push('[')
    value.forEach((v, i) => {
      if (i > 0) out.push(',')
      if (v === undefined) throw new NotSerialisableError(`${path}[${i}]`, 'undefined')
      write(v, `${path}[${i}]`, out)
    })
    out.push(']')
    return
  }
  if (typeof value === 'object') {
    // Dates, typed arrays, Maps, Decimal instances… would not come back as the same thing.
    if (!isPlainObject(value)) throw new NotSerialisableError(path, `a ${value.constructor?.name ?? 'non-plain'} object`)
    out.push('{')
    let first = true
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key]
      if (v === undefined) continue // absent and undefined read back the same
      if (!first) out.push(',')
      first = false
      out.push(JSON.stringify(key), ':')
      write(v, `${path}.${key}`, out)
    }
    out.push('}')
    return
  }
  throw new NotSerialisableError(path, typeof value)
}

/** Sorted-key JSON with no whitespace; throws NotSerialisableError for values JSON cannot round-trip. */
export function canonicalJson(value: unknown, path = 'data'): string {
  const out: string[] = []
  write(value, path, out)
  return out.join('')
}

/** Lower-case hex SHA-256 of the UTF-8 bytes of `text` (WebCrypto: in the renderer and in Node 20). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}
