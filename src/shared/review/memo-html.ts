import { dec } from '../decimal'
import type { ModelResult } from '../engine/types'
import type { Project } from '../model'
import type { CheckItem } from '../format/checklist'
import { lenderThresholds } from '../format/lender-thresholds'
import { dscrChartSvg } from '../sheet/dscr-chart'
import { formatMetric, type MetricKey } from '../format/metrics'
import { metricLabel } from '../metrics/registry'
import { formatPercent } from '../format/money'
import { html, type Html } from '../sheet/html'
import { SHEET_CSS, pageCss } from '../sheet/sheet-css'
import type { ReviewBody } from './schema'
import { sizingSentence } from '../analysis/breach-sizing/sentence'
import type { BreachSizingResult } from '../analysis/breach-sizing/size-to-breach'
import type { DisplayUnit } from '../format/display-unit'
import { checklistBothWays, type Verdict } from './comparison'

const MEMO_CSS = `
.bk-sheet.memo{height:auto;min-height:0;overflow:visible}
.bk-sheet .cmp td.b{color:#4a5563}
.bk-sheet .st{display:inline-block;padding:0 1.2mm;border-radius:0.8mm;font-weight:700;color:#fff;font-size:6.4pt}
.bk-sheet .st-accepted{background:#1d7a46}.bk-sheet .st-query{background:#b7791f}.bk-sheet .st-rejected{background:#b42318}
.bk-sheet .notes td{white-space:normal}
.bk-sheet .cmp .why{font-size:5.8pt;color:#6b7280;white-space:normal}
`
export const MEMO_CSS_ALL = SHEET_CSS + MEMO_CSS

const KEYS: readonly { key: MetricKey; label: string }[] = (
  ['minDscr', 'avgDscr', 'llcr', 'projectIrr', 'equityIrr', 'npv', 'paybackYears', 'debtAtCod', 'bankableOfftakeCoverage'] as const
).map((key) => ({ key, label: metricLabel(key, 'sheetLabel') }))

const GRADE: Record<string, string> = { green: 'Green', amber: 'Amber', red: 'Red', na: 'n/a' }
/** The memo's stamp, as the sheet's: an unfinished model says what it lacks instead of a verdict (#17). */
const STAMP: Record<string, string> = { green: 'Review case: bankable on the reviewer’s thresholds', amber: 'Review case: near the reviewer’s thresholds', red: 'Review case: misses the reviewer’s thresholds', na: 'Review case: not graded' }
const verdictText = (v: Verdict): string => (v.kind === 'graded' ? GRADE[v.grade]! : v.text)
const m = (r: ModelResult, k: MetricKey, unit: DisplayUnit) => formatMetric(k, r.metrics[k as keyof ModelResult['metrics']] as never, r.currency, unit)
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
}

const SECTION_TITLES: Record<ReviewBody['notes'][number]['section'], string> = {
  feedstock: 'Feedstock', recovery: 'Recovery', prices: 'Prices', offtake: 'Offtake', costs: 'Costs', financing: 'Financing', results: 'Results', scenarios: 'Scenarios', sheet: 'Project sheet'
}

