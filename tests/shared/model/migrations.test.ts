import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_MIGRATIONS, migrateProjectDocument, type MigrationRegistry } from '@shared/model/migrations'
import { migrateV1ToV2 } from '@shared/model/migrate-v1-units'
import { readProjectFile, writeProjectFile } from '@shared/model/project-file'
import { PROJECT_SCHEMA_VERSION } from '@shared/model'

const ROOT = resolve(import.meta.dirname, '../../..')
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8')

/**
 * Old project files kept verbatim (tests/fixtures/migrations/vN/): each must still open, with every
 * value where the current version keeps it. The v1 files are the two samples and the analysis test
 * project exactly as they were committed at version 1; their version-2 counterparts (kept verbatim in
 * tests/fixtures/migrations/v2/, the repository's files before version 3) were produced from them by
 * scripts/migrate-project-files.ts.
 */
const V1_FILES = [
  { v1: 'tests/fixtures/migrations/v1/india-black-mass-hydromet.json', current: 'tests/fixtures/migrations/v2/india-black-mass-hydromet.json' },
  { v1: 'tests/fixtures/migrations/v1/pgm-catalyst-recovery.json', current: 'tests/fixtures/migrations/v2/pgm-catalyst-recovery.json' },
  { v1: 'tests/fixtures/migrations/v1/rich-project.json', current: 'tests/fixtures/migrations/v2/rich-project.json' }
]

/**
 * The mechanism, tested with a test-only step before the real chain: a hypothetical version 0 that
 * stored the project title as `title` and the capex items under `capexItems`.
 */
function v0Fixture(): Record<string, unknown> {
  const v1 = JSON.parse(read(V1_FILES[2]!.v1)) as Record<string, unknown>
  const { name, costs, ...rest } = v1 as { name: string; costs: { capex: { items: unknown[] } } } & Record<string, unknown>
  const { capex, ...otherCosts } = costs as { capex: { items: unknown[] } } & Record<string, unknown>
  const { items, ...otherCapex } = capex
  return { ...rest, schemaVersion: 0, title: name, capexItems: items, costs: { ...otherCosts, capex: otherCapex } }
}

const testRegistry: MigrationRegistry = {
  ...PROJECT_MIGRATIONS,
  0: (doc) => {
    const { title, capexItems, ...rest } = doc
    const costs = rest.costs as { capex: Record<string, unknown> } & Record<string, unknown>
    return { ...rest, schemaVersion: 1, name: title, costs: { ...costs, capex: { ...costs.capex, items: capexItems } } }
  }
}

type Json = Record<string, unknown>
const objects = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : [])

/** Every renamed value of a version-1 document: [where, old key, new key, value]. */
function v1Renames(doc: Json): [string, string, string, unknown][] {
  const out: [string, string, string, unknown][] = []
  objects(doc.feedstock).forEach((s, i) =>
    out.push([`feedstock.${i}`, 'annualQuantity', s.kind === 'catalyst' ? 'unitsPerYear' : 'inputTonnesPerYear', s.annualQuantity])
  )
  objects(doc.offtake).forEach((c, i) => {
    out.push([`offtake.${i}`, 'premium', 'premiumPerUnit', c.premium])
    const v = c.volume as Json
    if (v.basis === 'fixed') out.push([`offtake.${i}.volume`, 'annualQuantity', 'productUnitsPerYear', v.annualQuantity])
  })
  objects((doc.prices as Json).decks).forEach((d, di) =>
    objects(d.prices).forEach((p, pi) => {
      if (p.mode === 'escalating') out.push([`prices.decks.${di}.prices.${pi}`, 'basePrice', 'basePricePerUnit', p.basePrice])
    })
  )
  return out
}

const at = (doc: unknown, path: string): Json => path.split('.').reduce<unknown>((n, k) => (n as Json)[k], doc) as Json

