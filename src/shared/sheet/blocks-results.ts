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
import { t, type Locale } from '../i18n'

/** The metrics a credit committee reads first, in this order (keys and names from the metric registry). */
export const SHEET_HEADLINE_KEYS = ['minDscr', 'avgDscr', 'llcr', 'projectIrr', 'equityIrr', 'npv', 'paybackYears', 'bankableOfftakeCoverage'] as const
type HeadlineKey = (typeof SHEET_HEADLINE_KEYS)[number]
export const SHEET_HEADLINE: readonly { key: MetricKey; label: string }[] = SHEET_HEADLINE_KEYS.map((key) => ({ key, label: metricLabel(key, 'sheetLabel') }))

/** A headline figure exactly as the app's Results cards print it. */
export const headlineText = (result: ModelResult, key: MetricKey, unit: DisplayUnit = 'full'): string => formatMetric(key, result.metrics[key as keyof ModelResult['metrics']] as never, result.currency, unit)

/** "n/a — reason" is long; the sheet shows "n/a" with the reason as a footnote-sized line. */
function figure(text: string): Html {
  if (!text.startsWith('n/a — ')) return html`<span class="fig">${text}</span>`
  return html`<span class="fig">n/a</span><span class="why">${text.slice(6)}</span>`
}

export function headlineCards(result: ModelResult, unit: DisplayUnit = 'full', locale: Locale = 'en'): Html {
  const rate = formatPercent(result.metrics.discountRate, 2)
  return html`<div class="cards">${SHEET_HEADLINE.map(
    ({ key, label }) => html`<div class="card" data-metric="${key}"><span class="lbl">${locale === 'en' ? label : t(locale, `metric.${key as HeadlineKey}`)}${key === 'npv' ? ` @\u00a0${rate.replace(' ', '\u00a0')}` : ''}</span>${figure(headlineText(result, key, unit))}</div>`
  )}</div>`
}

const GRADE_TEXT: Record<Grade, string> = { green: 'Green', amber: 'Amber', red: 'Red', na: 'n/a' }

/**
 * The checklist on the one-page sheet: a met threshold says only "met" (one line in the narrow reason
 * column), a miss says why. `onlyMisses` (the densest step) lists the misses and counts the rest met.
 */
export function checklistTable(items: readonly CheckItem[], onlyMisses = false, locale: Locale = 'en'): Html {
  const shown = onlyMisses ? items.filter((i) => i.grade === 'amber' || i.grade === 'red') : items
  const rest = items.length - shown.length
  return html`<table class="grid-table checklist">${shown.map(
    (i) => html`<tr class="g-${i.grade}"><td><span class="dot" aria-label="${GRADE_TEXT[i.grade]}"></span>${i.metricKey ? metricLabel(i.metricKey, 'sheetLabel') : i.label}</td><td class="num">${i.value.startsWith('n/a') ? 'n/a' : i.value}</td><td class="dim">${i.threshold}</td><td class="reason">${i.grade === 'green' ? t(locale, 'sheet.checklist.met') : i.reason}</td></tr>`
  )}${rest > 0 ? html`<tr><td colspan="4" class="dim">${t(locale, 'sheet.checklist.more', { count: rest })}</td></tr>` : ''}</table>`
}

/** Feedstock supply coverage (§13), a line only for a project with supply contracts. */
function supplyLine(project: Project, result: ModelResult): Html | string {
  const list = project.supplyContracts ?? []
  if (list.length === 0) return ''
  const rated = list.filter((k) => isInvestmentGrade(k.rating)).length
  return html`<p class="line">Feed under supply contracts over the loan life: ${formatMetric('supplyCoverage', result.metrics.supplyCoverage, result.currency)} of the feed processed (lender asks ≥ ${formatPercent(project.lender.minSupplyCoverage ?? '0', 0)}); ${list.length} contract${list.length === 1 ? '' : 's'}, ${rated} with an investment-grade supplier.</p>`
}

