import type { DisplayUnit } from '../format/display-unit'
import { Decimal, dec } from '../decimal'
import type { ModelResult } from '../engine/types'
import { isInvestmentGrade, productUnitOf, type Project } from '../model'
import type { CheckItem, Grade } from '../format/checklist'
import { formatMetric, type MetricKey } from '../format/metrics'
import { metricLabel } from '../metrics/registry'
import { formatPercent, formatQuantity } from '../format/money'
import { html, type Html } from './html'
import type { SheetBreakevens, SheetMetric, SheetTornado } from './types'

/** The metrics a credit committee reads first, in this order (keys and names from the metric registry). */
export const SHEET_HEADLINE: readonly { key: MetricKey; label: string }[] = (
  ['minDscr', 'avgDscr', 'llcr', 'projectIrr', 'equityIrr', 'npv', 'paybackYears', 'bankableOfftakeCoverage'] as const
).map((key) => ({ key, label: metricLabel(key, 'sheetLabel') }))

/** A headline figure exactly as the app's Results cards print it. */
export const headlineText = (result: ModelResult, key: MetricKey, unit: DisplayUnit = 'full'): string => formatMetric(key, result.metrics[key as keyof ModelResult['metrics']] as never, result.currency, unit)

/** "n/a — reason" is long; the sheet shows "n/a" with the reason as a footnote-sized line. */
function figure(text: string): Html {
  if (!text.startsWith('n/a — ')) return html`<span class="fig">${text}</span>`
  return html`<span class="fig">n/a</span><span class="why">${text.slice(6)}</span>`
}

export function headlineCards(result: ModelResult, unit: DisplayUnit = 'full'): Html {
  const rate = formatPercent(result.metrics.discountRate, 2)
  return html`<div class="cards">${SHEET_HEADLINE.map(
    ({ key, label }) => html`<div class="card" data-metric="${key}"><span class="lbl">${label}${key === 'npv' ? ` @\u00a0${rate.replace(' ', '\u00a0')}` : ''}</span>${figure(headlineText(result, key, unit))}</div>`
  )}</div>`
}

const GRADE_TEXT: Record<Grade, string> = { green: 'Green', amber: 'Amber', red: 'Red', na: 'n/a' }

/**
 * The checklist on the one-page sheet: a met threshold says only "met" (one line in the narrow reason
 * column), a miss says why. `onlyMisses` (the densest step) lists the misses and counts the rest met.
 */
export function checklistTable(items: readonly CheckItem[], onlyMisses = false): Html {
  const shown = onlyMisses ? items.filter((i) => i.grade === 'amber' || i.grade === 'red') : items
  const rest = items.length - shown.length
  return html`<table class="grid-table checklist">${shown.map(
    (i) => html`<tr class="g-${i.grade}"><td><span class="dot" aria-label="${GRADE_TEXT[i.grade]}"></span>${i.metricKey ? metricLabel(i.metricKey, 'sheetLabel') : i.label}</td><td class="num">${i.value.startsWith('n/a') ? 'n/a' : i.value}</td><td class="dim">${i.threshold}</td><td class="reason">${i.grade === 'green' ? 'met' : i.reason}</td></tr>`
  )}${rest > 0 ? html`<tr><td colspan="4" class="dim">+ ${rest} more met or not applicable (the full checklist is in the app)</td></tr>` : ''}</table>`
}

/** Feedstock supply coverage (§13), a line only for a project with supply contracts. */
function supplyLine(project: Project, result: ModelResult): Html | string {
  const list = project.supplyContracts ?? []
  if (list.length === 0) return ''
  const rated = list.filter((k) => isInvestmentGrade(k.rating)).length
  return html`<p class="line">Feed under supply contracts over the loan life: ${formatMetric('supplyCoverage', result.metrics.supplyCoverage, result.currency)} of the feed processed (lender asks ≥ ${formatPercent(project.lender.minSupplyCoverage ?? '0', 0)}); ${list.length} contract${list.length === 1 ? '' : 's'}, ${rated} with an investment-grade supplier.</p>`
}

