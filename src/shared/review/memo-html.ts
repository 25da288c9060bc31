import { dec } from '../decimal'
import type { ModelResult } from '../engine/types'
import type { Project } from '../model'
import type { CheckItem } from '../format/checklist'
import { lenderThresholds } from '../format/lender-thresholds'
import { dscrChartSvg } from '../sheet/dscr-chart'
import type { MetricKey } from '../format/metrics'
import { metricLabel } from '../metrics/registry'
import { formatPercent } from '../format/money'
import { html, type Html } from '../sheet/html'
import { SHEET_CSS, pageCss } from '../sheet/sheet-css'
import type { ReviewBody } from './schema'
import { sizingSentence } from '../analysis/breach-sizing/sentence'
import type { BreachSizingResult } from '../analysis/breach-sizing/size-to-breach'
import type { DisplayUnit } from '../format/display-unit'
import { checklistBothWays, type Verdict } from './comparison'
import { t, type Locale, type MessageKey } from '../i18n'
import { formatDate } from '../format/money'
import { sheetFontCss } from '../sheet/sheet-css'
import { metricTextIn } from '../sheet/metric-text'

const MEMO_CSS = `
.bk-sheet.memo{height:auto;min-height:0;overflow:visible}
.bk-sheet .cmp td.b{color:#4a5563}
.bk-sheet .st{display:inline-block;padding:0 1.2mm;border-radius:0.8mm;font-weight:700;color:#fff;font-size:6.4pt}
.bk-sheet .st-accepted{background:#1d7a46}.bk-sheet .st-query{background:#b7791f}.bk-sheet .st-rejected{background:#b42318}
.bk-sheet .notes td{white-space:normal}
.bk-sheet .cmp .why{font-size:5.8pt;color:#6b7280;white-space:normal}
`
export const MEMO_CSS_ALL = SHEET_CSS + MEMO_CSS

const MEMO_KEYS = ['minDscr', 'avgDscr', 'llcr', 'projectIrr', 'equityIrr', 'npv', 'paybackYears', 'debtAtCod', 'bankableOfftakeCoverage'] as const
/** English labels are the metric registry's; other languages take the catalog's `metric.*` (a test keeps English in step). */
const keysIn = (locale: Locale): readonly { key: MetricKey; label: string }[] =>
  MEMO_KEYS.map((key) => ({ key, label: locale === 'en' ? metricLabel(key, 'sheetLabel') : t(locale, `metric.${key}`) }))

type GradeName = 'green' | 'amber' | 'red' | 'na'
/** The memo's stamp, as the sheet's: an unfinished model says what it lacks instead of a verdict (#17). */
const gradeText = (g: GradeName, locale: Locale) => t(locale, `memo.grade.${g}`)
const verdictText = (v: Verdict, locale: Locale): string => (v.kind === 'graded' ? gradeText(v.grade as GradeName, locale) : v.text)
const m = (r: ModelResult, k: MetricKey, unit: DisplayUnit, locale: Locale) => metricTextIn(k, r.metrics[k as keyof ModelResult['metrics']] as never, r.currency, unit, locale)
/** A figure for a narrow column: "n/a" with the reason on a second, smaller line. */
const cellText = (text: string): Html => (text.startsWith('n/a — ') ? html`n/a<br><span class="why">${text.slice(6)}</span>` : html`${text}`)

export type MemoInput = {
  project: Project; reviewProject: Project; base: ModelResult; review: ModelResult; body: ReviewBody; meta: { date: string; modelVersion: string; projectSha256: string }
  /** How a note's field is named for a reader ("Interest rate · Senior debt"); without it, the model path. */
  fieldLabel?: (path: string) => string
  /** Senior debt sized to a breach probability on the recycler's project, when one was run on it: one line. */
  breachSizing?: BreachSizingResult | null
  /** Money in the reader's display unit (#17); every digit when absent. */
  displayUnit?: DisplayUnit
  /** The memo's language, chosen at export independently of the app's (#20); English when absent. */
  locale?: Locale
}

/** The workspace sections' names: the catalog's `section.*`, the same words as the app's navigation. */
const sectionTitle = (section: ReviewBody['notes'][number]['section'], locale: Locale): string => t(locale, `section.${section}` as MessageKey)

