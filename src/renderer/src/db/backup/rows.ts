import { z } from 'zod'
import { parseProject } from '@shared/model'

/**
 * Row checks for the tables of the CURRENT schema. A restore validates every row before anything
 * reaches the live database: a backup that parses and matches its checksum can still hold rows an
 * older or buggy build wrote (dexie-export-import accepted `capex: {}` — reliability.md §2.7).
 * Records are checked loosely (extra fields allowed: upgraders may add some); project documents go
 * through the same `parseProject` gate as every save.
 */
export type RowValidator = (row: unknown) => string | null

const iso = z.string().min(1).max(64)
const recordBase = z.object({ id: z.string().min(1).max(200), name: z.string(), archived: z.boolean(), createdAt: iso, updatedAt: iso, rev: z.number().int().min(1), doc: z.unknown() })
const childRecord = z.object({ id: z.string().min(1).max(200), projectId: z.string().min(1).max(200), createdAt: iso, data: z.unknown() })
const metaRecord = z.object({ key: z.string().min(1).max(200), createdAt: iso, value: z.unknown().optional() })
const trashBase = z.object({ id: z.string().min(1), deletedAt: iso, project: z.unknown(), lots: z.array(z.unknown()), reviews: z.array(z.unknown()) })

const zodMessage = (e: z.ZodError) => e.issues.slice(0, 2).map((i) => `${i.path.join('.') || '(row)'} ${i.message}`).join('; ')

function projectRecordProblem(row: unknown): string | null {
  const r = recordBase.safeParse(row)
  if (!r.success) return zodMessage(r.error)
  const doc = parseProject(r.data.doc)
  if (!doc.ok) return `doc.${doc.issues[0]!.path} ${doc.issues[0]!.message}`
  if (doc.value.id !== r.data.id) return `doc.id ${doc.value.id} differs from the record id`
  return null
}

const childProblem = (row: unknown) => {
  const r = childRecord.safeParse(row)
  return r.success ? null : zodMessage(r.error)
}

export const APP_ROW_VALIDATORS: Readonly<Record<string, RowValidator>> = {
  projects: projectRecordProblem,
  lots: childProblem,
  reviews: childProblem,
  meta: (row) => {
    const r = metaRecord.safeParse(row)
    return r.success ? null : zodMessage(r.error)
  },
  trash: (row) => {
    const r = trashBase.safeParse(row)
    if (!r.success) return zodMessage(r.error)
    const p = projectRecordProblem(r.data.project)
    if (p) return `project: ${p}`
    for (const [list, items] of [['lots', r.data.lots], ['reviews', r.data.reviews]] as const)
      for (const [i, item] of items.entries()) {
        const c = childProblem(item)
        if (c) return `${list}[${i}]: ${c}`
      }
    return null
  }
}

/** The first problem in `data`, named by table and row index, or null when every row is valid. */
export function firstRowProblem(data: Record<string, unknown[]>, validators: Readonly<Record<string, RowValidator>>): { table: string; index: number; problem: string } | null {
  for (const [table, rows] of Object.entries(data)) {
    const check = validators[table]
    if (!check) return { table, index: -1, problem: 'is not a table this version of Bankable knows' }
    for (const [index, row] of rows.entries()) {
      const problem = check(row)
      if (problem) return { table, index, problem }
    }
  }
  return null
}
