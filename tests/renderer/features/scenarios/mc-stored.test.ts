/** The stored Monte Carlo is read back only through its schema; a form for other products is fitted (issue 17). */
import { describe, expect, it } from 'vitest'
import { newProject, parseProject } from '@shared/model'
import { DEFAULT_MC_SETTINGS, runMonteCarlo } from '@shared/analysis/monte-carlo/simulate'
import { initialForm } from '@renderer/features/scenarios/mc-form'
import { parseStoredMonteCarlo } from '@renderer/features/scenarios/mc-stored'
import { fitForm } from '@renderer/features/scenarios/use-stored-monte-carlo'
import sample from '@resources/samples/pgm-catalyst-recovery.json'
import { withoutMcUnsupportedOps } from '../../../shared/analysis/mc-copy'

const pgm = (() => {
  const r = parseProject(sample)
  if (!r.ok) throw new Error('sample')
  // As Monte Carlo runs it today: without the §13 inputs its fast path refuses.
  return withoutMcUnsupportedOps(r.value)
})()

describe('parseStoredMonteCarlo', () => {
  const form = initialForm(pgm)
  const run = runMonteCarlo(pgm, { ...DEFAULT_MC_SETTINGS, draws: 50 })
  if (!run.ok) throw new Error(run.reason)
  // Through structured clone, as IndexedDB returns it.
  const value = structuredClone({ version: 1, form, last: { projectSha256: 'a'.repeat(64), computedAt: '2026-12-07T10:00:00.000Z', result: run } })

  it('a real run round-trips', () => {
    const p = parseStoredMonteCarlo(value)
    expect(p?.form).toEqual(form)
    expect(p?.last?.result.stats.minDscr).toEqual(run.stats.minDscr)
    expect(p?.last?.result.noIrr).toEqual(run.noIrr)
    expect(p?.last?.result.draws.npv).toHaveLength(50)
  })
  it('settings alone, without a result', () => expect(parseStoredMonteCarlo({ version: 1, form })).toEqual({ version: 1, form }))
  it('a result stored before the no-IRR counts existed is still read', () => {
    const old = structuredClone(value) as { last: { result: Record<string, unknown> } }
    delete old.last.result.noIrr
    expect(parseStoredMonteCarlo(old)?.last?.result.noIrr).toBeUndefined()
  })
  it('anything else is ignored: another version, a bad fingerprint, a form field of the wrong type, no form', () => {
    expect(parseStoredMonteCarlo({ ...value, version: 2 })).toBeNull()
    expect(parseStoredMonteCarlo({ ...value, last: { ...value.last, projectSha256: 'xyz' } })).toBeNull()
    expect(parseStoredMonteCarlo({ ...value, form: { ...form, fxOn: 'yes' } })).toBeNull()
    expect(parseStoredMonteCarlo({ version: 1 })).toBeNull()
    expect(parseStoredMonteCarlo(undefined)).toBeNull()
  })
})

describe('fitForm', () => {
  it('keeps a form whose correlation matrix fits the products', () => {
    const f = { ...initialForm(pgm), draws: '777' }
    expect(fitForm(f, pgm)).toBe(f)
  })
  it('a matrix of another size starts again from independent; other fields kept', () => {
    const f = { ...initialForm(pgm), draws: '777' }
    const other = newProject('x', 'X', 2026)
    const fitted = fitForm(f, other)
    expect(fitted.draws).toBe('777')
    expect(fitted.correlation).toEqual(initialForm(other).correlation)
  })
})