function caseLine(b: ReviewBody, project: Project, locale: Locale): string {
  const c = b.reviewCase
  const w = (key: MessageKey, values?: Record<string, string | number>) => t(locale, key, values)
  const parts = [
    c.priceDeck ? w('memo.case.ownDeck', { name: c.priceDeck.name }) : w('memo.case.projectDeck', { name: project.prices.decks.find((d) => d.id === project.prices.activeDeckId)?.name ?? '' }),
    w('memo.case.prices', { value: formatPercent(c.priceHaircut, 1) }), w('memo.case.recoveries', { value: formatPercent(c.recoveryHaircut, 1) }), w('memo.case.volumes', { value: formatPercent(c.volumeHaircut, 1) }),
    w('memo.case.capex', { value: formatPercent(c.capexOverrun, 1) }), w('memo.case.delay', { months: String(c.delayMonths) }),
    ...(c.fxMultiplier !== undefined ? [w('memo.case.fx', { value: String(c.fxMultiplier) })] : []),
    ...(c.fxDepreciationPerYear !== undefined ? [w('memo.case.fxTrend', { direction: dec(c.fxDepreciationPerYear).isNegative() ? 'stronger' : 'weaker', value: formatPercent(dec(c.fxDepreciationPerYear).abs().toString(), 1) })] : []),
    c.resizeDebt ? w('memo.case.resized') : w('memo.case.held'),
    w('memo.case.thresholds', { name: lenderThresholds(c.lender, locale).name, minDscr: dec(c.lender.minDscr).toFixed(2), lockup: dec(c.lender.lockupDscr).toFixed(2), llcr: dec(c.lender.minLlcr).toFixed(2) })
  ]
  return parts.join(' · ')
}

function dscrSeries(r: ModelResult): (number | null)[] {
  return r.financing.dscr.map((d, i) => (d.ok && r.periods[i]!.isRepayment ? d.value.toNumber() : null))
}

/** Base and review side by side: metrics, checklists, DSCR profiles. Used on screen and in the memo. */
export function comparisonHtml(input: Omit<MemoInput, 'body' | 'meta'>): Html {
  const { project, reviewProject, base, review } = input
  const unit = input.displayUnit ?? 'full'
  const locale = input.locale ?? 'en'
  const w = (key: MessageKey, values?: Record<string, string | number>) => t(locale, key, values)
  const checks = checklistBothWays(project, base, reviewProject, review, locale)
  const gradeCell = (i: CheckItem | undefined) => (i ? html`<td class="g-${i.grade}"><span class="dot"></span>${i.value.startsWith('n/a') ? 'n/a' : i.value} <span class="dim">${gradeText(i.grade as GradeName, locale)}</span></td>` : html`<td></td>`)
  const labels = base.periods.map((p) => p.end.slice(0, 4))
  const first = Math.max(0, dscrSeries(base).findIndex((v) => v !== null))
  const last = Math.max(...dscrSeries(base).map((v, i) => (v === null ? -1 : i)), ...dscrSeries(review).map((v, i) => (v === null ? -1 : i)))
  const chart = last < first
    ? html`<p class="dim">${w('sheet.noDebtService')}</p>`
    : dscrChartSvg({
        labels: labels.slice(first, last + 1), covenant: Number(reviewProject.lender.minDscr), lockup: Number(reviewProject.lender.lockupDscr), widthPx: 330, heightPx: 130,
        series: [{ name: 'Base', color: '#2f6f9f', values: dscrSeries(base).slice(first, last + 1) }, { name: 'Review', color: '#b42318', values: dscrSeries(review).slice(first, last + 1) }]
      })
  return html`<div class="row c2"><section><h2>${w('sheet.h.headline')}</h2><table class="grid-table cmp"><tr><th>${w('memo.metric')}</th><th class="num">${w('memo.base')}</th><th class="num">${w('memo.reviewCase')}</th></tr>${keysIn(locale).map(
    ({ key, label }) => html`<tr data-metric="${key}"><td>${label}</td><td class="num b">${cellText(m(base, key, unit, locale))}</td><td class="num">${cellText(m(review, key, unit, locale))}</td></tr>`
  )}</table></section>
<section><h2>${w('sheet.h.dscr')}</h2><div class="chart">${chart}</div><div class="legend">${w('memo.legend', { value: dec(reviewProject.lender.minDscr).toFixed(2) })}</div></section></div>
<section><h2>${w('sheet.h.checklist')}</h2><table class="grid-table checklist"><tr><th>${w('memo.check')}</th><th>${w('memo.baseThresholds', { verdict: verdictText(checks.baseVerdict, locale) })}</th><th>${w('memo.reviewThresholds', { verdict: verdictText(checks.reviewVerdict, locale) })}</th><th>${w('memo.reviewReason')}</th></tr>${checks.rows.map(
    (i) => html`<tr><td>${i.label}</td>${gradeCell(i.base)}${gradeCell(i.review ?? undefined)}<td class="reason">${i.review?.reason ?? ''}</td></tr>`
  )}</table></section>`
}

