import { setDebt } from '../model/tranche-fixtures'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { dec } from '@shared/decimal'
import { runModel } from '@shared/engine'
import { readProjectFile, writeProjectFile } from '@shared/model/project-file'
import {
  defaultReviewCase, delayRampUp, matchReview, projectSha256, readReviewFile, REVIEW_SCHEMA_VERSION, reviewInputs, runReview, sha256Hex, sha256OfText, upgradeReviewBody, writeReviewFile,
  type ReviewBody
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
    setDebt(q, { annualRate: '0.096' })
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
    ['newer version', (t: string) => t.replace(`"schemaVersion": ${REVIEW_SCHEMA_VERSION}`, '"schemaVersion": 9'), /newer version of Bankable/],
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

const ROOT = resolve(import.meta.dirname, '../../..')
/** A review file written by the version-1 app (tests/fixtures/migrations/README.md), byte for byte. */
const V1_REVIEW = readFileSync(resolve(ROOT, 'tests/fixtures/migrations/v1/review-india-black-mass-hydromet.json'), 'utf8')

describe('review file of format 1 (before unit-carrying names)', () => {
  it('opens as format 2; the prices of the reviewer deck arrive byte for byte as basePricePerUnit; nothing else changes', () => {
    const old = JSON.parse(V1_REVIEW) as { schemaVersion: number; checksum: string; reviewCase: { priceDeck: { prices: Record<string, unknown>[] } } } & Record<string, unknown>
    expect(old.schemaVersion).toBe(1)
    const r = readReviewFile(V1_REVIEW)
    if (!r.ok) throw new Error(r.message)
    expect(r.review.schemaVersion).toBe(2)
    const prices = r.review.reviewCase.priceDeck!.prices
    expect(prices).toHaveLength(old.reviewCase.priceDeck.prices.length)
    prices.forEach((p, i) => {
      const before = old.reviewCase.priceDeck.prices[i]!
      expect(p.mode).toBe('escalating')
      if (p.mode === 'escalating') expect(JSON.stringify(p.basePricePerUnit)).toBe(JSON.stringify(before.basePrice))
      expect(V1_REVIEW).toContain(`"basePrice": ${JSON.stringify(before.basePrice)}`)
    })
    expect(prices.some((p) => p.mode === 'escalating' && p.basePricePerUnit === '1234567.125')).toBe(true)
    // Undo the rename: the body that was written, less its checksum.
    const undone = structuredClone(r.review) as unknown as { reviewCase: { priceDeck: { prices: Record<string, unknown>[] } } } & Record<string, unknown>
    for (const p of undone.reviewCase.priceDeck.prices) {
      p.basePrice = p.basePricePerUnit
      delete p.basePricePerUnit
    }
    const { checksum: _c, ...oldBody } = old
    expect({ ...undone, schemaVersion: 1 }).toEqual(oldBody)
    // Notes keep the paths the reviewer pointed at.
    expect(r.review.notes.map((n) => n.path)).toEqual(['prices.decks.0.prices.2.basePrice', 'feedstock.0.annualQuantity', 'offtake.1.volume.annualQuantity'])
  })

  it('re-written, it is a format-2 file that reads back the same', () => {
    const r = readReviewFile(V1_REVIEW)
    if (!r.ok) throw new Error(r.message)
    const text = writeReviewFile(r.review)
    expect(text).toContain('"schemaVersion": 2')
    expect(text).not.toContain('"basePrice"')
    expect(readReviewFile(text)).toEqual(r)
  })

  it('its checksum still guards it: an edited format-1 file is refused', () => {
    const edited = V1_REVIEW.replace('"basePrice": "1234567.125"', '"basePrice": "1234567.126"')
    expect(edited).not.toBe(V1_REVIEW)
    expect(readReviewFile(edited)).toMatchObject({ ok: false, message: expect.stringMatching(/changed after it was exported/) as unknown })
  })

  it('runs on the version-1 sample read through the project migration (reported as changed: the fingerprint is of the v1 file)', () => {
    const p = readProjectFile(readFileSync(resolve(ROOT, 'tests/fixtures/migrations/v1/india-black-mass-hydromet.json'), 'utf8'))
    const r = readReviewFile(V1_REVIEW)
    if (!p.ok || !r.ok) throw new Error('fixture unreadable')
    // Same project, but its fingerprint was of the version-1 file: reported as changed since the review.
    expect(matchReview(r.review, p.value)).toMatchObject({ ok: true, changed: true })
    const run = runReview(p.value, r.review.reviewCase)
    expect(run.ok).toBe(true)
  })

  it('the upgrade is pure and leaves other versions to the schema', () => {
    const v1 = JSON.parse(V1_REVIEW) as Record<string, unknown>
    const copy = structuredClone(v1)
    upgradeReviewBody(v1)
    expect(v1).toEqual(copy)
    const current = { schemaVersion: REVIEW_SCHEMA_VERSION, reviewCase: { priceDeck: { prices: [{ basePrice: '1' }] } } }
    expect(upgradeReviewBody(current)).toBe(current)
    expect(upgradeReviewBody({ schemaVersion: 1, reviewCase: { priceDeck: null } })).toEqual({ schemaVersion: 2, reviewCase: { priceDeck: null } })
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

  it('writes money in the reader’s display unit when given (#17)', async () => {
    const { buildMemoHtml } = await import('@shared/review')
    const p = sheetProject()
    const b = body()
    const r = runReview(p, b.reviewCase)
    if (!r.ok) throw new Error('invalid')
    const memo = (displayUnit?: 'crore') => buildMemoHtml({ project: p, reviewProject: r.reviewProject, base: r.base, review: r.review, body: b, meta: { date: '2025-07-01', modelVersion: '0.1.0', projectSha256: b.project.sha256 }, displayUnit }).body
    expect(memo('crore')).toMatch(/data-metric="npv"><td>Project NPV<\/td><td class="num b">-?₹[\d,]+\.\d\d crore<\/td><td class="num">-?₹[\d,]+\.\d\d crore</)
    expect(memo()).toMatch(/data-metric="npv"><td>Project NPV<\/td><td class="num b">-?₹[\d,]+<\/td>/)
  })

  it('names a note’s field as the reader knows it when told how, not by its model path', async () => {
    const { buildMemoHtml } = await import('@shared/review')
    const p = sheetProject()
    const b = body()
    const r = runReview(p, b.reviewCase)
    if (!r.ok) throw new Error('invalid')
    const path = b.notes.find((n) => n.path)!.path!
    const memo = buildMemoHtml({ project: p, reviewProject: r.reviewProject, base: r.base, review: r.review, body: b, meta: { date: '2025-07-01', modelVersion: '0.1.0', projectSha256: b.project.sha256 }, fieldLabel: () => 'Interest rate · Senior' })
    expect(memo.body).toContain('Financing · Interest rate · Senior')
    expect(memo.body).not.toContain(path)
  })

  it('a complete model gets the review case’s verdict; an incomplete one says "Incomplete: …" instead (#17)', async () => {
    const { buildMemoHtml, checklistBothWays } = await import('@shared/review')
    const memoOf = (p: ReturnType<typeof sheetProject>) => {
      const b = body()
      const r = runReview(p, b.reviewCase)
      if (!r.ok) throw new Error('invalid')
      const both = checklistBothWays(p, r.base, r.reviewProject, r.review)
      return { both, html: buildMemoHtml({ project: p, reviewProject: r.reviewProject, base: r.base, review: r.review, body: b, meta: { date: '2025-07-01', modelVersion: '0.1.0', projectSha256: b.project.sha256 } }).body }
    }
    const complete = memoOf(sheetProject())
    expect(complete.both.reviewVerdict.kind).toBe('graded')
    expect(complete.html).toMatch(/<span class="overall g-(green|amber|red)">Review case: (bankable on|near|misses) the reviewer’s thresholds<\/span>/)
    expect(complete.html).not.toContain('Incomplete')

    const p = sheetProject()
    const bare = { ...p, costs: { ...p.costs, capex: { ...p.costs.capex, items: p.costs.capex.items.map((i) => ({ ...i, amount: '0' })) }, opex: { ...p.costs.opex, fixedPerYear: '0', variablePerTonne: '0', variablePerUnit: '0', treatmentPerTonne: '0' } } }
    bare.feedstock = bare.feedstock.map((s) => ({ ...s, variableOpexPerTonne: undefined, treatmentPerTonne: undefined, ...(s.kind === 'catalyst' ? { variableOpexPerUnit: undefined } : {}) })) as typeof bare.feedstock
    const incomplete = memoOf(bare)
    expect(incomplete.html).toContain('<span class="overall g-na">Incomplete: no capex, no opex</span>')
    expect(incomplete.html).not.toMatch(/Review case: (bankable|near|misses)/)
    expect(incomplete.html).not.toMatch(/\((Green|Amber|Red)\)/)
  })

  it('names the reviewer’s thresholds in the case line: an edited preset says so', async () => {
    const { buildMemoHtml } = await import('@shared/review')
    const { lenderForProject } = await import('@shared/reference')
    const p = sheetProject()
    const b = body()
    b.reviewCase = { ...b.reviewCase, lender: { ...lenderForProject('export-credit-agency')!, minDscr: '1.4' } }
    const r = runReview(p, b.reviewCase)
    if (!r.ok) throw new Error('invalid')
    const memo = buildMemoHtml({ project: p, reviewProject: r.reviewProject, base: r.base, review: r.review, body: b, meta: { date: '2025-07-01', modelVersion: '0.1.0', projectSha256: b.project.sha256 } })
    expect(memo.body).toContain('thresholds: Export-credit agency (JBIC-style), edited, covenant 1.40x')
  })
})
