import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectJsonSchema, projectJsonSchemaText } from '@shared/model/project-file'
import { projectSchema } from '@shared/model'

describe('docs/project.schema.json', () => {
  it('equals a fresh generation from projectSchema (run `npx tsx scripts/gen-json-schema.ts` after a schema change)', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../../../docs/project.schema.json'), 'utf8')
    expect(committed).toBe(projectJsonSchemaText())
  })

  it('requires every top-level key of the project but the optional feature blocks, and forbids others', () => {
    const s = projectJsonSchema() as { required: string[]; additionalProperties: boolean; properties: Record<string, unknown> }
    const keys = Object.keys(projectSchema.shape)
    expect(keys.length).toBeGreaterThan(10)
    // `plant`, `supplyContracts` and `epr` (issue 16, docs/project-file.md) are optional so files without them stay valid, unchanged, in file version 3.
    const optional = new Set(['plant', 'supplyContracts', 'epr'])
    expect(new Set(s.required)).toEqual(new Set(Object.keys(s.properties).filter((k) => !optional.has(k))))
    expect(s.additionalProperties).toBe(false)
    expect(new Set(Object.keys(s.properties))).toEqual(new Set(keys))
  })
})