/**
 * The review memo: what was reviewed (hash), the review case, the comparison, the notes and the conclusion.
 * `fontFaceCss`: @font-face rules with data: URLs for a printer without the app's fonts (as the sheet's).
 */
export function buildMemoHtml(input: MemoInput, fontFaceCss = ''): { css: string; body: string; document: string } {
  const { body: b, project, meta } = input
  const locale = input.locale ?? 'en'
  const w = (key: MessageKey, values?: Record<string, string | number>) => t(locale, key, values)
  // English keeps the ISO date it always printed; Japanese reads 2026年12月2日.
  const date = locale === 'en' ? meta.date : formatDate(meta.date, locale)
  const checks = checklistBothWays(project, input.base, input.reviewProject, input.review, locale)
  // An unfinished recycler's model is unfinished in the review case too: say what it lacks.
  const verdict = checks.baseVerdict.kind === 'incomplete' ? checks.baseVerdict : checks.reviewVerdict
  const stamp = verdict.kind === 'graded' ? html`<span class="overall g-${verdict.grade}">${w(`memo.stamp.${verdict.grade as GradeName}`)}</span>` : html`<span class="overall g-na">${verdict.text}</span>`
  const where = (path: string) => (input.fieldLabel ? html`${input.fieldLabel(path)}` : html`<code>${path}</code>`)
  const notes = b.notes.map((n) => html`<tr><td><span class="st st-${n.status}">${w(`memo.status.${n.status}`)}</span></td><td>${sectionTitle(n.section, locale)}${n.path ? html` · ${where(n.path)}` : ''}</td><td>${n.text}</td></tr>`)
  const body = html`<header><div><h1>${w('memo.heading', { name: project.name })}</h1><div class="sub">${b.reviewer.name || w('memo.reviewer')}${b.reviewer.organisation ? html`, ${b.reviewer.organisation}` : ''} · ${w('sheet.figuresIn', { currency: input.base.currency })}</div></div><div class="stamp">${stamp}<div class="sub">${w('memo.title')} · ${date}</div></div></header>
<p class="line"><b>${w('memo.case')}</b> ${caseLine(b, project, locale)}</p>
${b.summary.trim() ? html`<p class="line"><b>${w('memo.conclusion')}</b> ${b.summary}</p>` : ''}
${input.breachSizing ? html`<p class="line"><b>${w('sheet.probabilistic')}</b> ${sizingSentence(input.breachSizing)}</p>` : ''}
${comparisonHtml(input)}
<section><h2>${w('memo.notes', { count: String(b.notes.length) })}</h2>${b.notes.length ? html`<table class="grid-table notes"><tr><th>${w('memo.status')}</th><th>${w('memo.where')}</th><th>${w('memo.note')}</th></tr>${notes}</table>` : html`<p class="dim">${w('memo.noNotes')}</p>`}</section>
<footer><span>${w('memo.footer', { version: meta.modelVersion, name: b.project.name })}</span><span>${w('sheet.sha')} <code>${meta.projectSha256}</code></span></footer>`.value
  const css = MEMO_CSS_ALL + sheetFontCss(locale)
  const csp = `default-src 'none'; style-src 'unsafe-inline'${fontFaceCss ? '; font-src data:' : ''}`
  const document = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><title>${w('memo.title')}</title><style>${fontFaceCss}${pageCss('A4')}${css}</style></head><body><div class="bk-sheet memo">${body}</div></body></html>`
  return { css, body, document }
}
