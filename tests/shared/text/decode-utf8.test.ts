import { describe, expect, it } from 'vitest'
import { decodeUtf8, firstInvalidUtf8Offset } from '@shared/text/decode-utf8'

const b = (...x: number[]) => new Uint8Array(x)

describe('decodeUtf8', () => {
  it('decodes valid text and strips one BOM', () => {
    expect(decodeUtf8(new TextEncoder().encode('a€😀'))).toEqual({ ok: true, text: 'a€😀' })
    expect(decodeUtf8(b(0xef, 0xbb, 0xbf, 0x41))).toEqual({ ok: true, text: 'A' })
  })

  it('refuses ill-formed sequences, naming the first offset', () => {
    const cases: [Uint8Array, number][] = [
      [b(0x41, 0xc0, 0xaf), 1], // overlong "/"
      [b(0x41, 0x42, 0x80), 2], // lone continuation
      [b(0xe0, 0x80, 0x80), 0], // overlong 3-byte
      [b(0xed, 0xa0, 0x80), 0], // surrogate
      [b(0xf4, 0x90, 0x80, 0x80), 0], // above U+10FFFF
      [b(0xf5, 0x80, 0x80, 0x80), 0],
      [b(0x41, 0xe2, 0x82), 1], // cut off at the end
      [b(0xe2, 0x82, 0x41), 0] // cut off by ASCII
    ]
    for (const [bytes, offset] of cases) {
      const r = decodeUtf8(bytes)
      expect(r.ok).toBe(false)
      if (!r.ok) {
        expect(r.offset).toBe(offset)
        expect(r.message).toContain(`at byte offset ${offset}`)
      }
    }
    expect(firstInvalidUtf8Offset(new TextEncoder().encode('ok €'))).toBe(-1)
  })

  it('agrees with TextDecoder on every 2-byte pair', () => {
    for (let x = 0x80; x < 0x100; x++)
      for (let y = 0; y < 0x100; y += 7) {
        let valid = true
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(b(x, y))
        } catch {
          valid = false
        }
        expect(firstInvalidUtf8Offset(b(x, y)) === -1).toBe(valid)
      }
  })
})
