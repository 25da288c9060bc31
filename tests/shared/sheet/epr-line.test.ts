import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import { parseProject, type Project } from '@shared/model'
import { readProjectFile } from '@shared/model/project-file'
import { eprLine } from '@shared/sheet/epr-line'
import { buildSheetHtml } from '@shared/sheet'

/** The project sheet's EPR line (§13) names where the certificate price came from: the active deck's series, or the EPR block's own. */
function india(): Project {
  const r = readProjectFile(readFileSync('resources/samples/india-black-mass-hydromet.json', 'utf8'))
  if (!r.ok) throw new Error('sample')
  return r.value
}
const text = (p: Project, locale: 'en' | 'ja' = 'en') => String(eprLine(p, runModel(p), locale))

describe('the project sheet’s EPR certificate line', () => {
  it('the sample as stored: the block’s own price, the deck named as listing none, the stated source cut to a line', () => {
    const line = text(india())
    expect(line).toContain('EPR certificates (uncontracted): ₹')
    expect(line).toContain('at ₹5.00/kg (2027) — the EPR block’s own price (deck “Base deck (mid-2025 anchors, USD)” lists none): Battery Waste Management Rules 2022')
    expect(line).toMatch(/…\.<\/p>$/)
  })

  it('priced by the active deck’s series: the deck named, its prices and its source; a deck series changes the life revenue shown', () => {
    const p = india()
    p.prices.decks[0]!.eprPrices = { currency: 'INR', points: [{ year: 2027, pricePerKg: '6' }, { year: 2030, pricePerKg: '7.5' }], source: 'Broker quote (assumption)' }
    const parsed = parseProject(p)
    if (!parsed.ok) throw new Error('invalid')
    const line = text(parsed.value)
    expect(line).toContain('at ₹6.00/kg (2027), ₹7.50/kg (2030) — price deck “Base deck (mid-2025 anchors, USD)”: Broker quote (assumption).')
    const life = (s: string) => s.match(/: (₹[\d,]+) over the life/)![1]
    expect(life(line)).not.toBe(life(text(india())))
    expect(text(parsed.value, 'ja')).toContain('価格デッキ「Base deck (mid-2025 anchors, USD)」: Broker quote (assumption)')
  })

  it('no line without an EPR block', () => {
    const p = india()
    delete p.epr
    expect(text(p)).toBe('')
  })

  it('on the sheet: with its source at the roomiest step, without it on denser ones, dropped at the densest (the one page)', () => {
    const p = india()
    const result = runModel(p)
    const meta = { date: '2026-12-08', modelVersion: '0.1.0', projectSha256: 'a'.repeat(64), pageSize: 'A4' as const }
    const at = (density: 0 | 1 | 4) => buildSheetHtml({ project: p, result, density, meta }).body
    expect(at(0)).toContain('lists none): Battery Waste Management Rules 2022')
    expect(at(1)).toContain('EPR certificates (uncontracted)')
    expect(at(1)).not.toContain('lists none): Battery')
    expect(at(4)).not.toContain('EPR certificates (uncontracted)')
  })
})