/** Offtake contracts against the loan: volume, rating, tenor end vs final maturity, bankability; coverage. */
export function offtakeBlock(project: Project, result: ModelResult, maxRows = 6): Html {
  const maturity = result.financing.maturityPeriod ? result.periods[result.financing.maturityPeriod - 1]?.end ?? null : null
  const c = result.currency
  const rows = project.offtake.slice(0, maxRows).map((k) => {
    const product = project.products.find((p) => p.id === k.productId)
    const r = result.contracts.find((x) => x.contractId === k.id)
    const unit = product ? productUnitOf(product.metal) : 't'
    const volume = k.volume.basis === 'share' ? `${formatPercent(k.volume.share, 0)} of output` : `${formatQuantity(k.volume.productUnitsPerYear, 1)} ${unit}/yr`
    const years = (Date.parse(k.endDate) - Date.parse(k.startDate)) / (365.25 * 86400000)
    // How far the contract falls short of final maturity, in years: the lender's first question about offtake.
    const shortYears = maturity === null ? 0 : (Date.parse(maturity) - Date.parse(k.endDate)) / (365.25 * 86400000)
    const covers = maturity === null ? '—' : k.endDate >= maturity ? 'covers loan' : `ends ${k.endDate.slice(0, 7)}, ${shortYears.toFixed(1)} y short`
    return html`<tr><td>${k.counterparty}</td><td>${product?.name ?? k.productId}</td><td class="nw">${volume}</td><td class="nw">${k.rating}</td><td class="num">${formatPercent(k.takeOrPay, 0)}</td><td class="num">${years.toFixed(1)} y</td><td class="${maturity !== null && k.endDate < maturity ? 'warn' : ''}">${covers}</td><td>${r?.bankable ? 'yes' : 'no'}</td></tr>`
  })
  const more = project.offtake.length > maxRows ? html`<tr><td colspan="8" class="dim">+ ${project.offtake.length - maxRows} more contracts in the project file</td></tr>` : ''
  const loan = result.financing.maturityPeriod && result.financing.firstRepaymentPeriod
    ? `loan tenor ${Math.max(...project.financing.tranches.map((t) => t.tenorYears))} years to ${maturity}` : 'no debt'
  return html`<p class="line">Coverage over the loan life: ${formatMetric('offtakeCoverage', result.metrics.offtakeCoverage, c)} contracted, ${formatMetric('bankableOfftakeCoverage', result.metrics.bankableOfftakeCoverage, c)} bankable (lender asks ≥ ${formatPercent(project.lender.minBankableCoverage, 0)}); ${loan}.</p>
${supplyLine(project, result)}
${project.offtake.length === 0 ? html`<p class="line warn">No offtake contracts: all output is sold merchant.</p>` : html`<table class="grid-table offtake"><tr><th>Counterparty</th><th>Product</th><th>Volume</th><th>Rating</th><th class="num">ToP</th><th class="num">Tenor</th><th>vs loan</th><th>Bankable</th></tr>${rows}${more}</table>`}`
}

const metricText = (m: SheetMetric, kind: SheetTornado['metric'], currency: Project['reportingCurrency']): string =>
  m.ok ? formatMetric(kind, m.value, currency) : 'n/a'

export function tornadoBlock(t: SheetTornado | null | undefined, currency: Project['reportingCurrency'], maxRows = 5): Html {
  if (!t) return html`<p class="dim">Sensitivities not computed.</p>`
  const name = t.metric === 'minDscr' ? 'minimum DSCR' : t.metric === 'equityIrr' ? 'equity IRR' : 'NPV'
  const step = formatPercent(t.step, 0)
  return html`<p class="line">Effect on ${name} (base ${metricText(t.base, t.metric, currency)}) of each input −/+ ${step}:</p>
<table class="grid-table tornado"><tr><th>Driver</th><th class="num">−${step}</th><th class="num">+${step}</th></tr>${t.rows.slice(0, maxRows).map(
    (r) => html`<tr><td>${r.label}</td><td class="num">${metricText(r.low, t.metric, currency)}</td><td class="num">${metricText(r.high, t.metric, currency)}</td></tr>`
  )}${t.rows.length > maxRows ? html`<tr><td colspan="3" class="dim">+ ${t.rows.length - maxRows} smaller drivers</td></tr>` : ''}</table>`
}

/** A multiplier as "prices −23.4 %" (how far prices can move before the target is missed). */
function move(m: SheetMetric | null): string {
  if (m === null) return '—'
  if (!m.ok) return m.reason.includes('holds even') ? 'holds at 0' : m.reason.includes('not reached') ? 'not reached' : 'n/a'
  const d = new Decimal(m.value).minus(1)
  return `${d.isNegative() ? '−' : '+'}${formatPercent(d.abs(), 1)}`
}

export function breakevenBlock(b: SheetBreakevens | null | undefined, maxRows = 5): Html {
  if (!b) return html`<p class="dim">Breakevens not computed.</p>`
  return html`<p class="line">Price change at which the target is just met (debt held):</p>
<table class="grid-table breakeven"><tr><th>Prices</th><th class="num">DSCR 1.00x</th><th class="num">Covenant ${dec(b.covenantDscr).toFixed(2)}x</th><th class="num">NPV 0</th></tr>${b.rows.slice(0, maxRows).map(
    (r) => html`<tr><td>${r.name}</td><td class="num">${move(r.minDscr1)}</td><td class="num">${move(r.covenant)}</td><td class="num">${move(r.npv0)}</td></tr>`
  )}${b.rows.length > maxRows ? html`<tr><td colspan="4" class="dim">+ ${b.rows.length - maxRows} more products in the app’s Scenarios</td></tr>` : ''}</table>`
}

export function risksBlock(project: Project, maxRows = 6): Html {
  const risks = project.sheet.risks.filter((r) => r.risk.trim() || r.mitigant.trim())
  if (risks.length === 0) return html`<p class="dim">No key risks entered yet.</p>`
  const shown = risks.slice(0, maxRows)
  return html`<table class="grid-table risks"><tr><th>Risk</th><th>Mitigant</th></tr>${shown.map((r) => html`<tr><td><div>${r.risk}</div></td><td><div>${r.mitigant}</div></td></tr>`)}${
    risks.length > shown.length ? html`<tr><td colspan="2" class="dim">+ ${risks.length - shown.length} more in the project file</td></tr>` : ''
  }</table>`
}
