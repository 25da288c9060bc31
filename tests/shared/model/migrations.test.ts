import { describe, expect, it } from 'vitest'
import { PROJECT_MIGRATIONS, migrateProjectDocument, type MigrationRegistry } from '@shared/model/migrations'
import { readProjectFile } from '@shared/model/project-file'
import { PROJECT_SCHEMA_VERSION } from '@shared/model'
import { validProject } from './valid-project'

/**
 * The migration mechanism, tested with a test-only registry: a hypothetical version 0 that stored the
 * project title as `title` and the capex items under `capexItems`. Version 1 is the first real version,
 * so the shipped registry is empty (and must stay consistent with PROJECT_SCHEMA_VERSION).
 */
function v0Fixture(): Record<string, unknown> {
  const { name, costs, ...rest } = validProject() as { name: string; costs: { capex: { items: unknown[] } } } & Record<string, unknown>
  const { capex, ...otherCosts } = costs as { capex: { items: unknown[] } } & Record<string, unknown>
  const { items, ...otherCapex } = capex
  return { ...rest, schemaVersion: 0, title: name, capexItems: items, costs: { ...otherCosts, capex: otherCapex } }
}

const testRegistry: MigrationRegistry = {
  0: (doc) => {
    const { title, capexItems, ...rest } = doc
    const costs = rest.costs as { capex: Record<string, unknown> } & Record<string, unknown>
    return { ...rest, schemaVersion: 1, name: title, costs: { ...costs, capex: { ...costs.capex, items: capexItems } } }
  }
}

describe('project migrations', () => {
  it('the shipped registry has a step for every version below the current one', () => {
    for (let v = 1; v < PROJECT_SCHEMA_VERSION; v++) expect(PROJECT_MIGRATIONS[v]).toBeTypeOf('function')
    expect(Object.keys(PROJECT_MIGRATIONS).map(Number).every((v) => v < PROJECT_SCHEMA_VERSION)).toBe(true)
  })

  it('a v0 fixture upgrades to v1 and validates, with nothing lost', () => {
    const r = readProjectFile(JSON.stringify(v0Fixture()), { migrations: testRegistry })
    expect(r.ok ? [] : r.issues).toEqual([])
    const expected = readProjectFile(JSON.stringify(validProject()))
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
