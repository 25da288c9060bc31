import { debtByTranche, fxExposure, type FxExposure, type TrancheLine } from '../debt-report'
import { Decimal, dec } from '../decimal'
import type { ModelResult } from '../engine/types'
import { formatByKind } from '../format/metrics'
import { formatPercent } from '../format/money'
import { formatPercentOf } from '../format/percent'
import type { Project, Tranche } from '../model'
import { t, type Locale, type MessageKey } from '../i18n'
import { html, type Html } from './html'

/**
 * The senior debt by tranche on the project sheet (methodology §10): lender, currency, amount at COD in
 * the tranche's currency and in the reporting currency, tenor, rate and cover. Shown when the debt is
 * more than one reporting-currency tranche; a single such debt keeps the Financing terms rows.
 * Its words are the catalog's `sheet.tranche.*` (#20): English reads as src/shared/debt-report's
 * labels always did (a test holds them equal), Japanese as a Japanese term sheet.
 */
export const hasTrancheTable = (project: Project): boolean => project.financing.tranches.length > 1 || project.financing.tranches.some((t) => t.currency !== project.reportingCurrency)

type Say = (key: MessageKey, values?: Record<string, string | number>) => string

/** Two short lines per cell at most, so four tranches fit the page: the term on top, its detail dimmed below. */
const twoLines = (top: string, below: string | null) => (below ? html`${top}<br><span class="dim">${below}</span>` : html`${top}`)

/** The lender type in a word, for the compact table (ECA and DFI are words already). */
const shortType = (type: Tranche['lenderType'], say: Say): string =>
  type === 'commercialBank' || type === 'other' ? say(`sheet.tranche.shortType.${type}`) : say(`sheet.tranche.type.${type}`)

/** `9.00 % fixed` or `base + 2.50 %` (the base rate varies by year, so it is named, not quoted). */
const rateWords = (tr: Tranche, say: Say): string =>
  tr.interest.kind === 'fixed' ? say('sheet.tranche.fixed', { rate: formatPercent(tr.interest.annualRate, 2) }) : say('sheet.tranche.floating', { margin: formatPercent(tr.interest.marginAnnualRate, 2) })

/** The cover a tranche carries, as a lender lists it (`ECA premium 4.5 %; hedged, swap 1.2 %/yr`), or in the fewest words when compact. */
function coverWords(tr: Tranche, reporting: string, compact: boolean, say: Say): string | null {
  const parts = [
    dec(tr.ecaPremium).gt(0) ? say(compact ? 'sheet.tranche.shortEca' : 'sheet.tranche.ecaPremium', { premium: formatPercent(tr.ecaPremium, 2) }) : '',
    tr.currency === reporting ? '' : tr.hedge.hedged ? say(compact ? 'sheet.tranche.shortHedged' : 'sheet.tranche.hedged', { cost: formatPercent(tr.hedge.annualCost, 2) }) : say('sheet.tranche.unhedged')
  ].filter(Boolean)
  return parts.length ? parts.join(say(compact ? 'sheet.tranche.shortSeparator' : 'sheet.tranche.coverSeparator')) : null
}

/** Debt service by currency, largest share first: `46.7 % in USD hedged into INR, 29.3 % in USD unhedged, 24 % in INR`. */
function fxWords(x: FxExposure, say: Say): string {
  const parts: { share: Decimal; key: MessageKey; currency: string }[] = []
  for (const l of x.lines) {
    if (l.reporting) parts.push({ share: l.unhedgedShare.plus(l.hedgedShare), key: 'sheet.tranche.fxReporting', currency: l.currency })
    else {
      if (l.unhedged.gt(0)) parts.push({ share: l.unhedgedShare, key: 'sheet.tranche.fxUnhedged', currency: l.currency })
      if (l.hedged.gt(0)) parts.push({ share: l.hedgedShare, key: 'sheet.tranche.fxHedged', currency: l.currency })
    }
  }
  return parts
    .filter((p) => p.share.gt(0))
    .sort((a, b) => b.share.comparedTo(a.share))
    .map((p) => say(p.key, { share: formatPercentOf('cover', p.share), currency: p.currency, reporting: x.reportingCurrency }))
    .join(say('sheet.tranche.fxSeparator'))
}

/**
 * `compact` (the sheet's denser steps): one line per tranche where it fits — the type in a word, without
 * the repayment profile, final maturity and floating rate at COD under the terms.
 */
export function trancheTable(project: Project, result: ModelResult, compact = false, locale: Locale = 'en'): Html {
  const say: Say = (key, values) => t(locale, key, values)
  const rep = result.currency
  const debt = debtByTranche(project, result)
  const money = (v: TrancheLine['debtAtCod'], c: TrancheLine['currency']) => formatByKind('money', v, c)
  const rows = debt.lines.map((l) => {
    const tr = l.tranche
    const tenor = twoLines(
      say('sheet.tranche.tenor', { years: String(tr.tenorYears), grace: tr.graceMonths ? 'yes' : 'no', months: String(tr.graceMonths) }),
      compact ? null : say('sheet.tranche.profile', { profile: tr.repayment, month: l.finalMaturity.slice(0, 7) })
    )
    const rate = twoLines(rateWords(tr, say), !compact && tr.interest.kind === 'floating' ? say('sheet.tranche.rateAtCod', { rate: formatPercentOf('rate', l.rateAtCod) }) : null)
    const lender = say('sheet.tranche.lenderName', { name: tr.name, type: compact ? shortType(tr.lenderType, say) : say(`sheet.tranche.type.${tr.lenderType}`) })
    const cover = coverWords(tr, rep, compact, say)
    return html`<tr><td>${lender}</td><td class="num">${formatPercentOf('share', l.share)}</td><td>${l.currency}</td><td class="num">${money(l.debtAtCodInCurrency, l.currency)}</td><td class="num">${money(l.debtAtCod, rep)}</td><td>${tenor}</td><td>${rate}</td><td>${cover ?? '—'}</td></tr>`
  })
  const blended = debt.blendedRate
  const fx = fxExposure(result)
  const blendedText = blended
    ? say('sheet.tranche.blended', { rate: formatPercentOf('rate', blended.interest), hedge: blended.withHedge.eq(blended.interest) ? 'no' : 'yes', withHedge: formatPercentOf('rate', blended.withHedge) })
    : ''
  return html`<table class="grid-table tranches${compact ? ' compact' : ''}"><tr><th>${say('sheet.th.lender')}</th><th class="num">${say('sheet.tranche.share')}</th><th>${say('sheet.tranche.currency')}</th><th class="num">${say('sheet.tranche.amount')}</th><th class="num">${say('sheet.tranche.inReporting', { currency: rep })}</th><th>${say('sheet.tranche.tenorH')}</th><th>${say('sheet.tranche.rateH')}</th><th>${say('sheet.tranche.coverH')}</th></tr>${rows}
<tr class="total"><td>${say('sheet.tranche.total')}</td><td class="num">100 %</td><td></td><td></td><td class="num">${money(debt.totalAtCod, rep)}</td><td></td><td colspan="2">${blendedText}</td></tr>
</table>${fx ? html`<p class="line">${say('sheet.tranche.fx', { parts: fxWords(fx, say) })}</p>` : ''}`
}
