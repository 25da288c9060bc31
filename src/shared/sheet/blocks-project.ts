import { Decimal, ZERO, dec } from '../decimal'
import type { ModelResult } from '../engine/types'
import { fundingBeforeRepayment } from '../engine/waterfall-metrics'
import type { Project, Tranche } from '../model'
import { formatMetric } from '../format/metrics'
import { formatPercent, formatQuantity } from '../format/money'
import { formatPercentOf } from '../format/percent'
import { html, type Html } from './html'
import { hasTrancheTable } from './blocks-tranches'
import { t, type Locale } from '../i18n'
import { waterfallRow } from './blocks-waterfall'

const ROUTE_TYPES = ['pyro', 'hydro', 'direct', 'pgmSmeltRefine'] as const
const FORMS = ['pack', 'module', 'cell', 'blackMass'] as const
const known = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v)
const routeType = (type: string, locale: Locale): string => (known(ROUTE_TYPES, type) ? t(locale, `sheet.route.${type}`) : type)
const formText = (form: string, locale: Locale): string => (known(FORMS, form) ? t(locale, `sheet.form.${form}`) : form)

/** Input tonnes per year at nameplate: converters × kg/unit ÷ 1000, battery feed in tonnes. */
const nameplateTonnes = (s: Project['feedstock'][number]): Decimal =>
  s.kind === 'catalyst' ? dec(s.unitsPerYear).times(s.massKgPerUnit).div(1000) : dec(s.inputTonnesPerYear)

const streamLabel = (s: Project['feedstock'][number], locale: Locale): string =>
  s.kind === 'catalyst' ? t(locale, 'sheet.stream.catalyst') : t(locale, 'sheet.stream.battery', { chemistry: s.chemistry, form: formText(s.form, locale) })

/** Project facts: capacity, feedstock mix and routes, products, timeline. `maxStreams` caps the list (with a "+N more" line). */
export function projectFacts(project: Project, result: ModelResult, maxStreams = 5, locale: Locale = 'en'): Html {
  const total = project.feedstock.reduce((a, s) => a.plus(nameplateTonnes(s)), ZERO)
  // Streams share routes; each route is named once on its own line rather than after every stream.
  const routeIds = [...new Set(project.feedstock.map((s) => s.routeId))]
  const routeMark = (id: string) => (routeIds.length > 1 ? ` [${routeIds.indexOf(id) + 1}]` : '')
  const streams = project.feedstock.slice(0, maxStreams).map((s) => {
    const tonnes = nameplateTonnes(s)
    const share = total.gt(0) ? formatPercentOf('share', tonnes.div(total)) : '—'
    const qty = s.kind === 'catalyst' ? t(locale, 'sheet.stream.units', { qty: formatQuantity(s.unitsPerYear, 0) }) : t(locale, 'sheet.stream.tonnes', { qty: formatQuantity(s.inputTonnesPerYear, 1) })
    return html`<li><b>${s.name}</b> — ${streamLabel(s, locale)}${t(locale, 'sheet.stream.line', { qty, share })}${routeMark(s.routeId)}</li>`
  })
  const more = project.feedstock.length > maxStreams ? html`<li>${t(locale, 'sheet.moreStreams', { count: project.feedstock.length - maxStreams })}</li>` : ''
  const routes = routeIds.map((id, i) => {
    const route = project.routes.find((r) => r.id === id)
    const type = route ? routeType(route.type, locale) : ''
    // The type in brackets only when the route's name does not already say it.
    const name = route ? html`${route.name}${route.name.toLowerCase().includes(type.toLowerCase()) ? '' : ` (${type})`}` : html`${id}`
    return html`${i ? '; ' : ''}${routeIds.length > 1 ? `[${i + 1}] ` : ''}${name}`
  })
  const revenueTotal = result.metrics.totalRevenue
  const products = result.products.map((p) => {
    const r = p.revenue.reduce((a, x) => a.plus(x), ZERO)
    const share = revenueTotal.gt(0) ? formatPercentOf('share', r.div(revenueTotal)) : '—'
    return html`${t(locale, 'sheet.productShare', { name: p.name, metal: p.metal, share })}`
  })
  const tl = project.timeline
  const opsEnd = result.periods[result.periods.length - 1]?.end ?? ''
  return html`<table class="facts">
<tr><th>${t(locale, 'sheet.th.capacity')}</th><td>${t(locale, 'sheet.capacity', { tonnes: formatQuantity(total.toDecimalPlaces(1), 1), count: project.feedstock.length })}</td></tr>
<tr><th>${t(locale, 'sheet.th.feedstock')}</th><td><ul>${streams}${more}</ul>${project.feedstock.length === 0 ? t(locale, 'sheet.noneEntered') : ''}</td></tr>
${routeIds.length ? html`<tr><th>${t(locale, 'sheet.th.routes', { count: routeIds.length })}</th><td>${routes}</td></tr>` : ''}
<tr><th>${t(locale, 'sheet.th.products')}</th><td>${products.length ? products.map((p, i) => html`${i ? '; ' : ''}${p}`) : t(locale, 'sheet.none')}</td></tr>
<tr><th>${t(locale, 'sheet.th.timeline')}</th><td>${t(locale, 'sheet.timeline', { months: tl.constructionMonths, start: tl.startDate, cod: result.codDate, years: tl.operatingYears, end: opsEnd })}</td></tr>
<tr><th>${t(locale, 'sheet.th.revenue')}</th><td>${t(locale, 'sheet.revenue', { revenue: formatMetric('totalRevenue', revenueTotal, result.currency), ebitda: formatMetric('totalEbitda', result.metrics.totalEbitda, result.currency) })}</td></tr>
</table>`
}