function caseLine(b: ReviewBody, project: Project): string {
  const c = b.reviewCase
  const parts = [
    c.priceDeck ? `own price deck “${c.priceDeck.name}”` : `project deck “${project.prices.decks.find((d) => d.id === project.prices.activeDeckId)?.name ?? ''}”`,
    `prices −${formatPercent(c.priceHaircut, 1)}`, `recoveries −${formatPercent(c.recoveryHaircut, 1)}`, `volumes −${formatPercent(c.volumeHaircut, 1)}`,
    `capex +${formatPercent(c.capexOverrun, 1)}`, `start-up delay ${c.delayMonths} months`,
    ...(c.fxMultiplier !== undefined ? [`FX ×${c.fxMultiplier} (units per USD)`] : []),
    ...(c.fxDepreciationPerYear !== undefined ? [`INR/JPY ${dec(c.fxDepreciationPerYear).isNegative() ? 'stronger' : 'weaker'} ${formatPercent(dec(c.fxDepreciationPerYear).abs().toString(), 1)} a year from financial close`] : []),
    c.resizeDebt ? 'debt re-sized' : 'debt held at the base case',
    `thresholds: ${lenderThresholds(c.lender).name}, covenant ${dec(c.lender.minDscr).toFixed(2)}x / lock-up ${dec(c.lender.lockupDscr).toFixed(2)}x / LLCR ${dec(c.lender.minLlcr).toFixed(2)}x`
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
  const checks = checklistBothWays(project, base, reviewProject, review)
  const gradeCell = (i: CheckItem | undefined) => (i ? html`<td class="g-${i.grade}"><span class="dot"></span>${i.value.startsWith('n/a') ? 'n/a' : i.value} <span class="dim">${GRADE[i.grade]}</span></td>` : html`<td></td>`)
  const labels = base.periods.map((p) => p.end.slice(0, 4))
  const first = Math.max(0, dscrSeries(base).findIndex((v) => v !== null))
  const last = Math.max(...dscrSeries(base).map((v, i) => (v === null ? -1 : i)), ...dscrSeries(review).map((v, i) => (v === null ? -1 : i)))
  const chart = last < first
    ? html`<p class="dim">No debt service: no DSCR profile.</p>`
    : dscrChartSvg({
        labels: labels.slice(first, last + 1), covenant: Number(reviewProject.lender.minDscr), lockup: Number(reviewProject.lender.lockupDscr), widthPx: 330, heightPx: 130,
        series: [{ name: 'Base', color: '#2f6f9f', values: dscrSeries(base).slice(first, last + 1) }, { name: 'Review', color: '#b42318', values: dscrSeries(review).slice(first, last + 1) }]
      })
  return html`<div class="row c2"><section><h2>Headline metrics</h2><table class="grid-table cmp"><tr><th>Metric</th><th class="num">Base (recycler)</th><th class="num">Review case</th></tr>${KEYS.map(
    ({ key, label }) => html`<tr data-metric="${key}"><td>${label}</td><td class="num b">${cellText(m(base, key, unit))}</td><td class="num">${cellText(m(review, key, unit))}</td></tr>`
  )}</table></section>
<section><h2>DSCR profile</h2><div class="chart">${chart}</div><div class="legend">Bars: base · red line: review case · dashed: reviewer covenant ${dec(reviewProject.lender.minDscr).toFixed(2)}x</div></section></div>
<section><h2>Bankability checklist</h2><table class="grid-table checklist"><tr><th>Check</th><th>Base, recycler’s thresholds (${verdictText(checks.baseVerdict)})</th><th>Review case, reviewer’s thresholds (${verdictText(checks.reviewVerdict)})</th><th>Review reason</th></tr>${checks.rows.map(
    (i) => html`<tr><td>${i.label}</td>${gradeCell(i.base)}${gradeCell(i.review ?? undefined)}<td class="reason">${i.review?.reason ?? ''}</td></tr>`
  )}</table></section>`
}

/** The review memo: what was reviewed (hash), the review case, the comparison, the notes and the conclusion. */
export function buildMemoHtml(input: MemoInput): { css: string; body: string; document: string } {
  const { body: b, project, meta } = input
  const checks = checklistBothWays(project, input.base, input.reviewProject, input.review)
  // An unfinished recycler's model is unfinished in the review case too: say what it lacks.
  const verdict = checks.baseVerdict.kind === 'incomplete' ? checks.baseVerdict : checks.reviewVerdict
  const stamp = verdict.kind === 'graded' ? html`<span class="overall g-${verdict.grade}">${STAMP[verdict.grade]}</span>` : html`<span class="overall g-na">${verdict.text}</span>`
  const where = (path: string) => (input.fieldLabel ? html`${input.fieldLabel(path)}` : html`<code>${path}</code>`)
  const notes = b.notes.map((n) => html`<tr><td><span class="st st-${n.status}">${n.status}</span></td><td>${SECTION_TITLES[n.section]}${n.path ? html` · ${where(n.path)}` : ''}</td><td>${n.text}</td></tr>`)
  const body = html`<header><div><h1>Review: ${project.name}</h1><div class="sub">${b.reviewer.name || 'Reviewer'}${b.reviewer.organisation ? html`, ${b.reviewer.organisation}` : ''} · figures in ${input.base.currency}, nominal</div></div><div class="stamp">${stamp}<div class="sub">Review memo · ${meta.date}</div></div></header>
<p class="line"><b>Review case:</b> ${caseLine(b, project)}</p>
${b.summary.trim() ? html`<p class="line"><b>Conclusion:</b> ${b.summary}</p>` : ''}
${input.breachSizing ? html`<p class="line"><b>Probabilistic sizing:</b> ${sizingSentence(input.breachSizing)}</p>` : ''}
${comparisonHtml(input)}
<section><h2>Notes (${b.notes.length})</h2>${b.notes.length ? html`<table class="grid-table notes"><tr><th>Status</th><th>Where</th><th>Note</th></tr>${notes}</table>` : html`<p class="dim">No notes.</p>`}</section>
<footer><span>Bankable ${meta.modelVersion} · reviewed project “${b.project.name}”</span><span>Project file SHA-256 <code>${meta.projectSha256}</code></span></footer>`.value
  const document = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>Review memo</title><style>${pageCss('A4')}${MEMO_CSS_ALL}</style></head><body><div class="bk-sheet memo">${body}</div></body></html>`
  return { css: MEMO_CSS_ALL, body, document }
}
