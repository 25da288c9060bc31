/**
 * FX stress on the review case (issue 14): the reviewer's FX multiplier and INR depreciation run through
 * the engine's scenario fields with the recycler's debt held, so an unhedged foreign tranche's service
 * moves and a hedged one's does not. The project: the two-tranche hand case (USD revenue; a USD tranche and
 * an INR tranche of INR 24 m drawn at 80; tests/shared/engine/two-tranche-project.ts).
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readProjectFile } from '@shared/model/project-file'
import { runModel } from '@shared/engine'
import { buildMemoHtml, defaultReviewCase, readReviewFile, runReview, writeReviewFile, REVIEW_FORMAT, REVIEW_SCHEMA_VERSION, type ReviewBody } from '@shared/review'
import { reviewCaseSchema } from '@shared/review/schema'
import { twoTranches } from '../engine/two-tranche-project'

const col = (xs: readonly { toNumber(): number }[]) => xs.map((x) => x.toNumber())

describe('review case with FX stress', () => {
  it('INR 25 %/yr weaker: the INR tranche costs 139,200 and 82,944 in 2027–2028 (base 174,000 and 129,600)', () => {
    const p = twoTranches(false)
    const r = runReview(p, { ...defaultReviewCase(p), fxDepreciationPerYear: '0.25' })
    if (!r.ok) throw new Error('invalid')
    expect(col(r.base.financing.debtService)).toEqual([0, 304000, 249600, 110000])
    expect(col(r.review.financing.debtService)).toEqual([0, 269200, 202944, 110000])
    // The same as the engine's scenario with the recycler's debt held.
    const direct = runModel(p, { scenario: { id: 's', name: 's', fxDepreciationPerYear: '0.25' }, fixedDebt: runModel(p).debt })
    expect(r.review.metrics.minDscr).toEqual(direct.metrics.minDscr)
    // 2027 binds: interest 30,000 + 19,200 (base 54,000), so CFADS 485,483.33 − 25 % × 4,800 = 484,283.33; / 269,200 = 1.7990x.
    expect(r.review.metrics.minDscr.ok && r.review.metrics.minDscr.value.toFixed(4)).toBe('1.7990')
    expect(r.base.metrics.minDscr.ok && r.base.metrics.minDscr.value.toFixed(4)).toBe('1.5970')
  })
  it('the FX multiplier moves every year, close included: INR 100 then 125 at × 1.25, the INR amounts held', () => {
    const p = twoTranches(false)
    const r = runReview(p, { ...defaultReviewCase(p), fxMultiplier: '1.25' })
    if (!r.ok) throw new Error('invalid')
    // 2027: 130,000 + (1.92 m + 12 m) / 100; 2028: 120,000 + (0.96 m + 12 m) / 125.
    expect(col(r.review.financing.debtService)).toEqual([0, 269200, 223680, 110000])
  })
  it('hedged: the review case\'s debt service is the base case\'s under either stress', () => {
    const p = twoTranches(true)
    const r = runReview(p, { ...defaultReviewCase(p), fxMultiplier: '1.25', fxDepreciationPerYear: '0.25' })
    if (!r.ok) throw new Error('invalid')
    expect(r.review.financing.debtService.map(String)).toEqual(r.base.financing.debtService.map(String))
  })
  it('neutral by absence: the default case has no FX keys; the schema bounds them', () => {
    const p = twoTranches(false)
    expect('fxMultiplier' in defaultReviewCase(p)).toBe(false)
    const rc = defaultReviewCase(p)
    expect(reviewCaseSchema.safeParse({ ...rc, fxDepreciationPerYear: '0.04', fxMultiplier: '1.1' }).success).toBe(true)
    expect(reviewCaseSchema.safeParse({ ...rc, fxDepreciationPerYear: '1.5' }).success).toBe(false)
    expect(reviewCaseSchema.safeParse({ ...rc, fxMultiplier: '0' }).success).toBe(false)
  })
  it('a review file carries them through write and read, and the memo states them', () => {
    const p = twoTranches(false)
    const body: ReviewBody = {
      format: REVIEW_FORMAT, schemaVersion: REVIEW_SCHEMA_VERSION, project: { id: p.id, name: p.name, sha256: '0'.repeat(64) }, reviewer: { name: 'A', organisation: 'B' },
      createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', reviewCase: { ...defaultReviewCase(p), fxMultiplier: '1.1', fxDepreciationPerYear: '0.04' }, notes: [], summary: ''
    }
    const back = readReviewFile(writeReviewFile(body))
    expect(back).toEqual({ ok: true, review: body })
    const r = runReview(p, body.reviewCase)
    if (!r.ok) throw new Error('invalid')
    const memo = buildMemoHtml({ project: p, reviewProject: r.reviewProject, base: r.base, review: r.review, body, meta: { date: '2026-01-01', modelVersion: 't', projectSha256: '0' } })
    expect(memo.body).toContain('FX ×1.1 (units per USD)')
    expect(memo.body).toContain('INR/JPY weaker 4 % a year from financial close')
  })
})

describe('the e2e fixture tests/fixtures/fx-two-tranche-project.json', () => {
  it('is the two-tranche hand case (renamed), so tests/e2e/review.spec.ts\'s figures are this file\'s', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../fixtures/fx-two-tranche-project.json'), 'utf8')
    const read = readProjectFile(text)
    if (!read.ok) throw new Error('fixture unreadable')
    expect({ ...read.value, id: 'x', name: 'x' }).toEqual({ ...twoTranches(false), id: 'x', name: 'x' })
    const r = runReview(read.value, { ...defaultReviewCase(read.value), fxDepreciationPerYear: '0.25' })
    if (!r.ok) throw new Error('invalid')
    // What the e2e reads in the comparison: min DSCR 1.60x base, 1.80x with INR 25 %/yr weaker.
    expect(r.base.metrics.minDscr.ok && r.base.metrics.minDscr.value.toFixed(2)).toBe('1.60')
    expect(r.review.metrics.minDscr.ok && r.review.metrics.minDscr.value.toFixed(2)).toBe('1.80')
  })
})