/** Offtake contracts against the loan: volume, rating, tenor end vs final maturity, bankability; coverage. */
export function offtakeBlock(project: Project, result: ModelResult, maxRows = 6, locale: Locale = 'en'): Html {
  const maturity = result.financing.maturityPeriod ? result.periods[result.financing.maturityPeriod - 1]?.end ?? null : null
  const c = result.currency
  const rows = project.offtake.slice(0, maxRows).map((k) => {
    const product = project.products.find((p) => p.id === k.productId)
    const r = result.contracts.find((x) => x.contractId === k.id)
    const unit = product ? productUnitOf(product.metal) : 't'
    const volume = k.volume.basis === 'share' ? t(locale, 'sheet.offtake.share', { share: formatPercent(k.volume.share, 0) }) : `${formatQuantity(k.volume.productUnitsPerYear, 1)} ${unit}/yr`
    const years = (Date.parse(k.endDate) - Date.parse(k.startDate)) / (365.25 * 86400000)
    // How far the contract falls short of final maturity, in years: the lender's first question about offtake.
    const shortYears = maturity === null ? 0 : (Date.parse(maturity) - Date.parse(k.endDate)) / (365.25 * 86400000)
    const covers = maturity === null ? '—' : k.endDate >= maturity ? t(locale, 'sheet.offtake.covers') : t(locale, 'sheet.offtake.short', { month: k.endDate.slice(0, 7), years: shortYears.toFixed(1) })
    return html`<tr><td>${k.counterparty}</td><td>${product?.name ?? k.productId}</td><td class="nw">${volume}</td><td class="nw">${k.rating}</td><td class="num">${formatPercent(k.takeOrPay, 0)}</td><td class="num">${t(locale, 'sheet.offtake.years', { years: years.toFixed(1) })}</td><td class="${maturity !== null && k.endDate < maturity ? 'warn' : ''}">${covers}</td><td>${r?.bankable ? t(locale, 'sheet.yes') : t(locale, 'sheet.no')}</td></tr>`
  })
  const more = project.offtake.length > maxRows ? html`<tr><td colspan="8" class="dim">${t(locale, 'sheet.offtake.more', { count: project.offtake.length - maxRows })}</td></tr>` : ''
  const loan = result.financing.maturityPeriod && result.financing.firstRepaymentPeriod
    ? t(locale, 'sheet.offtake.loan', { years: Math.max(...project.financing.tranches.map((x) => x.tenorYears)), maturity: maturity ?? '' }) : t(locale, 'sheet.offtake.noDebt')
  return html`<p class="line">${t(locale, 'sheet.offtake.coverage', { contracted: formatMetric('offtakeCoverage', result.metrics.offtakeCoverage, c), bankable: formatMetric('bankableOfftakeCoverage', result.metrics.bankableOfftakeCoverage, c), min: formatPercent(project.lender.minBankableCoverage, 0), loan })}</p>
${supplyLine(project, result)}
${project.offtake.length === 0 ? html`<p class="line warn">${t(locale, 'sheet.offtake.none')}</p>` : html`<table class="grid-table offtake"><tr>${(['counterparty', 'product', 'volume', 'rating'] as const).map((k) => html`<th>${t(locale, `sheet.offtake.${k}`)}</th>`)}<th class="num">${t(locale, 'sheet.offtake.top')}</th><th class="num">${t(locale, 'sheet.offtake.tenor')}</th><th>${t(locale, 'sheet.offtake.vsLoan')}</th><th>${t(locale, 'sheet.offtake.bankable')}</th></tr>${rows}${more}</table>`}`
}

const metricText = (m: SheetMetric, kind: SheetTornado['metric'], currency: Project['reportingCurrency']): string =>
  m.ok ? formatMetric(kind, m.value, currency) : 'n/a'

export function tornadoBlock(tornado: SheetTornado | null | undefined, currency: Project['reportingCurrency'], maxRows = 5, locale: Locale = 'en'): Html {
  if (!tornado) return html`<p class="dim">${t(locale, 'sheet.tornado.none')}</p>`
  const name = t(locale, `sheet.tornado.${tornado.metric}`)
  const step = formatPercent(tornado.step, 0)
  return html`<p class="line">${t(locale, 'sheet.tornado.effect', { metric: name, base: metricText(tornado.base, tornado.metric, currency), step })}</p>
<table class="grid-table tornado"><tr><th>${t(locale, 'sheet.tornado.driver')}</th><th class="num">−${step}</th><th class="num">+${step}</th></tr>${tornado.rows.slice(0, maxRows).map(
    (r) => html`<tr><td>${r.label}</td><td class="num">${metricText(r.low, tornado.metric, currency)}</td><td class="num">${metricText(r.high, tornado.metric, currency)}</td></tr>`
  )}${tornado.rows.length > maxRows ? html`<tr><td colspan="3" class="dim">${t(locale, 'sheet.tornado.more', { count: tornado.rows.length - maxRows })}</td></tr>` : ''}</table>`
}

/** A multiplier as "prices −23.4 %" (how far prices can move before the target is missed). */
function move(m: SheetMetric | null): string {
  if (m === null) return '—'
  if (!m.ok) return m.reason.includes('holds even') ? 'holds at 0' : m.reason.includes('not reached') ? 'not reached' : 'n/a'
  const d = new Decimal(m.value).minus(1)
  return `${d.isNegative() ? '−' : '+'}${formatPercent(d.abs(), 1)}`
}

export function breakevenBlock(b: SheetBreakevens | null | undefined, maxRows = 5, locale: Locale = 'en'): Html {
  if (!b) return html`<p class="dim">${t(locale, 'sheet.breakeven.none')}</p>`
  return html`<p class="line">${t(locale, 'sheet.breakeven.intro')}</p>
<table class="grid-table breakeven"><tr><th>${t(locale, 'sheet.breakeven.prices')}</th><th class="num">DSCR 1.00x</th><th class="num">${t(locale, 'sheet.breakeven.covenant', { value: dec(b.covenantDscr).toFixed(2) })}</th><th class="num">NPV 0</th></tr>${b.rows.slice(0, maxRows).map(
    (r) => html`<tr><td>${r.name}</td><td class="num">${move(r.minDscr1)}</td><td class="num">${move(r.covenant)}</td><td class="num">${move(r.npv0)}</td></tr>`
  )}${b.rows.length > maxRows ? html`<tr><td colspan="4" class="dim">${t(locale, 'sheet.breakeven.more', { count: b.rows.length - maxRows })}</td></tr>` : ''}</table>`
}

export function risksBlock(project: Project, maxRows = 6, locale: Locale = 'en'): Html {
  const risks = project.sheet.risks.filter((r) => r.risk.trim() || r.mitigant.trim())
  if (risks.length === 0) return html`<p class="dim">${t(locale, 'sheet.risks.none')}</p>`
  const shown = risks.slice(0, maxRows)
  return html`<table class="grid-table risks"><tr><th>${t(locale, 'sheet.risks.risk')}</th><th>${t(locale, 'sheet.risks.mitigant')}</th></tr>${shown.map((r) => html`<tr><td><div>${r.risk}</div></td><td><div>${r.mitigant}</div></td></tr>`)}${
    risks.length > shown.length ? html`<tr><td colspan="2" class="dim">${t(locale, 'sheet.risks.more', { count: risks.length - shown.length })}</td></tr>` : ''
  }</table>`
}
