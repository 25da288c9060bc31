import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseProject } from '@shared/model'
import { readProjectFile } from '@shared/model/project-file'

const SAMPLE = readFileSync('resources/samples/india-black-mass-hydromet.json', 'utf8')
type Doc = { timeline: Record<string, unknown>; tax: Record<string, unknown>; feedstock: Record<string, unknown>[]; valuation: Record<string, unknown> }
const issuesOf = (edit: (d: Doc) => void) => {
  const doc = JSON.parse(SAMPLE) as Doc
  edit(doc)
  const r = parseProject(doc)
  return r.ok ? [] : r.issues
}

describe('zod’s built-in checks are worded like the schema’s own (#17)', () => {
  it.each([
    ['a number below its minimum', (d: Doc) => void (d.timeline.constructionMonths = 0), 'timeline.constructionMonths', 'must be ≥ 1'],
    ['a number above its maximum', (d: Doc) => void (d.timeline.operatingYears = 41), 'timeline.operatingYears', 'must be ≤ 40'],
    ['a fraction of a month', (d: Doc) => void (d.timeline.constructionMonths = 12.5), 'timeline.constructionMonths', 'must be a whole number'],
    ['a period length that is not offered', (d: Doc) => void (d.timeline.periodMonths = 2), 'timeline.periodMonths', 'must be one of 1, 3, 6, 12'],
    ['an unknown option', (d: Doc) => void (d.tax.maintenanceCapex = 'sometimes'), 'tax.maintenanceCapex', 'must be one of expensed, capitalised'],
    ['a number written as text where a count is', (d: Doc) => void (d.timeline.operatingYears = '10'), 'timeline.operatingYears', 'must be a number'],
    ['a missing field', (d: Doc) => void delete d.timeline.operatingYears, 'timeline.operatingYears', 'is required'],
    ['an unknown field', (d: Doc) => void (d.timeline.colour = 'red'), 'timeline', 'has unknown field colour']
  ])('%s', (_, edit, path, message) => {
    expect(issuesOf(edit)).toContainEqual({ path, message })
  })

  it('messages a schema sets itself are kept', () => {
    expect(issuesOf((d) => void (d.feedstock[0]!.rampUp = []))).toContainEqual({ path: 'feedstock.0.rampUp', message: 'needs at least one year' })
    expect(issuesOf((d) => void (d.valuation.discountRate = '2'))).toContainEqual({ path: 'valuation.discountRate', message: 'must be ≥ -0.5 and ≤ 1' })
  })

  it('no zod default wording reaches a project file’s reader either', () => {
    const r = readProjectFile((SAMPLE.replace('"operatingYears": 12', '"operatingYears": 0')))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues).toContainEqual({ path: 'timeline.operatingYears', message: 'must be ≥ 1' })
  })
})
