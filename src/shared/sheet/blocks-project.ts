import { Decimal, ZERO, dec } from '../decimal'
import type { ModelResult } from '../engine/types'
import { fundingBeforeRepayment } from '../engine/waterfall-metrics'
import type { Project, Tranche } from '../model'
import { formatMetric } from '../format/metrics'
import { formatPercent, formatQuantity } from '../format/money'
import { html, type Html } from './html'
import { hasTrancheTable } from './blocks-tranches'
import { waterfallRow } from './blocks-waterfall'

const ROUTE_TYPES: Record<string, string> = { pyro: 'pyrometallurgy', hydro: 'hydrometallurgy', direct: 'direct recycling', pgmSmeltRefine: 'PGM smelt & refine' }
const FORMS: Record<string, string> = { pack: 'packs', module: 'modules', cell: 'cells', blackMass: 'black mass' }

/** Input tonnes per year at nameplate: converters × kg/unit ÷ 1000, battery feed in tonnes. */
const nameplateTonnes = (s: Project['feedstock'][number]): Decimal =>
  s.kind === 'catalyst' ? dec(s.unitsPerYear).times(s.massKgPerUnit).div(1000) : dec(s.inputTonnesPerYear)

const streamLabel = (s: Project['feedstock'][number]): string =>
  s.kind === 'catalyst' ? 'catalytic converters' : `Li-ion ${s.chemistry} ${FORMS[s.form] ?? s.form}`

/** Project facts: capacity, feedstock mix and routes, products, timeline. `maxStreams` caps the list (with a "+N more" line). */
export function projectFacts(project: Project, result: ModelResult, maxStreams = 5): Html {
  const total = project.feedstock.reduce((a, s) => a.plus(nameplateTonnes(s)), ZERO)
  // Streams share routes; each route is named once on its own line rather than after every stream.
  const routeIds = [...new Set(project.feedstock.map((s) => s.routeId))]
  const routeMark = (id: string) => (routeIds.length > 1 ? ` [${routeIds.indexOf(id) + 1}]` : '')
  const streams = project.feedstock.slice(0, maxStreams).map((s) => {
    const t = nameplateTonnes(s)
    const share = total.gt(0) ? formatPercent(t.div(total), 0) : '—'
    const qty = s.kind === 'catalyst' ? `${formatQuantity(s.unitsPerYear, 0)} units/yr` : `${formatQuantity(s.inputTonnesPerYear, 1)} t/yr`
    return html`<li><b>${s.name}</b> — ${streamLabel(s)}, ${qty} (${share} of input t)${routeMark(s.routeId)}</li>`
  })
  const more = project.feedstock.length > maxStreams ? html`<li>+ ${project.feedstock.length - maxStreams} more streams</li>` : ''
  const routes = routeIds.map((id, i) => {
    const route = project.routes.find((r) => r.id === id)
    const type = route ? (ROUTE_TYPES[route.type] ?? route.type) : ''
    // The type in brackets only when the route's name does not already say it.
    const name = route ? html`${route.name}${route.name.toLowerCase().includes(type.toLowerCase()) ? '' : ` (${type})`}` : html`${id}`
    return html`${i ? '; ' : ''}${routeIds.length > 1 ? `[${i + 1}] ` : ''}${name}`
  })
  const revenueTotal = result.metrics.totalRevenue
  const products = result.products.map((p) => {
    const r = p.revenue.reduce((a, x) => a.plus(x), ZERO)
    const share = revenueTotal.gt(0) ? formatPercent(r.div(revenueTotal), 0) : '—'
    return html`${p.name} (${p.metal}, ${share} of revenue)`
  })
  const tl = project.timeline
  const opsEnd = result.periods[result.periods.length - 1]?.end ?? ''
  return html`<table class="facts">
<tr><th>Capacity</th><td>${formatQuantity(total.toDecimalPlaces(1), 1)} t of feed per year at nameplate (${project.feedstock.length} stream${project.feedstock.length === 1 ? '' : 's'})</td></tr>
<tr><th>Feedstock</th><td><ul>${streams}${more}</ul>${project.feedstock.length === 0 ? 'none entered' : ''}</td></tr>
${routeIds.length ? html`<tr><th>Route${routeIds.length > 1 ? 's' : ''}</th><td>${routes}</td></tr>` : ''}
<tr><th>Products</th><td>${products.length ? products.map((p, i) => html`${i ? '; ' : ''}${p}`) : 'none'}</td></tr>
<tr><th>Timeline</th><td>construction ${tl.constructionMonths} months from ${tl.startDate}; COD ${result.codDate}; ${tl.operatingYears} operating years to ${opsEnd}</td></tr>
<tr><th>Revenue</th><td>${formatMetric('totalRevenue', revenueTotal, result.currency)} over the life; EBITDA ${formatMetric('totalEbitda', result.metrics.totalEbitda, result.currency)}</td></tr>
</table>`
}

/**
 * Sources and uses of funds at financial close (construction) and, where operations fall short before the
 * first repayment, the ramp-up funding (§11); both totals shown so they visibly balance.
 */
