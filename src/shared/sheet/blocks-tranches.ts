import { LENDER_TYPE_LABELS, coverText, debtByTranche, fxExposure, fxExposureShort, rateText, type TrancheLine } from '../debt-report'
import { dec } from '../decimal'
import type { ModelResult } from '../engine/types'
import { formatByKind } from '../format/metrics'
import { formatPercent } from '../format/money'
import { formatPercentOf } from '../format/percent'
import type { Project, Tranche } from '../model'
import { html, type Html } from './html'

/**
 * The senior debt by tranche on the project sheet (methodology §10): lender, currency, amount at COD in
 * the tranche's currency and in the reporting currency, tenor, rate and cover. Shown when the debt is
 * more than one reporting-currency tranche; a single such debt keeps the Financing terms rows.
 */
export const hasTrancheTable = (project: Project): boolean => project.financing.tranches.length > 1 || project.financing.tranches.some((t) => t.currency !== project.reportingCurrency)

const PROFILE: Record<Tranche['repayment'], string> = { annuity: 'annuity', equal: 'equal principal', sculpted: 'sculpted' }

/** Two short lines per cell at most, so four tranches fit the page: the term on top, its detail dimmed below. */
const twoLines = (top: string, below: string | null) => (below ? html`${top}<br><span class="dim">${below}</span>` : html`${top}`)

/** The lender type in a word, for the compact table. */
const SHORT_TYPE: Record<Tranche['lenderType'], string> = { eca: 'ECA', dfi: 'DFI', commercialBank: 'bank', other: 'other' }

/** `ECA 4.5 %, hedged 1.5 %/yr`: the cover in the fewest words. */
function shortCover(t: Tranche, reporting: string): string | null {
  const parts = [dec(t.ecaPremium).gt(0) ? `ECA ${formatPercent(t.ecaPremium, 2)}` : '', t.currency === reporting ? '' : t.hedge.hedged ? `hedged ${formatPercent(t.hedge.annualCost, 2)}/yr` : 'unhedged'].filter(Boolean)
  return parts.length ? parts.join(', ') : null
}

/**
 * `compact` (the sheet's denser steps): one line per tranche where it fits — the type in a word, without
 * the repayment profile, final maturity and floating rate at COD under the terms.
 */
export function trancheTable(project: Project, result: ModelResult, compact = false): Html {
  const rep = result.currency
  const debt = debtByTranche(project, result)
  const money = (v: TrancheLine['debtAtCod'], c: TrancheLine['currency']) => formatByKind('money', v, c)
  const rows = debt.lines.map((l) => {
    const t = l.tranche
    const tenor = twoLines(`${t.tenorYears} yr${t.graceMonths ? ` + ${t.graceMonths} mo grace` : ''}`, compact ? null : `${PROFILE[t.repayment]}, to ${l.finalMaturity.slice(0, 7)}`)
    const rate = twoLines(rateText(t), !compact && t.interest.kind === 'floating' ? `${formatPercentOf('rate', l.rateAtCod)} at COD` : null)
    const lender = `${t.name} (${compact ? SHORT_TYPE[t.lenderType] : LENDER_TYPE_LABELS[t.lenderType]})`
    const cover = compact ? shortCover(t, rep) : coverText(t, rep)
    return html`<tr><td>${lender}</td><td class="num">${formatPercentOf('share', l.share)}</td><td>${l.currency}</td><td class="num">${money(l.debtAtCodInCurrency, l.currency)}</td><td class="num">${money(l.debtAtCod, rep)}</td><td>${tenor}</td><td>${rate}</td><td>${cover ?? '—'}</td></tr>`
  })
  const blended = debt.blendedRate
  const fx = fxExposure(result)
  const blendedText = blended ? `${formatPercentOf('rate', blended.interest)} blended${blended.withHedge.eq(blended.interest) ? '' : ` · ${formatPercentOf('rate', blended.withHedge)} with hedge`}` : ''
  return html`<table class="grid-table tranches${compact ? ' compact' : ''}"><tr><th>Lender</th><th class="num">Share</th><th>Currency</th><th class="num">Amount at COD</th><th class="num">In ${rep}</th><th>Tenor</th><th>Rate</th><th>Cover</th></tr>${rows}
<tr class="total"><td>Senior debt</td><td class="num">100 %</td><td></td><td></td><td class="num">${money(debt.totalAtCod, rep)}</td><td></td><td colspan="2">${blendedText}</td></tr>
</table>${fx ? html`<p class="line">Debt service by currency: ${fxExposureShort(fx)}.</p>` : ''}`
}
