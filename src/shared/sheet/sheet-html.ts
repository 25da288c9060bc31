import { lenderThresholds } from '../format/lender-thresholds'
import { formatDate } from '../format/money'
import type { ModelResult } from '../engine/types'
import { bankabilityChecklist, overallGrade } from '../format/checklist'
import { incompleteText, missingInputs } from '../format/completeness'
import { sizingSentence } from '../analysis/breach-sizing/sentence'
import { breakevenBlock, checklistTable, headlineCards, offtakeBlock, risksBlock, tornadoBlock } from './blocks-results'
import { financingTerms, projectFacts, sourcesAndUses } from './blocks-project'
import { hasTrancheTable, trancheTable } from './blocks-tranches'
import { dscrChartSvg } from './dscr-chart'
import { exposureLine } from './blocks-exposure'
import { eprLine } from './epr-line'
import { html, type Html } from './html'
import { t, type Locale } from '../i18n'
import { SHEET_CSS, pageCss, sheetFontCss } from './sheet-css'
import type { SheetDensity, SheetHtml, SheetInput } from './types'


/**
 * DSCR per repayment period, labelled by the period's end year. Grace periods are left out, as in the
 * Results chart: the covenant is not tested there, and a negative ramp-up DSCR would squash the scale.
 */
export function dscrProfile(result: ModelResult): { labels: string[]; values: (number | null)[]; tested: boolean[] } {
  const idx = result.periods.map((p, i) => (p.isRepayment ? i : -1)).filter((i) => i >= 0)
  if (idx.length === 0 || !idx.some((i) => result.financing.dscr[i]?.ok)) return { labels: [], values: [], tested: [] }
  const labels: string[] = []
  const values: (number | null)[] = []
  for (let i = idx[0]!; i <= idx[idx.length - 1]!; i++) {
    const d = result.financing.dscr[i]
    labels.push(result.periods[i]!.end.slice(0, 4))
    values.push(d?.ok ? d.value.toNumber() : null)
  }
  return { labels, values, tested: values.map(() => true) }
}

/** Row caps and chart height per density step (see SheetDensity). */
const CAPS: Record<SheetDensity, { streams: number; offtake: number; risks: number; drivers: number; breakevens: number; chartPx: number }> = {
  0: { streams: 5, offtake: 6, risks: 6, drivers: 5, breakevens: 5, chartPx: 118 },
  1: { streams: 4, offtake: 4, risks: 4, drivers: 4, breakevens: 4, chartPx: 100 },
  2: { streams: 3, offtake: 3, risks: 3, drivers: 3, breakevens: 3, chartPx: 88 },
  // A fourth step since the checklist grades the waterfall too (§11: cover in every period, sponsor support, default periods).
  3: { streams: 2, offtake: 2, risks: 2, drivers: 2, breakevens: 2, chartPx: 80 },
  // A fifth since the samples turn on supply contracts, by-products and the waterfall's terms (§11, §13): a
  // three-tranche project with all of them needs one more step to keep its one page.
  4: { streams: 2, offtake: 1, risks: 1, drivers: 1, breakevens: 1, chartPx: 72 }
}
// The EPR certificate line (§13) leaves its stated source out from step 1 and is dropped at step 4: the three
// lenders' sample needs every line of that step for its one page (the line would be 10 px over).

function chartBlock(input: SheetInput, heightPx: number, locale: Locale): Html {
  const { project, result } = input
  const p = dscrProfile(result)
  if (p.values.length === 0) return html`<p class="dim">${t(locale, 'sheet.noDebtService')}</p>`
  const covenant = Number(project.lender.minDscr)
  const lockup = Number(project.lender.lockupDscr)
  return html`<div class="chart">${dscrChartSvg({ labels: p.labels, series: [{ name: 'DSCR', color: '#2f6f9f', values: p.values }], tested: p.tested, covenant, lockup, widthPx: 250, heightPx })}</div>
<div class="legend">${t(locale, 'sheet.legend.periods', { months: result.periodMonths })} <span class="nw"><i style="border-color:#b42318"></i>${t(locale, 'sheet.legend.covenant', { value: covenant.toFixed(2) })}</span> <span class="nw"><i style="border-color:#d69e2e"></i>${t(locale, 'sheet.legend.lockup', { value: lockup.toFixed(2) })}</span></div>`
}