export function sourcesAndUses(result: ModelResult): Html {
  const c = result.currency
  const f = result.financing
  const dsra = f.dsraInitialFunding.reduce((a, x) => a.plus(x), ZERO)
  const uses: [string, Decimal][] = [
    ['Capex', result.capex.totalCapex], ['Contingency', result.capex.totalContingency], ['Interest during constr.', f.totalIdc], ['Financing fees', f.totalFees]
  ]
  if (dsra.gt(0)) uses.push(['DSRA funding', dsra])
  const sources: [string, Decimal][] = [['Senior debt', f.totalDebt], ['Equity', f.totalEquity]]
  if (result.capex.totalGrants.gt(0)) sources.push(['Grants', result.capex.totalGrants])
  // §11: what operations need before the first repayment is funded in the open, beside construction.
  const ramp = fundingBeforeRepayment(f, result.constructionPeriods, result.periods.length)
  if (ramp.sponsorSupport.plus(ramp.facility).gt(0)) {
    uses.push(['Ramp-up shortfalls', ramp.sponsorSupport.plus(ramp.facility)])
    if (ramp.sponsorSupport.gt(0)) sources.push(['Sponsor support', ramp.sponsorSupport])
    if (ramp.facility.gt(0)) sources.push(['Facility / LC draws', ramp.facility])
  }
  const usesTotal = uses.reduce((a, [, v]) => a.plus(v), ZERO)
  const sourcesTotal = sources.reduce((a, [, v]) => a.plus(v), ZERO)
  const cell = (line: [string, Decimal] | undefined, total: Decimal) =>
    line ? html`<td>${line[0]}</td><td class="num">${formatMetric('totalCapex', line[1], c)}</td><td class="num dim">${total.gt(0) ? formatPercent(line[1].div(total), 0) : ''}</td>` : html`<td></td><td></td><td></td>`
  const rows = Array.from({ length: Math.max(uses.length, sources.length) }, (_, i) => html`<tr>${cell(uses[i], usesTotal)}${cell(sources[i], sourcesTotal)}</tr>`)
  return html`<table class="grid-table su"><tr><th colspan="3">Uses</th><th colspan="3">Sources</th></tr>${rows}
<tr class="total"><td>Total uses</td><td class="num">${formatMetric('totalCapex', usesTotal, c)}</td><td></td><td>Total sources</td><td class="num">${formatMetric('totalCapex', sourcesTotal, c)}</td><td></td></tr>
</table>`
}

const REPAYMENT: Record<string, string> = { annuity: 'annuity (level debt service)', equal: 'equal principal', sculpted: 'sculpted to CFADS' }

const rateText = (t: Tranche) =>
  t.interest.kind === 'fixed' ? `${formatPercent(t.interest.annualRate, 2)} all-in` : `base rate by year + ${formatPercent(t.interest.marginAnnualRate, 2)} margin`

/** The single debt's rate, tenor and repayment rows (several tranches, or a foreign one, have the tranche table instead). */
function singleDebtRows(t: Tranche, maturity: string | null | undefined): Html {
  const extras = [
    dec(t.commitmentFeeAnnualRate).gt(0) ? `commitment fee ${formatPercent(t.commitmentFeeAnnualRate, 2)}/yr` : '',
    dec(t.ecaPremium).gt(0) ? `ECA premium ${formatPercent(t.ecaPremium, 2)}` : ''
  ].filter(Boolean).map((x) => `; ${x}`).join('')
  return html`<tr><th>Rate</th><td>${rateText(t)}; upfront fee ${formatPercent(t.upfrontFee, 2)}${extras}</td></tr>
<tr><th>Tenor</th><td>${t.tenorYears} years after ${t.graceMonths} months’ grace${maturity ? `; final maturity ${maturity}` : ''}</td></tr>
<tr><th>Repayment</th><td>${REPAYMENT[t.repayment] ?? t.repayment}</td></tr>`
}

/** The debt's terms as entered, with the amount and gearing the model reached. */
export function financingTerms(project: Project, result: ModelResult, lenderName: string | null, compact = false): Html {
  const fin = project.financing
  const m = result.metrics
  const sizing = fin.sizing === 'gearing'
    ? `gearing ${formatPercent(fin.gearing, 1)} of uses`
    : `sculpted at ${dec(fin.targetDscr).toFixed(2)}x DSCR, capped at ${formatPercent(fin.gearing, 1)} gearing${result.financing.capBinding ? ' (cap binding)' : ''}`
  const maturity = result.financing.maturityPeriod ? result.periods[result.financing.maturityPeriod - 1]?.end : null
  const tranches = hasTrancheTable(project)
  return html`<table class="facts">
<tr><th>Debt</th><td>${formatMetric('debtAtCod', m.debtAtCod, result.currency)} (gearing ${formatMetric('gearing', m.gearing, result.currency)})${tranches ? html` in ${fin.tranches.length} tranche${fin.tranches.length === 1 ? '' : 's'}${fin.tranches.length > 1 ? ', pari passu' : ''} (below)` : ''}</td></tr>
<tr><th>Sizing</th><td>${sizing}</td></tr>
${tranches ? '' : singleDebtRows(fin.tranches[0]!, maturity)}
<tr><th>DSRA</th><td>${fin.dsra.enabled ? `${fin.dsra.months} months of debt service` : 'none'}</td></tr>
${waterfallRow(project, result, compact)}
<tr><th>Lender</th><td>${lenderName ?? 'thresholds as entered'}: min DSCR ${dec(project.lender.minDscr).toFixed(2)}x, lock-up ${dec(project.lender.lockupDscr).toFixed(2)}x, LLCR ${dec(project.lender.minLlcr).toFixed(2)}x</td></tr>
</table>`
}
