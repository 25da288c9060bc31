import { describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import { buildSheetHtml, SHEET_HEADLINE } from '@shared/sheet'
import { en, ja } from '@shared/i18n'
import { metricLabel } from '@shared/metrics/registry'
import { hostileProject, HOSTILE, sheetProject, trancheSheetProject } from './sheet-fixtures'
import { escapeHtml } from '@shared/sheet'

const meta = { date: '2026-12-02', modelVersion: '0.1.0', projectSha256: 'a'.repeat(64), pageSize: 'A4' as const }
const text = (body: string) => body.replace(/<[^>]+>/g, ' ')

/** The project sheet in Japanese (#20), chosen at export whatever the app's language. */
describe('the Japanese project sheet', () => {
  const p = sheetProject()
  const result = runModel(p)
  const jaSheet = buildSheetHtml({ project: p, result, meta, locale: 'ja' })
  const enSheet = buildSheetHtml({ project: p, result, meta })

  it('has Japanese headings, stamp, footer and a Japanese date, and lang="ja"', () => {
    for (const h of ['主要指標', 'バンカビリティ・チェックリスト', 'DSCR推移', '引取契約', '資金調達と資金使途', '融資条件', '感応度分析', '損益分岐点', '主要リスクと軽減策']) expect(jaSheet.body).toContain(`<h2>${h}</h2>`)
    expect(jaSheet.body).toContain('プロジェクト概要書 · 2026年12月2日')
    expect(jaSheet.body).toContain('2026年12月2日 Bankable 0.1.0で作成')
    expect(jaSheet.document).toContain('<html lang="ja">')
    expect(jaSheet.document).toContain('— プロジェクト概要書</title>')
    expect(enSheet.document).toContain('<html lang="en">')
    expect(enSheet.body).toContain('Project sheet · 2026-12-02')
  })

  it('writes none of the English sheet’s own words in the parts it translates', () => {
    for (const word of ['Headline metrics', 'Sources and uses', 'Financing terms', 'Sensitivities', 'Breakevens', 'Key risks', 'Total uses', 'Counterparty', 'Generated', 'Capacity', 'Timeline', 'Sponsor:', 'covenant', 'lock-up'])
      expect(text(jaSheet.body)).not.toContain(word)
    expect(text(enSheet.body)).toContain('Headline metrics')
  })

  it('headline cards: the metric registry’s English labels, the catalog’s Japanese ones, the same figures', () => {
    for (const { key, label } of SHEET_HEADLINE) {
      expect(en[`metric.${key}` as keyof typeof en]).toBe(label)
      expect(label).toBe(metricLabel(key, 'sheetLabel'))
      expect(jaSheet.body).toContain(`<span class="lbl">${ja[`metric.${key}` as keyof typeof ja]}`)
    }
    const figs = (b: string) => [...b.matchAll(/<span class="fig">([^<]*)<\/span>/g)].map((m) => m[1])
    // The same digits; only the unit word of a period of years is the language's ("4.3 years" → "4.3年").
    expect(figs(jaSheet.body)).toEqual(figs(enSheet.body).map((f) => f?.replace(/ years$/, '年')))
    expect(figs(jaSheet.body).some((f) => /^\d+\.\d年$/.test(f ?? ''))).toBe(true)
  })

  it('is set in Noto Sans JP after the Latin face, so figures keep the English widths; English adds no font', () => {
    expect(jaSheet.css).toContain('"DejaVu Sans","Liberation Sans",Arial,"Noto Sans JP",sans-serif')
    expect(enSheet.css).not.toContain('Noto Sans JP')
  })

  it('still escapes project text, and the tranche table and lender line read in Japanese', () => {
    const h = hostileProject()
    const body = buildSheetHtml({ project: h, result: runModel(h), meta, locale: 'ja' }).body
    expect(body).not.toMatch(/<script|<img/i)
    expect(body).toContain(escapeHtml(HOSTILE.sponsor))
    const tp = trancheSheetProject()
    const tb = buildSheetHtml({ project: tp, result: runModel(tp), meta, locale: 'ja' }).body
    expect(tb).toContain('<h2>トランシェ別シニアローン</h2>')
    expect(tb).toMatch(/最低DSCR \d\.\d\dx、ロックアップ \d\.\d\dx、LLCR \d\.\d\dx/)
  })
})