describe('project migrations', () => {
  it('the shipped registry has a step for every version below the current one', () => {
    for (let v = 1; v < PROJECT_SCHEMA_VERSION; v++) expect(PROJECT_MIGRATIONS[v]).toBeTypeOf('function')
    expect(Object.keys(PROJECT_MIGRATIONS).map(Number).every((v) => v < PROJECT_SCHEMA_VERSION)).toBe(true)
  })

  it('a v0 fixture upgrades through every step and validates, with nothing lost', () => {
    const r = readProjectFile(JSON.stringify(v0Fixture()), { migrations: testRegistry })
    expect(r.ok ? [] : r.issues).toEqual([])
    const expected = readProjectFile(read(V1_FILES[2]!.v1))
    expect(r.ok && expected.ok && r.value).toEqual(expected.ok && expected.value)
  })

  it('applies steps in order and reports them; the input is not modified', () => {
    const calls: number[] = []
    const chain: MigrationRegistry = {
      0: (d) => (calls.push(0), { ...d, schemaVersion: 1, a: 1 }),
      1: (d) => (calls.push(1), { ...d, schemaVersion: 2, b: (d.a as number) + 1 }),
      2: (d) => (calls.push(2), { ...d, schemaVersion: 3, c: (d.b as number) + 1 })
    }
    const input = { schemaVersion: 0 }
    const r = migrateProjectDocument(input, chain, 3)
    expect(calls).toEqual([0, 1, 2])
    expect(r).toEqual({ ok: true, value: { schemaVersion: 3, a: 1, b: 2, c: 3 }, fromVersion: 0, applied: [0, 1, 2] })
    expect(input).toEqual({ schemaVersion: 0 })
    expect(migrateProjectDocument({ schemaVersion: 2 }, chain, 3)).toMatchObject({ ok: true, applied: [2] })
  })

  it('refuses: a missing step, a newer file, a non-integer version, a throwing step, a step that forgets the version', () => {
    expect(migrateProjectDocument({ schemaVersion: 0 }, {}, 1)).toMatchObject({ ok: false, code: 'migration/missing-step' })
    expect(migrateProjectDocument({ schemaVersion: 5 }, {}, 1)).toMatchObject({ ok: false, code: 'migration/newer-version' })
    expect(migrateProjectDocument({ schemaVersion: '1' }, {}, 1)).toMatchObject({ ok: false, code: 'migration/bad-version' })
    expect(migrateProjectDocument({ schemaVersion: 1.5 }, {}, 2)).toMatchObject({ ok: false, code: 'migration/bad-version' })
    const throwing: MigrationRegistry = { 0: () => { throw new Error('boom') } }
    expect(migrateProjectDocument({ schemaVersion: 0 }, throwing, 1)).toEqual({ ok: false, code: 'migration/failed', message: 'upgrade from version 0 to 1 failed: boom' })
    const forgetful: MigrationRegistry = { 0: (d) => ({ ...d }) }
    expect(migrateProjectDocument({ schemaVersion: 0 }, forgetful, 1)).toMatchObject({ ok: false, code: 'migration/failed' })
  })

  it('a current-version file passes through untouched', () => {
    const doc = { schemaVersion: PROJECT_SCHEMA_VERSION, x: 1 }
    expect(migrateProjectDocument(doc)).toEqual({ ok: true, value: doc, fromVersion: PROJECT_SCHEMA_VERSION, applied: [] })
  })
})

