/**
 * "Sized to P(breach) ≤ x %" on the project sheet and in the review memo: one line with the sizing's own
 * sentence (amount, deterministic sizing, draws, seed, assumptions) when a sizing was run, none otherwise.
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_BREACH_SIZING, DEFAULT_MC_SETTINGS, sizeToBreach, sizingSentence } from '@shared/analysis'
import { runModel } from '@shared/engine'
import { buildMemoHtml, defaultReviewCase, runReview, REVIEW_FORMAT, REVIEW_SCHEMA_VERSION, type ReviewBody } from '@shared/review'
import { buildSheetHtml } from '@shared/sheet'
import { escapeHtml } from '@shared/sheet/html'
import { handProject } from '../engine/hand-project'

const p = handProject()
const sized = sizeToBreach(p, { ...DEFAULT_BREACH_SIZING, mc: { ...DEFAULT_MC_SETTINGS, draws: 200, seed: 4, process: { kind: 'ou', meanReversionPerYear: 0.5 } }, target: { maxBreachProbability: 0.1, p90Covenant: null } })
if (!sized.ok) throw new Error(sized.reason)
const line = `<p class="line"><b>Probabilistic sizing:</b> ${escapeHtml(sizingSentence(sized))}</p>`
const meta = { date: '2026-01-01', modelVersion: 't', projectSha256: '0'.repeat(64), pageSize: 'A4' as const }

describe('breach sizing line', () => {
  it('on the project sheet when given; absent otherwise', () => {
    const result = runModel(p)
    expect(buildSheetHtml({ project: p, result, breachSizing: sized, meta }).body).toContain(line)
    expect(sizingSentence(sized)).toMatch(/^Sized to P\(min DSCR < 1\.00x\) ≤ 10 %: .* 200 draws, seed 4, mean-reverting/)
    expect(buildSheetHtml({ project: p, result, meta }).body).not.toContain('Probabilistic sizing')
  })
  it('in the review memo when given; absent otherwise', () => {
    const body: ReviewBody = {
      format: REVIEW_FORMAT, schemaVersion: REVIEW_SCHEMA_VERSION, project: { id: p.id, name: p.name, sha256: '0'.repeat(64) }, reviewer: { name: 'A', organisation: 'B' },
      createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', reviewCase: defaultReviewCase(p), notes: [], summary: ''
    }
    const r = runReview(p, body.reviewCase)
    if (!r.ok) throw new Error('invalid')
    const input = { project: p, reviewProject: r.reviewProject, base: r.base, review: r.review, body, meta }
    expect(buildMemoHtml({ ...input, breachSizing: sized }).body).toContain(line)
    expect(buildMemoHtml(input).body).not.toContain('Probabilistic sizing')
  })
})
