import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_PROJECT_FILE_BYTES, jsonNestingDepth, readProjectFile, writeProjectFile } from '@shared/model/project-file'
import { newProject, type Project } from '@shared/model'
import { validProject } from './valid-project'

const fixtureText = readFileSync(resolve(import.meta.dirname, '../../fixtures/minimal-project.json'), 'utf8')
const messages = (r: ReturnType<typeof readProjectFile>) => (r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`))

describe('readProjectFile', () => {
  it('reads the minimal fixture and a rich project', () => {
    expect(messages(readProjectFile(fixtureText))).toEqual([])
    expect(messages(readProjectFile(JSON.stringify(validProject())))).toEqual([])
  })

  it('tolerates a UTF-8 byte-order mark', () => {
    expect(readProjectFile('\uFEFF' + fixtureText).ok).toBe(true)
  })

  it('refuses files above 20 MB before parsing', () => {
    const big = JSON.stringify({ ...validProject(), description: 'x'.repeat(MAX_PROJECT_FILE_BYTES) })
    const t0 = Date.now()
    expect(messages(readProjectFile(big))).toEqual(['(file): is larger than 20 MB'])
    expect(Date.now() - t0).toBeLessThan(2000)
  })

  it('counts bytes, not characters: 7.5 M three-byte characters exceed 20 MB', () => {
    const text = JSON.stringify({ schemaVersion: 1, name: '€'.repeat(7_500_000) })
    expect(text.length).toBeLessThan(MAX_PROJECT_FILE_BYTES)
    expect(readProjectFile(text).ok).toBe(false)
    expect(messages(readProjectFile(text))[0]).toContain('larger than 20 MB')
  })

  it('refuses nesting deeper than 64 levels without calling JSON.parse on it', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000)
    expect(messages(readProjectFile(deep))).toEqual(['(file): is nested more than 64 levels deep (at byte 64)'])
    expect(readProjectFile('{"a":' + '['.repeat(64) + ']'.repeat(64) + '}').ok).toBe(false) // 65 levels
  })

  it('measures depth outside strings only', () => {
    expect(jsonNestingDepth('{"a":"[[[[{{{{\\"[[["}')).toBe(1)
    expect(jsonNestingDepth('[[1],[[2]]]')).toBe(3)
  })

  it.each([
    ['', '(file): is empty'],
    ['{"schemaVersion": 1,', '(file): is not valid JSON'],
    ['[1,2]', '(root): must be a JSON object'],
    ['"text"', '(root): must be a JSON object'],
    ['{"name":"x"}', 'schemaVersion: required']
  ])('explains unreadable input %j', (text, start) => {
    const m = messages(readProjectFile(text))
    expect(m).toHaveLength(1)
    expect(m[0]!.startsWith(start)).toBe(true)
  })

  it('strips __proto__, constructor and prototype keys at any depth, then the strict schema reports nothing left over', () => {
    const text = fixtureText.replace('"name":"Test",', '"name":"Test","__proto__":{"polluted":"yes"},"constructor":{"x":1},')
      .replace('"id":"r1",', '"id":"r1","prototype":{"polluted":"yes"},')
    expect(text).toContain('__proto__')
    const r = readProjectFile(text)
    expect(messages(r)).toEqual([])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    if (r.ok) expect(Object.prototype.hasOwnProperty.call(r.value, '__proto__')).toBe(false)
  })

  it('says "amounts must be strings" for a JSON number in an amount field', () => {
    const text = fixtureText.replace('"amount":"50000000"', '"amount":50000000')
    const m = messages(readProjectFile(text))
    expect(m).toHaveLength(1)
    expect(m[0]).toMatch(/^costs\.capex\.items\.0\.amount: amounts must be strings/)
  })

  it('keeps ordinary messages for numbers in non-amount fields', () => {
    const m = messages(readProjectFile(fixtureText.replace('"name":"Test"', '"name":5')))
    expect(m.length).toBe(1)
    expect(m[0]).not.toContain('amounts must be strings')
  })

  it('refuses a file from a newer version with an upgrade message', () => {
    const m = messages(readProjectFile(fixtureText.replace('"schemaVersion":3', '"schemaVersion":7')))
    expect(m).toEqual(['schemaVersion: created by a newer version of Bankable — update the app'])
  })

  it('never rejects an older version silently: without a registered upgrade it names the missing step', () => {
    const m = messages(readProjectFile(fixtureText.replace('"schemaVersion":3', '"schemaVersion":0')))
    expect(m).toEqual(['schemaVersion: this file is from version 0; no upgrade from version 0 to 1 is available'])
  })

  it('reports schema problems with their paths', () => {
    const m = messages(readProjectFile(fixtureText.replace('"recovery":{"Li":"0.9"', '"recovery":{"Li":"1.2"').replace('"routeId":"r1"', '"routeId":"r9"')))
    expect(m).toContain('feedstock.0.routeId: unknown route "r9"')
    expect(m.some((x) => x.startsWith('routes.0.recovery.Li: must be'))).toBe(true)
  })
})

describe('writeProjectFile', () => {
  const project = (() => {
    const r = readProjectFile(JSON.stringify(validProject()))
    if (!r.ok) throw new Error('fixture invalid')
    return r.value
  })()

  it('round-trips: read(write(p)) equals p, and write is a fixed point', () => {
    const text = writeProjectFile(project)
    const back = readProjectFile(text)
    expect(back.ok && back.value).toEqual(project)
    if (back.ok) expect(writeProjectFile(back.value)).toBe(text)
  })

  it('uses sorted keys at every level, 2-space indentation, decimal strings and a trailing newline', () => {
    const text = writeProjectFile(project)
    expect(text.endsWith('}\n')).toBe(true)
    expect(text).toContain('\n  "costs": {\n    "capex": {')
    const keys = Object.keys(JSON.parse(text) as object)
    expect(keys).toEqual([...keys].sort())
    expect(text).toContain('"amount": "50000000"')
    expect(text).not.toMatch(/"amount": \d/)
  })

  it('is independent of the key order of the object it is given', () => {
    const reversed = Object.fromEntries(Object.entries(project).reverse()) as Project
    expect(writeProjectFile(reversed)).toBe(writeProjectFile(project))
  })

  it('writes a new project that reads back valid', () => {
    const p = newProject('p2', 'New plant', 2027)
    expect(messages(readProjectFile(writeProjectFile(p)))).toEqual([])
  })
})
