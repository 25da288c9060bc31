import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { dec } from '@shared/decimal'
import { runModel } from '@shared/engine'
import { writeProjectFile } from '@shared/model/project-file'
import {
  defaultReviewCase, delayRampUp, matchReview, projectSha256, readReviewFile, REVIEW_SCHEMA_VERSION, reviewInputs, runReview, sha256Hex, sha256OfText, writeReviewFile, type ReviewBody
} from '@shared/review'
import { sheetProject } from '../sheet/sheet-fixtures'

const nodeSha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

describe('sha256', () => {
  it('matches the FIPS 180-4 vectors', () => {
    expect(sha256OfText('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256OfText('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(sha256OfText('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1')
  })
  it('equals node:crypto on random bytes of every length around the block edges', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 0, maxLength: 300 }), (b) => sha256Hex(b) === nodeSha(b)), { numRuns: 400 })
  })
  it('hashes the project FILE text (UTF-8), so the app and a file agree', () => {
    const p = sheetProject()
    expect(projectSha256(p)).toBe(nodeSha(Buffer.from(writeProjectFile(p), 'utf8')))
    const q = structuredClone(p)
    q.financing.annualRate = '0.096'
    expect(projectSha256(q)).not.toBe(projectSha256(p))
  })
})

const body = (): ReviewBody => {
  const p = sheetProject()
  return {
    format: 'bankable-review', schemaVersion: REVIEW_SCHEMA_VERSION,
    project: { id: p.id, name: p.name, sha256: projectSha256(p) },
    reviewer: { name: 'A. Banker', organisation: 'Example ECA' },
    createdAt: '2025-07-01T10:00:00Z', updatedAt: '2025-07-01T11:00:00.123Z',
    reviewCase: { ...defaultReviewCase(p), priceHaircut: '0.2' },
    notes: [
      { id: 'n1', section: 'financing', path: 'financing.annualRate', status: 'query', text: 'Rate below our pricing <script>', createdAt: '2025-07-01T10:05:00Z' },
      { id: 'n2', section: 'offtake', path: null, status: 'accepted', text: 'Refiner contract fine', createdAt: '2025-07-01T10:06:00Z' }
    ],
    summary: 'Bankable with a 6-month DSRA.'
  }
}

describe('review file', () => {
  it('round-trips', () => {
    const r = readReviewFile(writeReviewFile(body()))
    expect(r).toEqual({ ok: true, review: body() })
  })
  it.each([
    ['truncated', (t: string) => t.slice(0, t.length / 2), /damaged or truncated/],
    ['empty', () => '  ', /empty/],
    ['not a review', () => '{"schemaVersion":1,"id":"p"}', /not a Bankable review/],
    ['an array', () => '[]', /not a Bankable review/],
    ['newer version', (t: string) => t.replace('"schemaVersion": 1', '"schemaVersion": 9'), /newer version of Bankable/],
    ['tampered note', (t: string) => t.replace('Refiner contract fine', 'Refiner contract rejected'), /changed after it was exported/],
    ['tampered status', (t: string) => t.replace('"status": "query"', '"status": "accepted"'), /changed after it was exported/],
    ['bad status', (t: string) => t.replace('"status": "query"', '"status": "maybe"'), /not valid: notes\.0\.status/],
    ['extra key', (t: string) => t.replace('"summary":', '"evil": 1, "summary":'), /not valid/],
    ['bad hash', (t: string) => t.replace(/"sha256": "[0-9a-f]+"/, '"sha256": "xyz"'), /not valid: project\.sha256/],
    ['deep nesting', () => '{"format":"bankable-review","a":' + '['.repeat(50) + ']'.repeat(50) + '}', /nested too deeply/]
  ])('refuses %s with a clear message', (_n, mutate, message) => {
    const r = readReviewFile(mutate(writeReviewFile(body())))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(message)
  })
  it('matches the same project, warns on a changed one, refuses another one', () => {
    const p = sheetProject()
    expect(matchReview(body(), p)).toEqual({ ok: true, changed: false })
    const changed = structuredClone(p)
    changed.costs.opex.fixedPerYear = '1'
    const m = matchReview(body(), changed)
    expect(m.ok && m.changed).toBe(true)
    const other = { ...structuredClone(p), id: 'other' }
    const o = matchReview(body(), other)
    expect(o.ok).toBe(false)
    if (!o.ok) expect(o.message).toMatch(/another project/)
  })
})

