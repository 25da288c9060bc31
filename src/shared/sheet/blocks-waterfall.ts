import { Decimal, ZERO, dec } from '../decimal'
import type { ModelResult } from '../engine/types'
import type { Project } from '../model'
import { formatMetric } from '../format/metrics'
import { formatPercent } from '../format/money'
import { html, type Html } from './html'

const money = (v: Decimal, result: ModelResult): string => formatMetric('totalSwept', v, result.currency)
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/**
 * The cash waterfall's terms beside what they did (§11), one row of the Financing terms table: the
 * lender reads whether cash was trapped, swept or funded by the sponsor without opening the app. Every
 * mechanism is named even when off ("no sweep"), so an absent term is not mistaken for an unread one.
 * `compact` (the denser sheet steps) leaves out the lock-up's release rule, which the terms still carry.
 */
export function waterfallRow(project: Project, result: ModelResult, compact = false): Html {
  const terms = project.financing.waterfall ?? {}
  const w = result.financing.waterfall
  const m = result.metrics
  const parts: string[] = []
  if (terms.wcFacility) {
    const peak = w.wcFacilityBalance.reduce((a, x) => Decimal.max(a, x), ZERO)
    parts.push(`WC facility ${money(dec(terms.wcFacility.limit), result)} at ${formatPercent(terms.wcFacility.rate, 2)}, peak drawn ${money(peak, result)}`)
  }
  if (terms.mraMonths !== undefined) parts.push(`MRA ${terms.mraMonths} months of maintenance`)
  if (terms.lockup) {
    const test = terms.lockup.test === 'trailing-12m' ? 'trailing 12-m' : 'period'
    const release = compact ? '' : `, released after ${plural(terms.lockup.releaseAfterPeriods, 'passing period')}`
    const locked = m.periodsInLockup.ok ? m.periodsInLockup.value.toNumber() : 0
    parts.push(`lock-up below ${dec(terms.lockup.dscr).toFixed(2)}x ${test} DSCR${release}: ${plural(locked, 'period')} in lock-up`)
  } else parts.push('no lock-up')
  if (terms.sweep) {
    const when = terms.sweep.trigger === null ? '' : ` below ${dec(terms.sweep.trigger).toFixed(2)}x`
    parts.push(`sweep ${formatPercent(terms.sweep.share, 0)}${when}: ${formatMetric('totalSwept', m.totalSwept, result.currency)} swept`)
  } else parts.push('no sweep')
  parts.push(m.totalSponsorSupport.gt(0) ? `sponsor support ${money(m.totalSponsorSupport, result)}` : 'no sponsor support')
  return html`<tr><th>Waterfall</th><td>${parts.join('; ')}</td></tr>`
}
