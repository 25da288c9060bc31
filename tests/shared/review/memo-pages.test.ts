import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { readProjectFile } from '@shared/model/project-file'
import { buildMemoHtml, defaultReviewCase, projectSha256, runReview, REVIEW_SCHEMA_VERSION, type ReviewBody } from '@shared/review'
import type { Locale } from '@shared/i18n'
import { chromiumPath } from '../../../src/cli/commands/sheet'
import { japaneseFontFaceCss } from '../../../src/cli/commands/sheet-font'

const SAMPLES = ['india-black-mass-hydromet', 'india-black-mass-three-lenders', 'pgm-catalyst-recovery']
const dir = mkdtempSync(join(tmpdir(), 'bankable-memo-pages-'))
let browser: Browser

beforeAll(async () => {
  const { chromium } = await import('playwright-core')
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'] })
}, 60_000)
afterAll(async () => browser?.close())

/** The memo of a stressed review with two notes, printed A4 as the app prints it (10 mm margins). */
async function memoPdf(sample: string, locale: Locale): Promise<string> {
  const r0 = readProjectFile(readFileSync(`resources/samples/${sample}.json`, 'utf8'))
  if (!r0.ok) throw new Error('sample invalid')
  const p = r0.value
  const body: ReviewBody = {
    format: 'bankable-review', schemaVersion: REVIEW_SCHEMA_VERSION, project: { id: p.id, name: p.name, sha256: projectSha256(p) }, reviewer: { name: 'A. Reviewer', organisation: 'JBIC' },
    createdAt: '2026-12-01T10:00:00Z', updatedAt: '2026-12-01T11:00:00Z', reviewCase: { ...defaultReviewCase(p), priceHaircut: '0.2', capexOverrun: '0.1' },
    notes: [
      { id: 'n1', section: 'offtake', path: null, status: 'query', text: 'Offtake tenor shorter than the loan: confirm the extension option.', createdAt: '2026-12-01T10:05:00Z' },
      { id: 'n2', section: 'financing', path: null, status: 'accepted', text: 'DSRA six months as per term sheet.', createdAt: '2026-12-01T10:06:00Z' }
    ],
    summary: 'Bankable at the reviewer’s thresholds subject to the offtake extension.'
  }
  const r = runReview(p, body.reviewCase)
  if (!r.ok) throw new Error('review invalid')
  const memo = buildMemoHtml({ project: p, reviewProject: r.reviewProject, base: r.base, review: r.review, body, meta: { date: '2026-12-02', modelVersion: '0.1.0', projectSha256: projectSha256(p) }, locale }, (await japaneseFontFaceCss(locale)) ?? '')
  const page = await browser.newPage()
  try {
    await page.route('**/*', (route) => route.abort())
    await page.setContent(memo.document, { waitUntil: 'load' })
    const pdf = join(dir, `${sample}-${locale}.pdf`)
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true, margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } }))
    return pdf
  } finally {
    await page.close()
  }
}

const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1])

/** The Japanese memo fits one page like the English one (#20), with Noto Sans JP embedded. */
describe('the review memo prints on one A4 page in both languages', () => {
  it.each(SAMPLES)('%s', async (sample) => {
    const en = await memoPdf(sample, 'en')
    const ja = await memoPdf(sample, 'ja')
    expect(pages(en)).toBe(1)
    expect(pages(ja)).toBe(1)
    expect(execFileSync('pdffonts', [ja], { encoding: 'utf8' })).toMatch(/NotoSansJP/)
    const text = execFileSync('pdftotext', ['-layout', ja, '-'], { encoding: 'utf8' })
    for (const words of ['レビュー・メモ', 'バンカビリティ・チェックリスト', 'DSCR推移', 'コメント（2件）']) expect(text).toContain(words)
  }, 60_000)
})