describe('review case', () => {
  it('the neutral case reproduces the base case exactly', () => {
    const p = sheetProject()
    const r = runReview(p, defaultReviewCase(p))
    if (!r.ok) throw new Error('invalid')
    expect(r.review.metrics.npv.toString()).toBe(r.base.metrics.npv.toString())
    expect(r.review.metrics.minDscr).toEqual(r.base.metrics.minDscr)
  })
  it('a 20 % price haircut equals the engine run with prices × 0.8 and the base debt held', () => {
    const p = sheetProject()
    const r = runReview(p, { ...defaultReviewCase(p), priceHaircut: '0.2' })
    if (!r.ok) throw new Error('invalid')
    const direct = runModel(p, { priceMultipliers: { all: dec('0.8') }, fixedDebt: runModel(p).debt })
    expect(r.review.metrics.npv.toString()).toBe(direct.metrics.npv.toString())
    expect(r.review.financing.totalDebt.toString()).toBe(r.base.financing.totalDebt.toString())
    expect(r.review.metrics.npv.lt(r.base.metrics.npv)).toBe(true)
  })
  it('re-size debt sizes the loan on the review case', () => {
    const p = sheetProject()
    const r = runReview(p, { ...defaultReviewCase(p), priceHaircut: '0.2', resizeDebt: true })
    if (!r.ok) throw new Error('invalid')
    expect(r.review.financing.totalDebt.lt(r.base.financing.totalDebt)).toBe(true) // sculpted: less CFADS, less debt
  })
  it('the reviewer deck and lender thresholds apply to a copy; the project is untouched', () => {
    const p = sheetProject()
    const before = writeProjectFile(p)
    const rc = { ...defaultReviewCase(p), lender: { ...p.lender, minDscr: '1.5' }, priceDeck: { ...p.prices.decks[0]!, name: 'Bank deck' } }
    const inputs = reviewInputs(p, rc)
    expect(inputs.ok).toBe(true)
    if (inputs.ok) {
      expect(inputs.project.lender.minDscr).toBe('1.5')
      expect(inputs.scenario.priceDeckId).toBe('review-deck')
    }
    expect(writeProjectFile(p)).toBe(before)
  })
  it('delay shifts production by whole months (annual averages), and the first operating period earns less', () => {
    expect(delayRampUp(['0.5', '0.8', '1'], 6)).toEqual(['0.25', '0.65', '0.9', '1'])
    expect(delayRampUp(['1'], 12)).toEqual(['0', '1'])
    expect(delayRampUp(['0.6'], 0)).toEqual(['0.6'])
    const p = sheetProject()
    const r = runReview(p, { ...defaultReviewCase(p), delayMonths: 6 })
    if (!r.ok) throw new Error('invalid')
    expect(r.review.operations.revenue[r.base.codPeriod - 1]!.lt(r.base.operations.revenue[r.base.codPeriod - 1]!)).toBe(true)
  })
})

describe('review memo', () => {
  it('escapes notes and names, and shows base and review side by side', async () => {
    const { buildMemoHtml } = await import('@shared/review')
    const p = sheetProject()
    const b = body()
    const r = runReview(p, b.reviewCase)
    if (!r.ok) throw new Error('invalid')
    const memo = buildMemoHtml({ project: p, reviewProject: r.reviewProject, base: r.base, review: r.review, body: b, meta: { date: '2025-07-01', modelVersion: '0.1.0', projectSha256: b.project.sha256 } })
    expect(memo.body).toContain('Rate below our pricing &lt;script&gt;')
    expect(memo.document).not.toMatch(/<script/i)
    expect(memo.body).toContain('prices −20 %')
    expect(memo.body).toMatch(/data-metric="npv"><td>Project NPV<\/td><td class="num b">[^<]+<\/td><td class="num">[^<]+</)
  })
})