/**
 * Sources and uses of funds at financial close (construction) and, where operations fall short before the
 * first repayment, the ramp-up funding (§11); both totals shown so they visibly balance.
 */
export function sourcesAndUses(result: ModelResult, locale: Locale = 'en'): Html {
  const w = (key: Parameters<typeof t>[1]) => t(locale, key)
  const c = result.currency
  const f = result.financing
  const dsra = f.dsraInitialFunding.reduce((a, x) => a.plus(x), ZERO)
  const uses: [string, Decimal][] = [
    [w('sheet.su.capex'), result.capex.totalCapex], [w('sheet.su.contingency'), result.capex.totalContingency], [w('sheet.su.idc'), f.totalIdc], [w('sheet.su.fees'), f.totalFees]
  ]
  if (dsra.gt(0)) uses.push([w('sheet.su.dsra'), dsra])
  const sources: [string, Decimal][] = [[w('sheet.su.debt'), f.totalDebt], [w('sheet.su.equity'), f.totalEquity]]
  if (result.capex.totalGrants.gt(0)) sources.push([w('sheet.su.grants'), result.capex.totalGrants])
  // §11: what operations need before the first repayment is funded in the open, beside construction.
  const ramp = fundingBeforeRepayment(f, result.constructionPeriods, result.periods.length)
  if (ramp.sponsorSupport.plus(ramp.facility).gt(0)) {
    uses.push([w('sheet.su.ramp'), ramp.sponsorSupport.plus(ramp.facility)])
    if (ramp.sponsorSupport.gt(0)) sources.push([w('sheet.su.sponsorSupport'), ramp.sponsorSupport])
    if (ramp.facility.gt(0)) sources.push([w('sheet.su.facility'), ramp.facility])
  }
  const usesTotal = uses.reduce((a, [, v]) => a.plus(v), ZERO)
  const sourcesTotal = sources.reduce((a, [, v]) => a.plus(v), ZERO)
  const cell = (line: [string, Decimal] | undefined, total: Decimal) =>
    line ? html`<td>${line[0]}</td><td class="num">${formatMetric('totalCapex', line[1], c)}</td><td class="num dim">${total.gt(0) ? formatPercentOf('share', line[1].div(total)) : ''}</td>` : html`<td></td><td></td><td></td>`
  const rows = Array.from({ length: Math.max(uses.length, sources.length) }, (_, i) => html`<tr>${cell(uses[i], usesTotal)}${cell(sources[i], sourcesTotal)}</tr>`)
  return html`<table class="grid-table su"><tr><th colspan="3">${w('sheet.su.uses')}</th><th colspan="3">${w('sheet.su.sources')}</th></tr>${rows}
<tr class="total"><td>${w('sheet.su.totalUses')}</td><td class="num">${formatMetric('totalCapex', usesTotal, c)}</td><td></td><td>${w('sheet.su.totalSources')}</td><td class="num">${formatMetric('totalCapex', sourcesTotal, c)}</td><td></td></tr>
</table>`
}

