import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import { readProjectFile } from '@shared/model/project-file'
import type { Project } from '@shared/model'
import { buildSheetHtml, sheetAnalysis, SHEET_DENSITIES } from '@shared/sheet'
import { buildMemoHtml, defaultReviewCase, projectSha256, runReview, REVIEW_SCHEMA_VERSION, type ReviewBody } from '@shared/review'
import { projectText as userText, untranslatedWords } from '../../e2e/helpers/untranslated'
import { trancheSheetProject } from './sheet-fixtures'

const SAMPLES = readdirSync('resources/samples').filter((f) => f.endsWith('.json'))
const load = (file: string): Project => {
  const r = readProjectFile(readFileSync(join('resources/samples', file), 'utf8'))
  if (!r.ok) throw new Error(`${file} invalid`)
  return r.value
}

/** The text a reader sees (a screen reader too: aria-label and title values), tags out, entities back. */
const visibleText = (body: string) =>
  body.replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/(?:aria-label|title)="([^"]*)"/g, '>$1<').replace(/<[^>]+>/g, '\n').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')

function memoOf(p: Project, organisation: string) {
  const body: ReviewBody = {
    format: 'bankable-review', schemaVersion: REVIEW_SCHEMA_VERSION, project: { id: p.id, name: p.name, sha256: projectSha256(p) }, reviewer: { name: '', organisation },
    createdAt: '2026-12-01T10:00:00Z', updatedAt: '2026-12-01T11:00:00Z', reviewCase: { ...defaultReviewCase(p), priceHaircut: '0.3', capexOverrun: '0.2' }, notes: [], summary: ''
  }
  const r = runReview(p, body.reviewCase)
  if (!r.ok) throw new Error('review invalid')
  return buildMemoHtml({ project: p, reviewProject: r.reviewProject, base: r.base, review: r.review, body, meta: { date: '2026-12-02', modelVersion: '0.1.0', projectSha256: projectSha256(p) }, locale: 'ja' })
}

/** The Japanese sheet and memo carry no English of their own (#20): only acronyms, codes and what the user typed. */
describe('the Japanese sheet and memo of every sample: no untranslated words', () => {
  const projects = [...SAMPLES.map((f) => ({ name: f, project: load(f) })), { name: 'three tranches (fixture)', project: trancheSheetProject() }]

  it.each(projects)('$name: sheet at every density', ({ project }) => {
    const result = runModel(project)
    const analysis = sheetAnalysis(project, result)
    const meta = { date: '2026-12-02', modelVersion: '0.1.0', projectSha256: projectSha256(project), pageSize: 'A4' as const }
    for (const density of SHEET_DENSITIES) {
      const sheet = buildSheetHtml({ project, result, ...analysis, meta, density, locale: 'ja' })
      // A stated source may print cut to a line (epr-line.ts, 120 characters): its cut prefix is the user's text too.
      const typed = userText(project).flatMap((u) => [u, u.slice(0, 119).trimEnd()])
      expect(untranslatedWords(visibleText(sheet.body), typed), `density ${density}`).toEqual([])
    }
  })

  it.each(projects)('$name: memo with a stressed review case (misses graded, reasons printed)', ({ project }) => {
    const memo = memoOf(project, 'JBIC')
    expect(untranslatedWords(visibleText(memo.body), [...userText(project), 'JBIC'])).toEqual([])
  })

  it('the scan can fail: English words are found, acronyms, codes, digests and user text are not', () => {
    expect(untranslatedWords('最低DSCR 1.30x · Minimum DSCR · USD · Bankable')).toEqual(['Minimum'])
    expect(untranslatedWords(`SHA-256 ${'ab12'.repeat(16)}`)).toEqual([])
    expect(untranslatedWords('Lithium price volatility：リスク', ['Lithium price volatility'])).toEqual([])
    expect(untranslatedWords('4.3 years')).toEqual(['years'])
  })

  it('the English sheet of the same project still reads in English (the scan would flag it)', () => {
    const p = load(SAMPLES[0]!)
    const result = runModel(p)
    const en = buildSheetHtml({ project: p, result, meta: { date: '2026-12-02', modelVersion: '0.1.0', projectSha256: projectSha256(p), pageSize: 'A4' } })
    expect(untranslatedWords(visibleText(en.body), userText(p))).toEqual(expect.arrayContaining(['Headline', 'Sources']))
  })
})
