import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { runModel } from '@shared/engine'
import { buildSheetHtml, escapeHtml, html, SHEET_HEADLINE } from '@shared/sheet'
import { formatMetric as appFormat } from '@renderer/format/metrics'
import { projectSha256 } from '@shared/review'
import { crowdedProject, HOSTILE, hostileProject, sheetProject, trancheSheetProject } from './sheet-fixtures'
import type { Decimal } from '@shared/decimal'
import { formatByKind } from '@shared/format/metrics'
import { lenderForProject } from '@shared/reference'

const meta = { date: '2025-07-01', modelVersion: '0.1.0', projectSha256: 'a'.repeat(64), pageSize: 'A4' as const }

describe('escaping', () => {
  it('escapes the five HTML specials and backtick', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\``)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;')
  })
  it('html`` escapes every interpolated string, nested html stays markup', () => {
    expect(html`<p>${'<b>'}${html`<i>${'&'}</i>`}</p>`.value).toBe('<p>&lt;b&gt;<i>&amp;</i></p>')
  })
  it('no interpolated string can open a tag (property)', () => {
    fc.assert(fc.property(fc.string(), (s) => !/[<>"']/.test(html`${s}`.value)))
  })
  it('hostile project text never becomes markup in the sheet', () => {
    const p = hostileProject()
    const { document, body } = buildSheetHtml({ project: p, result: runModel(p), meta })
    expect(document).not.toMatch(/<script/i)
    expect(document).not.toMatch(/<img/i)
    expect(document).not.toMatch(/<b>bold/)
    expect(body).toContain(escapeHtml(HOSTILE.name))
    expect(body).toContain(escapeHtml(HOSTILE.sponsor)) // =HYPERLINK stays literal text, not a link
    expect(body).not.toMatch(/<a\s/i)
    expect(body).toContain(escapeHtml(HOSTILE.counterparty))
    expect(body).toContain('&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;')
    // The document is a fixed shape: one style element, no script at all, its own CSP.
    expect(document.match(/<style>/g)).toHaveLength(1)
    expect(document).toContain("default-src 'none'")
  })
})

describe('sheet content', () => {
  const p = sheetProject()
  const result = runModel(p)
  const { body } = buildSheetHtml({ project: p, result, meta: { ...meta, projectSha256: projectSha256(p) } })
  it('carries every headline figure exactly as the app formats it', () => {
    for (const { key } of SHEET_HEADLINE) expect(body).toContain(escapeHtml(appFormat(key, result.metrics[key] as never, result.currency)))
  })
  it('has every section a credit committee reads, the hash and the version', () => {
    for (const h of ['Project', 'Headline metrics', 'Bankability checklist', 'DSCR profile', 'Offtake', 'Sources and uses', 'Financing terms', 'Sensitivities', 'Breakevens', 'Key risks and mitigants'])
      expect(body).toContain(`<h2>${h}</h2>`)
    expect(body).toContain(projectSha256(p))
    expect(body).toContain('Bankable 0.1.0')
    expect(body).toContain('Shakti Metals Recycling Pvt Ltd')
    expect(body).toContain(escapeHtml(p.sheet.risks[5]!.mitigant))
  })
  it('sources equal uses on the sheet', () => {
    const totals = [...body.matchAll(/Total (?:uses|sources)<\/td><td class="num">([^<]+)</g)].map((m) => m[1])
    expect(totals).toHaveLength(2)
    expect(totals[0]).toBe(totals[1])
  })
  it('draws the covenant line and one bar per repayment period (grace is not tested, as in Results)', () => {
    const bars = body.match(/<rect /g)?.length ?? 0
    expect(bars).toBe(result.financing.dscr.filter((d, i) => d.ok && result.periods[i]!.isRepayment).length)
    expect(bars).toBeGreaterThan(0)
    expect(body).toContain('class="covenant"')
  })
})

describe('density (fewer rows, never a cut without saying so)', () => {
  const p = crowdedProject()
  const result = runModel(p)
  const at = (density: 0 | 1 | 2) => buildSheetHtml({ project: p, result, density, meta }).body
  it('density 0 shows 5 streams, 6 contracts and 6 risks, each list ending "+N more"', () => {
    const b = at(0)
    expect(b).toContain('+ 2 more streams')
    expect(b).toContain('+ 2 more contracts in the project file')
    expect(b).toContain('+ 4 more in the project file')
  })
  it('density 2 shows 3 of each and a shorter chart, headline figures unchanged', () => {
    const b = at(2)
    expect(b).toContain('+ 4 more streams')
    expect(b).toContain('+ 5 more contracts in the project file')
    expect(b).toContain('+ 7 more in the project file')
    expect(b).toContain('viewBox="0 0 250 88"')
    for (const { key } of SHEET_HEADLINE) expect(b).toContain(escapeHtml(appFormat(key, result.metrics[key] as never, result.currency)))
  })
})

describe('senior debt by tranche (issue #14)', () => {
  const p = trancheSheetProject()
  const result = runModel(p)
  const { body } = buildSheetHtml({ project: p, result, meta })
  const table = body.slice(body.indexOf('<h2>Senior debt by tranche</h2>'), body.indexOf('</table>', body.indexOf('<h2>Senior debt by tranche</h2>')))
  const row = (name: string) => table.slice(table.indexOf(name), table.indexOf('</tr>', table.indexOf(name)))
  const money = (v: Decimal, c: 'USD' | 'INR') => escapeHtml(formatByKind('money', v, c))
  const t = (id: string) => result.financing.tranches.find((x) => x.id === id)!

  it('one row per tranche: lender with its type, currency, amount at COD in its currency and in INR, tenor, rate, cover', () => {
    const jbic = row('JBIC')
    expect(jbic).toContain('JBIC buyer’s credit (ECA)')
    expect(jbic).toContain('<td>USD</td>')
    expect(jbic).toContain(money(t('jbic').debtAtCodInCurrency, 'USD'))
    expect(jbic).toContain(money(t('jbic').debtAtCod, 'INR'))
    expect(jbic).toContain('10 yr + 12 mo grace<br><span class="dim">annuity, to 2038-06')
    expect(jbic).toContain('5.8 % fixed')
    expect(jbic).toContain('ECA premium 4.5 %; hedged, swap 1.5 %/yr')
    const ifc = row('IFC A loan')
    expect(ifc).toContain('IFC A loan (DFI)')
    // Floating: "base + margin", and the all-in rate of COD's year (2027: base 4.3 % + 3.25 %).
    expect(ifc).toContain('base + 3.25 %')
    expect(ifc).toContain('7.55 % at COD')
    expect(ifc).toContain('unhedged')
    const sbi = row('SBI term loan')
    expect(sbi).toContain('SBI term loan (Commercial bank)')
    expect(sbi).toContain(money(t('sbi').debtAtCodInCurrency, 'INR'))
    expect(sbi).toContain('<td>—</td>') // an INR loan to an INR project carries no cover
  })

  it('the total is the debt at COD and the blended rate, then the FX exposure of debt service; the financing terms leave the terms to the table', () => {
    expect(table).toContain(`<td class="num">${money(result.metrics.debtAtCod, 'INR')}</td>`)
    expect(table).toMatch(/\d+(\.\d+)? % blended/)
    expect(body).toContain('in 3 tranches, pari passu (below)')
    expect(body).toMatch(/Debt service by currency: [\d.]+ % in USD hedged into INR, [\d.]+ % in USD unhedged, [\d.]+ % in INR\./)
    expect(body).not.toContain('<th>Repayment</th>')
  })

  it('compact (denser sheet steps): one line per tranche, the type in a word, the same amounts and rates', () => {
    const b = buildSheetHtml({ project: p, result, meta, density: 1 }).body
    const compact = b.slice(b.indexOf('<h2>Senior debt by tranche</h2>'), b.indexOf('</table>', b.indexOf('<h2>Senior debt by tranche</h2>')))
    expect(compact).toContain('SBI term loan (bank)')
    expect(compact).toContain('<td>10 yr + 12 mo grace</td>')
    expect(compact).not.toContain('at COD</span>')
    expect(compact).toContain(money(t('ifc').debtAtCodInCurrency, 'USD'))
    expect(compact).toContain('base + 3.25 %')
    expect(compact).toContain('<td>ECA 4.5 %, hedged 1.5 %/yr</td>')
  })

  it('a single reporting-currency debt keeps its terms rows and has no tranche table', () => {
    const one = sheetProject()
    const b = buildSheetHtml({ project: one, result: runModel(one), meta }).body
    expect(b).not.toContain('Senior debt by tranche')
    expect(b).toContain('<th>Repayment</th>')
    expect(b).toContain('9.5 % all-in')
  })

  it('tranche names are escaped', () => {
    const q = trancheSheetProject()
    q.financing.tranches[2]!.name = '<img src=x onerror=alert(1)>'
    const b = buildSheetHtml({ project: q, result: runModel(q), meta }).body
    expect(b).not.toMatch(/<img/i)
    expect(b).toContain('&lt;img src=x onerror=alert(1)&gt; (Commercial bank)')
  })
})

describe('lender named on the sheet (#17)', () => {
  const build = (lender: ReturnType<typeof sheetProject>['lender']) => {
    const p = { ...sheetProject(), lender }
    return buildSheetHtml({ project: p, result: runModel(p), meta }).body
  }
  it('a preset as it comes by its name; an edited one says edited; none says as entered', () => {
    const jbic = lenderForProject('export-credit-agency')!
    expect(build(jbic)).toContain(escapeHtml('Export-credit agency (JBIC-style): min DSCR 1.35x'))
    expect(build({ ...jbic, minDscr: '1.4' })).toContain(escapeHtml('Export-credit agency (JBIC-style), edited: min DSCR 1.40x'))
    expect(build({ ...jbic, presetId: null, minDscr: '1.4' })).toContain('thresholds as entered: min DSCR 1.40x')
  })
})

describe('an unfinished model on the sheet (#17)', () => {
  it('is stamped incomplete with what is missing, and its checklist is not graded', () => {
    const p = structuredClone(sheetProject())
    for (const i of p.costs.capex.items) i.amount = '0'
    const { body } = buildSheetHtml({ project: p, result: runModel(p), meta })
    expect(body).toContain('<span class="overall g-na">Incomplete: no capex</span>')
    expect(body).not.toMatch(/class="g-(green|amber|red)"/)
    expect(body).toContain('not graded (see the stamp)')
  })
  it('a finished model keeps its verdict', () => {
    const { body } = buildSheetHtml({ project: sheetProject(), result: runModel(sheetProject()), meta })
    expect(body).not.toContain('Incomplete')
    expect(body).toMatch(/<span class="overall g-(green|amber|red)">/)
  })
  it('money cards in the reader’s display unit when given (#17); every digit without one', () => {
    const p = sheetProject()
    const result = runModel(p)
    const full = buildSheetHtml({ project: p, result, meta }).body
    expect(result.currency).toBe('INR')
    const mn = buildSheetHtml({ project: p, result, meta, displayUnit: 'crore' }).body
    expect(mn).toMatch(/data-metric="npv"><span class="lbl">[^<]*<\/span><span class="fig">-?₹[\d,]+\.\d\d crore<\/span>/)
    expect(full).toMatch(/data-metric="npv"><span class="lbl">[^<]*<\/span><span class="fig">-?₹[\d,]+<\/span>/)
    // A unit INR does not offer is written in full.
    expect(buildSheetHtml({ project: p, result, meta, displayUnit: 'million' }).body).toBe(full)
    // Ratios are the same in either.
    expect(mn.match(/data-metric="minDscr">.*?<\/div>/)?.[0]).toBe(full.match(/data-metric="minDscr">.*?<\/div>/)?.[0])
  })
})