/** `t` by another name for singleDebtRows, whose tranche parameter is called `t`. */
const msg = t

const REPAYMENTS = ['annuity', 'equal', 'sculpted'] as const

const rateText = (tr: Tranche, locale: Locale) =>
  tr.interest.kind === 'fixed' ? t(locale, 'sheet.rate.fixed', { rate: formatPercent(tr.interest.annualRate, 2) }) : t(locale, 'sheet.rate.floating', { margin: formatPercent(tr.interest.marginAnnualRate, 2) })

/** The single debt's rate, tenor and repayment rows (several tranches, or a foreign one, have the tranche table instead). */
function singleDebtRows(t: Tranche, maturity: string | null | undefined, locale: Locale): Html {
  const extras = [
    dec(t.commitmentFeeAnnualRate).gt(0) ? msg(locale, 'sheet.rate.commitment', { fee: formatPercent(t.commitmentFeeAnnualRate, 2) }) : '',
    dec(t.ecaPremium).gt(0) ? msg(locale, 'sheet.rate.eca', { premium: formatPercent(t.ecaPremium, 2) }) : ''
  ].filter(Boolean).map((x) => `${locale === 'ja' ? '、' : '; '}${x}`).join('')
  return html`<tr><th>${msg(locale, 'sheet.th.rate')}</th><td>${msg(locale, 'sheet.rate.line', { rate: rateText(t, locale), fee: formatPercent(t.upfrontFee, 2) })}${extras}</td></tr>
<tr><th>${msg(locale, 'sheet.th.tenor')}</th><td>${msg(locale, 'sheet.tenor', { years: t.tenorYears, grace: t.graceMonths })}${maturity ? msg(locale, 'sheet.tenor.maturity', { date: maturity }) : ''}</td></tr>
<tr><th>${msg(locale, 'sheet.th.repayment')}</th><td>${known(REPAYMENTS, t.repayment) ? msg(locale, `sheet.repayment.${t.repayment}`) : t.repayment}</td></tr>`
}

/** The debt's terms as entered, with the amount and gearing the model reached. */
export function financingTerms(project: Project, result: ModelResult, lenderName: string | null, locale: Locale = 'en', compact = false): Html {
  const fin = project.financing
  const m = result.metrics
  const sizing = fin.sizing === 'gearing'
    ? t(locale, 'sheet.sizing.gearing', { gearing: formatPercent(fin.gearing, 1) })
    : t(locale, 'sheet.sizing.sculpted', { dscr: dec(fin.targetDscr).toFixed(2), gearing: formatPercent(fin.gearing, 1), binding: result.financing.capBinding ? 'yes' : 'no' })
  const maturity = result.financing.maturityPeriod ? result.periods[result.financing.maturityPeriod - 1]?.end : null
  const tranches = hasTrancheTable(project)
  return html`<table class="facts">
<tr><th>${t(locale, 'sheet.th.debt')}</th><td>${formatMetric('debtAtCod', m.debtAtCod, result.currency)}${t(locale, 'sheet.debt.gearing', { gearing: formatMetric('gearing', m.gearing, result.currency) })}${tranches ? t(locale, 'sheet.debt.tranches', { count: fin.tranches.length, pariPassu: fin.tranches.length > 1 ? 'yes' : 'no' }) : ''}</td></tr>
<tr><th>${t(locale, 'sheet.th.sizing')}</th><td>${sizing}</td></tr>
${tranches ? '' : singleDebtRows(fin.tranches[0]!, maturity, locale)}
<tr><th>${t(locale, 'sheet.th.dsra')}</th><td>${fin.dsra.enabled ? t(locale, 'sheet.dsraMonths', { months: fin.dsra.months }) : t(locale, 'sheet.none')}</td></tr>
${waterfallRow(project, result, compact, locale)}
<tr><th>${t(locale, 'sheet.th.lender')}</th><td>${t(locale, 'sheet.lenderLine', { lender: lenderName ?? t(locale, 'sheet.lenderAsEntered'), minDscr: dec(project.lender.minDscr).toFixed(2), lockup: dec(project.lender.lockupDscr).toFixed(2), llcr: dec(project.lender.minLlcr).toFixed(2) })}</td></tr>
</table>`
}