describe('version 1 → 2: field names carry their units', () => {
  it.each(V1_FILES)('$v1 opens as the committed version-2 file $current, every figure the same', ({ v1, current }) => {
    const old = readProjectFile(read(v1))
    const now = readProjectFile(read(current))
    expect(old.ok ? [] : old.issues).toEqual([])
    expect(now.ok ? [] : now.issues).toEqual([])
    expect(JSON.parse(read(current))).toMatchObject({ schemaVersion: 2 })
    expect(old.ok && now.ok && writeProjectFile(old.value)).toBe(now.ok && writeProjectFile(now.value))
  })

  it.each(V1_FILES)('$v1: every renamed value arrives byte for byte under its new name, and nothing else changes', ({ v1 }) => {
    const text = read(v1)
    const before = JSON.parse(text) as Json
    expect(before.schemaVersion).toBe(1)
    const r = migrateProjectDocument(before, PROJECT_MIGRATIONS, 2)
    expect(r).toMatchObject({ ok: true, fromVersion: 1, applied: [1] })
    const after = (r.ok ? r.value : {}) as Json
    const renames = v1Renames(before)
    expect(renames.length).toBeGreaterThan(3)
    const undone = structuredClone(after)
    for (const [where, from, to, value] of renames) {
      expect(typeof value).toBe('string')
      // The JSON token in the old file and in the new one are the same bytes.
      expect(text).toContain(`"${from}": ${JSON.stringify(value)}`)
      expect(JSON.stringify(at(after, where)[to])).toBe(JSON.stringify(value))
      expect(Object.hasOwn(at(after, where), from)).toBe(false)
      // The key keeps its place among its siblings.
      expect(Object.keys(at(after, where)).indexOf(to)).toBe(Object.keys(at(before, where)).indexOf(from))
      const node = at(undone, where)
      node[from] = node[to]
      delete node[to]
    }
    // Reverse the renames and the version: the very document that was read.
    expect({ ...undone, schemaVersion: 1 }).toEqual(before)
    // The written file holds no version-1 name.
    const written = readProjectFile(text)
    expect(written.ok && writeProjectFile(written.value)).not.toMatch(/"(annualQuantity|basePrice|premium)"/)
  })

  it('covers every renamed field across the fixtures (both stream kinds, fixed volumes, non-zero premiums)', () => {
    const all = V1_FILES.flatMap(({ v1 }) => v1Renames(JSON.parse(read(v1)) as Json))
    const news = new Set(all.map(([, , to]) => to))
    expect([...news].sort()).toEqual(['basePricePerUnit', 'inputTonnesPerYear', 'premiumPerUnit', 'productUnitsPerYear', 'unitsPerYear'])
    expect(all.some(([, from, , v]) => from === 'premium' && v !== '0')).toBe(true)
  })

  it('leaves what it cannot place for the schema to report, and drops nothing', () => {
    const doc = {
      schemaVersion: 1,
      feedstock: [{ kind: 'plastic', annualQuantity: '5' }, { kind: 'battery', annualQuantity: '7', inputTonnesPerYear: '8' }, 'junk', null],
      offtake: [{ premium: '-1.50', volume: { basis: 'share', share: '0.5' } }, { premium: '2', premiumPerUnit: '3', volume: 'fixed' }],
      prices: { decks: [{ prices: [{ mode: 'table', points: [] }, { mode: 'escalating', basePrice: '12.30' }] }, 'junk'] }
    }
    const input = structuredClone(doc)
    expect(migrateProjectDocument(doc, PROJECT_MIGRATIONS, 2)).toEqual({
      ok: true,
      fromVersion: 1,
      applied: [1],
      value: {
        schemaVersion: 2,
        feedstock: [{ kind: 'plastic', annualQuantity: '5' }, { kind: 'battery', annualQuantity: '7', inputTonnesPerYear: '8' }, 'junk', null],
        offtake: [{ premiumPerUnit: '-1.50', volume: { basis: 'share', share: '0.5' } }, { premium: '2', premiumPerUnit: '3', volume: 'fixed' }],
        prices: { decks: [{ prices: [{ mode: 'table', points: [] }, { mode: 'escalating', basePricePerUnit: '12.30' }] }, 'junk'] }
      }
    })
    expect(doc).toEqual(input)
    // A stray key named like a prototype member stays an ordinary key.
    const proto = JSON.parse('{"schemaVersion":1,"offtake":[{"__proto__":"x","premium":"1"}]}') as Json
    const c = (migrateV1ToV2(proto).offtake as Json[])[0]!
    expect(Object.keys(c)).toEqual(['__proto__', 'premiumPerUnit'])
    expect(Object.getPrototypeOf(c)).toBe(Object.prototype)
  })

  it('a version-1 file with a bad value still reports it, under the new name', () => {
    const text = read(V1_FILES[0]!.v1).replace('"annualQuantity": "6000"', '"annualQuantity": "-6000"')
    const r = readProjectFile(text)
    expect(r.ok ? [] : r.issues).toEqual([{ path: 'feedstock.0.inputTonnesPerYear', message: 'must be ≥ 0 and ≤ 1000000000000000' }])
  })
})
