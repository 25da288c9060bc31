/**
 * The one strict UTF-8 decoder for files people pick or pass on the command line. Invalid bytes are
 * refused (never silently turned into U+FFFD, which would change names and amounts unnoticed), and
 * the refusal names the byte offset of the first invalid sequence so it can be found in a hex editor.
 * A leading UTF-8 BOM (from Windows editors) is removed, as TextDecoder does by default.
 */
export type DecodeUtf8Result = { ok: true; text: string } | { ok: false; message: string; offset: number }

export function decodeUtf8(bytes: Uint8Array): DecodeUtf8Result {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    const offset = firstInvalidUtf8Offset(bytes)
    const at = offset < 0 ? '' : ` (invalid byte 0x${hex(bytes[offset]!)} at byte offset ${offset})`
    return { ok: false, message: `not UTF-8 text${at}`, offset }
  }
}

const hex = (b: number): string => b.toString(16).toUpperCase().padStart(2, '0')

/**
 * Offset of the first byte that starts an ill-formed sequence (Unicode Table 3-7: no overlong forms,
 * no surrogates, nothing above U+10FFFF); a sequence cut off by the end reports its lead byte. -1 if
 * the bytes are well-formed.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const n = bytes.length
  let i = 0
  while (i < n) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    let need: number
    let lo = 0x80
    let hi = 0xbf
    if (b >= 0xc2 && b <= 0xdf) need = 1
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      if (b === 0xe0) lo = 0xa0
      else if (b === 0xed) hi = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      if (b === 0xf0) lo = 0x90
      else if (b === 0xf4) hi = 0x8f
    } else return i // continuation byte without a lead, C0/C1 (overlong), F5..FF
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined) return i
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i
    }
    i += need + 1
  }
  return -1
}
