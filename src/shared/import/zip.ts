/**
 * A guarded ZIP reader for untrusted .xlsx files (reliability.md §3.2, R32): the central directory
 * is checked before anything is inflated (entry count, declared sizes, ratio), and inflation is
 * capped by the bytes actually produced, because declared sizes can lie. Pure TS on fflate.
 */
import { Inflate } from 'fflate'

export const ZIP_LIMITS = {
  maxFileBytes: 20 * 1024 * 1024,
  maxEntries: 500,
  maxTotalUncompressedBytes: 100 * 1024 * 1024,
  maxRatio: 100
} as const

export type ImportFailure = { ok: false; code: ImportFailureCode; message: string }
export type ImportFailureCode =
  | 'empty' | 'too-large' | 'not-xlsx' | 'encrypted' | 'damaged' | 'zip-bomb' | 'too-many-entries' | 'unsupported-format' | 'range-too-large'
  /** A cell whose stored value cannot be read as written (message starts with `Sheet!A1:`). */
  | 'invalid-cell'

type Entry = { name: string; method: number; compressedSize: number; size: number; offset: number }
export type ZipArchive = { entries: Map<string, Entry>; read(name: string, maxBytes: number): Uint8Array | ImportFailure }

const fail = (code: ImportFailureCode, message: string): ImportFailure => ({ ok: false, code, message })
const u16 = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8)
const u32 = (b: Uint8Array, o: number) => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16)) + b[o + 3]! * 0x1000000

/** Recognises what the bytes are before trusting the extension. */
export function sniff(bytes: Uint8Array): 'zip' | 'cfb' | 'empty' | 'other' {
  if (bytes.length === 0) return 'empty'
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip'
  const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
  if (bytes.length >= 8 && cfb.every((x, i) => bytes[i] === x)) return 'cfb'
  return 'other'
}

export function openZip(bytes: Uint8Array): ZipArchive | ImportFailure {
  if (bytes.length > ZIP_LIMITS.maxFileBytes) return fail('too-large', 'File is larger than 20 MB')
  // End of central directory: the last 22 bytes plus at most a 65,535-byte comment.
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) { eocd = i; break }
  }
  if (eocd < 0) return fail('damaged', 'File is damaged or incomplete (no ZIP directory found)')
  const count = u16(bytes, eocd + 10)
  const dirSize = u32(bytes, eocd + 12)
  const dirOffset = u32(bytes, eocd + 16)
  if (count === 0xffff || dirOffset === 0xffffffff) return fail('unsupported-format', 'ZIP64 archives are not supported')
  if (count > ZIP_LIMITS.maxEntries) return fail('too-many-entries', `File has ${count} parts (limit ${ZIP_LIMITS.maxEntries})`)
  if (dirOffset + dirSize > eocd) return fail('damaged', 'File is damaged or incomplete (bad ZIP directory)')
  const entries = new Map<string, Entry>()
  let p = dirOffset
  let total = 0
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || u32(bytes, p) !== 0x02014b50) return fail('damaged', 'File is damaged or incomplete (bad ZIP entry)')
    const flags = u16(bytes, p + 8)
    const method = u16(bytes, p + 10)
    const compressedSize = u32(bytes, p + 20)
    const size = u32(bytes, p + 24)
    const nameLen = u16(bytes, p + 28)
    const extraLen = u16(bytes, p + 30)
    const commentLen = u16(bytes, p + 32)
    const offset = u32(bytes, p + 42)
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen))
    if (flags & 1) return fail('encrypted', 'Encrypted workbooks are not supported — save without password')
    total += size
    if (total > ZIP_LIMITS.maxTotalUncompressedBytes) return fail('zip-bomb', 'File expands too much (limit 100 MB)')
    if (size > 0 && size > ZIP_LIMITS.maxRatio * Math.max(compressedSize, 1)) return fail('zip-bomb', `File expands too much (part ${name} compresses more than ${ZIP_LIMITS.maxRatio}:1)`)
    entries.set(name, { name, method, compressedSize, size, offset })
    p += 46 + nameLen + extraLen + commentLen
  }
  return {
    entries,
    read(name, maxBytes) {
      const e = entries.get(name)
      if (!e) return fail('not-xlsx', `Not an Excel workbook (.xlsx): ${name} is missing`)
      const h = e.offset
      if (h + 30 > bytes.length || u32(bytes, h) !== 0x04034b50) return fail('damaged', 'File is damaged or incomplete (bad local header)')
      const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28)
      const end = start + e.compressedSize
      if (end > bytes.length) return fail('damaged', 'File is damaged or incomplete (truncated part)')
      const data = bytes.subarray(start, end)
      // Never trust the declared size alone: stop as soon as the real output passes the cap.
      const cap = Math.min(maxBytes, e.size)
      // A stored part is its own bytes: a declared size that differs is a lie, not a ratio to trust.
      if (e.method === 0) {
        if (e.size !== e.compressedSize) return fail('damaged', `File is damaged (stored part ${name} declares ${e.size} bytes but holds ${e.compressedSize})`)
        return data.length > cap ? fail('zip-bomb', 'File expands too much (limit 100 MB)') : data.slice()
      }
      if (e.method !== 8) return fail('unsupported-format', `Unsupported compression in ${name}`)
      const chunks: Uint8Array[] = []
      let produced = 0
      let over = false
      const inf = new Inflate((chunk) => {
        produced += chunk.length
        if (produced > cap) over = true
        else chunks.push(chunk)
      })
      try {
        for (let i = 0; i < data.length && !over; i += 65_536) inf.push(data.subarray(i, Math.min(data.length, i + 65_536)), i + 65_536 >= data.length)
      } catch {
        return fail('damaged', `File is damaged or incomplete (${name} does not inflate)`)
      }
      if (over) return fail('zip-bomb', 'File expands too much (a part is larger than it declares, or than 100 MB)')
      // The directory's ratio check trusted the declared size; check the bytes really produced too.
      if (produced > ZIP_LIMITS.maxRatio * Math.max(e.compressedSize, 1)) return fail('zip-bomb', `File expands too much (part ${name} compresses more than ${ZIP_LIMITS.maxRatio}:1)`)
      const out = new Uint8Array(produced)
      let o = 0
      for (const c of chunks) { out.set(c, o); o += c.length }
      return out
    }
  }
}
