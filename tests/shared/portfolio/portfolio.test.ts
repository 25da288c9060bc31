/**
 * The portfolio list (issue 17): each project's headline metrics and verdict, sorting by them, and
 * projects side by side. Expected figures are the CLI's `evaluate --json` on the shipped samples
 * (India: project IRR 0.164088, min DSCR 2.187498; PGM: project IRR 0.200735, min DSCR 2.121296).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import { newProject, parseProject, type Project } from '@shared/model'
import { headlineOf, verdictRank, verdictText, type Headline } from '@shared/portfolio/headline'
import { sortProjects, type Sortable } from '@shared/portfolio/sort'
import { comparePortfolio } from '@shared/portfolio/compare'

const sample = (name: string): Project => {
  const r = parseProject(JSON.parse(readFileSync(`resources/samples/${name}.json`, 'utf8')))
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.value
}
const india = sample('india-black-mass-hydromet')
const pgm = sample('pgm-catalyst-recovery')
const indiaResult = runModel(india)
const pgmResult = runModel(pgm)

describe('headlineOf', () => {
  it('the India sample: the six headline figures as Results shows them, with float sort values', () => {
    const h = headlineOf(india, indiaResult)
    expect(h.currency).toBe('INR')
    expect(h.cells.projectIrr.text).toBe('20.66 %')
    expect(h.cells.equityIrr.text).toBe('34.01 %')
    expect(h.cells.minDscr.text).toBe('2.64x')
    expect(h.cells.llcr.text).toBe('2.54x')
    expect(h.cells.projectIrr.sortValue).toBeCloseTo(0.20658, 6)
    expect(h.cells.minDscr.sortValue).toBeCloseTo(2.641028, 6)
    expect(h.cells.npv.sortValue).toBeCloseTo(2579832503.71, 1)
    expect(h.cells.debtAtCod.sortValue).toBeCloseTo(3296235744.98, 1)
    // The exact value beside the text, for money in the reader's display unit (₹257.98 crore).
    expect(h.cells.npv.value).toBe(indiaResult.metrics.npv.toFixed())
    expect(h.cells.npv.value).toMatch(/^2579832503\.7[0-9]+$/)
    // Red overall: the sample's first operating period's CFADS is negative (all-operating cover).
    expect(h.verdict).toEqual({ kind: 'graded', grade: 'red' })
  })

  it('a new project is not graded: Incomplete, with what it lacks', () => {
    const p = newProject('p1', 'New', 2026)
    const h = headlineOf(p, runModel(p))
    expect(h.verdict).toEqual({ kind: 'incomplete', missing: ['no feedstock', 'no product', 'no capex', 'no opex'] })
    expect(verdictText(h.verdict)).toBe('Incomplete: no feedstock, no product, no capex, no opex')
    expect(verdictRank(h.verdict)).toBe(4)
  })

  it('a metric without a value has no sort value and says why', () => {
    const p = newProject('p1', 'New', 2026)
    const h = headlineOf(p, runModel(p))
    expect(h.cells.projectIrr.sortValue).toBeNull()
    expect(h.cells.projectIrr.text).toMatch(/^n\/a — /)
  })

  it('verdict wording and rank follow the grade', () => {
    expect(['green', 'amber', 'red', 'na'].map((g) => verdictText({ kind: 'graded', grade: g as 'green' }))).toEqual(['Bankable', 'Close', 'Not bankable', 'Nothing to grade'])
    expect(['green', 'amber', 'red', 'na'].map((g) => verdictRank({ kind: 'graded', grade: g as 'green' }))).toEqual([0, 1, 2, 3])
  })
})

const cell = (v: number | null) => ({ text: String(v), sortValue: v, value: v === null ? null : String(v) })
const headline = (irr: number | null, grade: 'green' | 'red' | null): Headline => ({
  currency: 'USD',
  cells: { projectIrr: cell(irr), equityIrr: cell(null), minDscr: cell(null), llcr: cell(null), npv: cell(null), debtAtCod: cell(null) },
  verdict: grade === null ? { kind: 'incomplete', missing: ['no capex'] } : { kind: 'graded', grade }
})
const row = (id: string, name: string, updatedAt: string, h: Headline | null): Sortable => ({ id, name, updatedAt, headline: h })

describe('sortProjects', () => {
  const rows = [
    row('a', 'Bravo', '2026-01-03', headline(0.1, 'red')),
    row('b', 'alpha', '2026-01-01', headline(0.3, 'green')),
    row('c', 'Charlie', '2026-01-02', null),
    row('d', 'Delta', '2026-01-04', headline(null, null)),
    row('e', 'Echo', '2026-01-05', headline(0.1, 'green'))
  ]
  const ids = (key: Parameters<typeof sortProjects>[1]['key'], dir: 'asc' | 'desc') => sortProjects(rows, { key, dir }).map((r) => r.id).join('')

  it('by a metric, both ways; rows without a value last either way; ties by name', () => {
    expect(ids('projectIrr', 'asc')).toBe('aebcd')
    expect(ids('projectIrr', 'desc')).toBe('baecd')
  })
  it('by name (case-insensitive) and by last change', () => {
    expect(ids('name', 'asc')).toBe('bacde')
    expect(ids('name', 'desc')).toBe('edcab')
    expect(ids('updated', 'desc')).toBe('edacb')
  })
  it('by verdict: bankable first, incomplete after graded, not computed last', () => {
    expect(ids('verdict', 'asc')).toBe('beadc')
    expect(ids('verdict', 'desc')).toBe('dabec')
  })
  it('ties keep the name order (then the id), whichever way and whatever the key', () => {
    const tied = [row('z', 'Same', '2026-01-01', headline(0.2, 'green')), row('y', 'Beta', '2026-01-01', headline(0.2, 'green')), row('x', 'Same', '2026-01-01', headline(0.2, 'green')), row('w', 'Alpha', '2026-01-01', null), row('v', 'Aaron', '2026-01-01', null)]
    for (const key of ['projectIrr', 'verdict', 'updated'] as const)
      for (const dir of ['asc', 'desc'] as const) expect(sortProjects(tied, { key, dir }).map((r) => r.id).join('')).toBe(key === 'updated' ? 'vwyxz' : 'yxzvw')
  })
  it('names compare case-folded to lower case: "_draft" (underscore 95) before "b" (98), as it would not upper-cased (B is 66)', () => {
    const named = [row('1', 'B plant', '2026-01-01', null), row('2', '_draft', '2026-01-01', null)]
    expect(sortProjects(named, { key: 'name', dir: 'asc' }).map((r) => r.id)).toEqual(['2', '1'])
  })
  it('does not reorder its input', () => {
    sortProjects(rows, { key: 'name', dir: 'asc' })
    expect(rows.map((r) => r.id).join('')).toBe('abcde')
  })
})

describe('comparePortfolio', () => {
  it('needs two projects', () => {
    expect(() => comparePortfolio([{ id: 'a', name: 'A', result: pgmResult }])).toThrow(/at least two/)
  })

  it('the same project twice: every delta zero and none worse', () => {
    const rows = comparePortfolio([{ id: 'a', name: 'A', result: pgmResult }, { id: 'b', name: 'B', result: pgmResult }])
    const dscr = rows.find((r) => r.key === 'minDscr')!
    expect(dscr.cells).toEqual([{ value: '2.46x', delta: null, worse: null }, { value: '2.46x', delta: '0.00x', worse: false }])
  })

  it('PGM against India: ratio and IRR deltas signed against the first; money in another currency has no delta', () => {
    const rows = comparePortfolio([{ id: 'p', name: 'PGM', result: pgmResult }, { id: 'i', name: 'India', result: indiaResult }, { id: 'p2', name: 'PGM again', result: pgmResult }])
    const by = (k: string) => rows.find((r) => r.key === k)!
    // 2.641028 − 2.464276 = +0.177 → +0.18x, better; 20.6580 % − 23.6242 % = −2.97 pp, worse (the PGM
    // sample since its decanned shells are priced as heavy-melting scrap, USD 233.50/t, not USD 900/t).
    expect(by('minDscr').cells[1]).toEqual({ value: '2.64x', delta: '+0.18x', worse: false })
    expect(by('projectIrr').cells[1]).toEqual({ value: '20.66 %', delta: '\u22122.97 pp', worse: true })
    expect(by('npv').cells[1]).toEqual({ value: '₹2,57,98,32,504', delta: null, worse: null, note: 'INR, not USD: no difference' })
    expect(by('debtAtCod').cells[1]).toMatchObject({ value: '₹3,29,62,35,745', delta: null })
    expect(by('npv').cells[0]).toEqual({ value: '$5,604,195', delta: null, worse: null })
    expect(by('npv').cells[2]).toMatchObject({ delta: '$0', worse: false })
    expect(rows.every((r) => r.cells.length === 3)).toBe(true)
  })
})
