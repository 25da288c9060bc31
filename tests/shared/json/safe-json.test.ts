import { describe, expect, it } from 'vitest'
import { parseJsonSafely, tooDeepAt, tooDeepMessage } from '@shared/json/safe-json'

describe('parseJsonSafely', () => {
  it('counts brackets outside strings only, and names the byte where the limit is passed', () => {
    expect(tooDeepAt('{"a":"[[[[[[","b":[[1]]}', 3)).toBe(-1)
    expect(tooDeepAt('[[[[', 3)).toBe(3)
    expect(tooDeepMessage('{"é":[[[', 3)).toBe('nested deeper than 3 levels at byte 8') // é is 2 bytes
  })

  it('refuses deep, invalid and non-finite input with a path; strips a BOM and prototype keys', () => {
    expect(parseJsonSafely('['.repeat(100_000) + ']'.repeat(100_000))).toEqual({ ok: false, path: '(file)', message: 'nested deeper than 200 levels at byte 200' })
    expect(parseJsonSafely('[1e400]')).toEqual({ ok: false, path: '0', message: 'number is too large (not finite)' })
    expect(parseJsonSafely('\ufeff{"__proto__":{"x":1},"a":1}')).toEqual({ ok: true, value: { a: 1 } })
    expect(parseJsonSafely('{')).toMatchObject({ ok: false, path: '(file)', message: expect.stringMatching(/^not valid JSON/) })
  })
})
