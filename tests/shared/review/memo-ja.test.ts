import { describe, expect, it } from 'vitest'
import { buildMemoHtml, defaultReviewCase, projectSha256, runReview, REVIEW_SCHEMA_VERSION, type ReviewBody } from '@shared/review'
import { sheetProject } from '../sheet/sheet-fixtures'

const p = sheetProject()
const body: ReviewBody = {
  format: 'bankable-review', schemaVersion: REVIEW_SCHEMA_VERSION, project: { id: p.id, name: p.name, sha256: projectSha256(p) }, reviewer: { name: '', organisation: 'JBIC' },
  createdAt: '2026-12-01T10:00:00Z', updatedAt: '2026-12-01T11:00:00Z', reviewCase: { ...defaultReviewCase(p), priceHaircut: '0.2', fxDepreciationPerYear: '0.04' },
  notes: [{ id: 'n1', section: 'offtake', path: null, status: 'query', text: 'Tenor <script>', createdAt: '2026-12-01T10:05:00Z' }],
  summary: '条件付きで可'
}
const r = runReview(p, body.reviewCase)
if (!r.ok) throw new Error('invalid')
const memo = (locale?: 'ja') => buildMemoHtml({ project: p, reviewProject: r.reviewProject, base: r.base, review: r.review, body, meta: { date: '2026-12-02', modelVersion: '0.1.0', projectSha256: '0' }, locale })

/** The review memo in Japanese (#20), chosen at export whatever the app's language. */
describe('the Japanese review memo', () => {
  const ja = memo('ja')
  const en = memo()
  it('has Japanese headings, review case, notes and footer, a Japanese date and lang="ja"', () => {
    expect(ja.body).toContain(`<h1>レビュー：${p.name}</h1>`)
    expect(ja.body).toContain('レビュアー, JBIC')
    expect(ja.body).toContain('レビュー・メモ · 2026年12月2日')
    expect(ja.body).toContain('価格 −20 %')
    expect(ja.body).toContain('INR/JPY 融資契約締結から年4 %の減価')
    expect(ja.body).toContain('<h2>コメント（1件）</h2>')
    expect(ja.body).toContain('<span class="st st-query">照会</span></td><td>引取契約')
    expect(ja.body).toContain('Tenor &lt;script&gt;')
    expect(ja.body).toMatch(/data-metric="npv"><td>プロジェクトNPV<\/td>/)
    expect(ja.document).toContain('<html lang="ja">')
    expect(ja.css).toContain('"Noto Sans JP"')
  })
  it('keeps the English memo as it was, and the same figures in both', () => {
    expect(en.body).toContain('Review memo · 2026-12-02')
    expect(en.body).toContain('INR/JPY weaker 4 % a year from financial close')
    expect(en.body).toContain('<span class="st st-query">query</span></td><td>Offtake')
    expect(en.css).not.toContain('Noto Sans JP')
    const figs = (b: string) => [...b.matchAll(/<td class="num( b)?">([^<]*)</g)].map((m) => m[2])
    expect(figs(ja.body)).toEqual(figs(en.body).map((f) => f?.replace(/ years$/, '年')))
    expect(figs(en.body).length).toBeGreaterThan(10)
  })
})