/** The sheet's body (inside `.bk-sheet`). Every user string passes through `html`, which escapes it. */
export function sheetBody(input: SheetInput): Html {
  const { project, result, meta } = input
  const locale = input.locale ?? 'en'
  const tr = (key: Parameters<typeof t>[1], values?: Parameters<typeof t>[2]) => t(locale, key, values)
  // An unfinished model (no capex, free feed…) is not graded on the sheet either: a lender would
  // read a green stamp as a verdict (#17). The stamp says what is missing instead.
  const missing = missingInputs(project, result)
  const items = bankabilityChecklist(project, result, locale).map((i) => (missing.length > 0 ? { ...i, grade: 'na' as const, reason: tr('sheet.checklist.notGraded') } : i))
  const grade = overallGrade(items)
  const stamp = missing.length > 0 ? incompleteText(missing, locale) : tr(`sheet.overall.${grade}`)
  // A preset whose thresholds were edited is named so ("…, edited"), never passed off as the preset.
  const thresholds = lenderThresholds(project.lender, locale)
  const lenderName = thresholds.kind === 'preset' || thresholds.kind === 'edited' ? thresholds.name : null
  const sponsor = project.sheet.sponsor.trim()
  const location = project.sheet.location.trim()
  const summary = project.sheet.summary.trim() || project.description.trim()
  const density = input.density ?? 0
  const caps = CAPS[density]
  // English keeps the ISO date it always printed; Japanese reads 2026年12月2日.
  const date = locale === 'en' ? meta.date : formatDate(meta.date, locale)
  return html`<header><div><div class="title" role="heading" aria-level="2">${project.name}</div><div class="sub">${sponsor ? html`${tr('sheet.sponsor')} <b>${sponsor}</b>` : tr('sheet.noSponsor')} · ${location || tr('sheet.noLocation')} · ${tr('sheet.figuresIn', { currency: result.currency })}</div></div>
<div class="stamp"><span class="overall g-${grade}">${stamp}</span><div class="sub">${tr('sheet.kind')} · ${date}</div></div></header>
${summary ? html`<p class="summary${density > 0 ? ' short' : ''}">${summary}</p>` : ''}
<div class="row c64"><section><h2>${tr('sheet.h.project')}</h2>${projectFacts(project, result, caps.streams, locale)}</section><section><h2>${tr('sheet.h.headline')}</h2>${headlineCards(result, input.displayUnit, locale)}</section></div>
<div class="row c73"><section><h2>${tr('sheet.h.checklist')}</h2>${checklistTable(items, density >= 3, locale)}</section><section><h2>${tr('sheet.h.dscr')}</h2>${chartBlock(input, caps.chartPx, locale)}</section></div>
<section><h2>${tr('sheet.h.offtake')}</h2>${offtakeBlock(project, result, caps.offtake, locale)}${density < 4 ? eprLine(project, result, locale, density > 0) : ''}${exposureLine(input.exposure, result.currency, density > 0, locale)}</section>
<div class="row c2"><section><h2>${tr('sheet.h.sourcesUses')}</h2>${sourcesAndUses(result, locale)}</section><section><h2>${tr('sheet.h.financing')}</h2>${financingTerms(project, result, lenderName, locale, density > 0)}</section></div>
${hasTrancheTable(project) ? html`<section><h2>${tr('sheet.h.tranches')}</h2>${trancheTable(project, result, density > 0, locale)}</section>` : ''}
<div class="row c2"><section><h2>${tr('sheet.h.sensitivities')}</h2>${tornadoBlock(input.tornado, result.currency, caps.drivers, locale)}</section><section><h2>${tr('sheet.h.breakevens')}</h2>${breakevenBlock(input.breakevens, caps.breakevens, locale)}</section></div>
${input.breachSizing ? html`<p class="line"><b>${tr('sheet.probabilistic')}</b> ${sizingSentence(input.breachSizing)}</p>` : ''}
<section><h2>${tr('sheet.h.risks')}</h2>${risksBlock(project, caps.risks, locale)}</section>
<footer><span>${tr('sheet.footer', { date, version: meta.modelVersion, pageSize: meta.pageSize })}</span><span>${tr('sheet.sha')} <code>${meta.projectSha256}</code></span></footer>`
}

/**
 * The whole sheet: scoped CSS, body, and a standalone printable document (same markup, same CSS).
 * `fontFaceCss`: @font-face rules with data: URLs for a printer without the app's bundled fonts (the
 * CLI embeds Noto Sans JP for a Japanese sheet); the document's policy then allows data: fonts, and
 * nothing else is loaded.
 */
export function buildSheetHtml(input: SheetInput, fontFaceCss = ''): SheetHtml {
  const locale = input.locale ?? 'en'
  const body = sheetBody(input).value
  const css = SHEET_CSS + sheetFontCss(locale)
  const csp = `default-src 'none'; style-src 'unsafe-inline'${fontFaceCss ? '; font-src data:' : ''}`
  const document = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><title>${html`${input.project.name}`.value} — ${t(locale, 'sheet.title')}</title><style>${fontFaceCss}${pageCss(input.meta.pageSize)}${css}</style></head><body><div class="bk-sheet">${body}</div></body></html>`
  return { css, body, document }
}
