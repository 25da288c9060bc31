import { afterAll } from 'vitest'
import { canonicalJson } from '@renderer/db/backup/canonical'

/**
 * Figures for the reliability closing note. Each test file has its own module instance (vitest
 * isolates files), so every file prints its line after its tests: `[reliability-figures] …`.
 * `rowsLost` counts rows present before a refused/failed operation and missing or changed after it.
 */
export const tally = { casesTried: 0, faultsInjected: 0, rowsChecked: 0, rowsLost: 0 }

/** Compare two table snapshots, add to the tally, and return the number of rows lost. */
export function countLost(before: Record<string, unknown[]>, after: Record<string, unknown[]>): number {
  let lost = 0
  for (const [table, rows] of Object.entries(before)) {
    // Rows are compared whole (canonical JSON): a changed field counts as lost too.
    const now = new Set((after[table] ?? []).map((r) => canonicalJson(r)))
    for (const r of rows) {
      tally.rowsChecked += 1
      if (!now.has(canonicalJson(r))) lost += 1 // key order may differ after a restore: compare canonically
    }
  }
  tally.rowsLost += lost
  return lost
}

export function reportTally(file: string): void {
  afterAll(() => {
    console.info(`[reliability-figures] ${file}: cases=${tally.casesTried} faults=${tally.faultsInjected} rowsChecked=${tally.rowsChecked} rowsLost=${tally.rowsLost}`)
  })
}
