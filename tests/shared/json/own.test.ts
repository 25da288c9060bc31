import { describe, expect, it } from 'vitest'
import { defineOwn, nullRecord, ownValue } from '@shared/json/own'
import { sortKeys } from '@shared/json/sort-keys'
import { sectionOfPath } from '@shared/review/sections'

describe('records keyed by user text', () => {
  it('ownValue never returns an inherited member', () => {
    const r: Record<string, number> = { pt: 1 }
    for (const k of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(ownValue(r, k)).toBeUndefined()
    expect(ownValue(r, 'pt')).toBe(1)
    expect(ownValue(JSON.parse('{"__proto__": 0.3}') as Record<string, number>, '__proto__')).toBe(0.3)
    expect(ownValue(undefined, 'x')).toBeUndefined()
  })

  it('nullRecord and defineOwn keep a __proto__ key as data', () => {
    const r = nullRecord([['__proto__', 'a'], ['constructor', 'b']])
    expect(Object.keys(r)).toEqual(['__proto__', 'constructor'])
    const o = {}
    defineOwn(o, '__proto__', 5)
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype)
    expect(Object.keys(o)).toEqual(['__proto__'])
  })

  it('sortKeys keeps a __proto__ key (a fingerprint must not drop data)', () => {
    const doc = JSON.parse('{"b": 1, "__proto__": {"x": 2}}') as object
    expect(JSON.stringify(sortKeys(doc))).toBe('{"__proto__":{"x":2},"b":1}')
  })

  it('a review note on a prototype-named path falls back to the sheet section', () => {
    expect(sectionOfPath('constructor.x')).toBe('sheet')
    expect(sectionOfPath('__proto__')).toBe('sheet')
  })
})
