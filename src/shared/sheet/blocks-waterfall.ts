import { Decimal, ZERO, dec } from '../decimal'
import type { ModelResult } from '../engine/types'
import type { Project } from '../model'
import { formatMetric } from '../format/metrics'
import { formatPercent } from '../format/money'
import { html, type Html } from './html'
import { t, type Locale } from '../i18n'

const money = (v: Decimal, result: ModelResult): string => formatMetric('totalSwept', v, result.currency)

/**
 * The cash waterfall's terms beside what they did (§11), one row of the Financing terms table: the
 * lender reads whether cash was trapped, swept or funded by the sponsor without opening the app. Every
 * mechanism is named even when off ("no sweep"), so an absent term is not mistaken for an unread one.
 * `compact` (the denser sheet steps) leaves out the lock-up's release rule, which the terms still carry.
 */
export function waterfallRow(project: Project, result: ModelResult, compact = false, locale: Locale = 'en'): Html {
  const terms = project.financing.waterfall ?? {}
  const w = result.financing.waterfall
  const m = result.metrics
  const parts: string[] = []
  if (terms.wcFacility) {
    const peak = w.wcFacilityBalance.reduce((a, x) => Decimal.max(a, x), ZERO)
    parts.push(t(locale, 'sheet.wf.wcFacility', { limit: money(dec(terms.wcFacility.limit), result), rate: formatPercent(terms.wcFacility.rate, 2), peak: money(peak, result) }))
  }
  if (terms.mraMonths !== undefined) parts.push(t(locale, 'sheet.wf.mra', { months: terms.mraMonths }))
  if (terms.lockup) {
    const test = terms.lockup.test === 'trailing-12m' ? 'trailing' : 'period'
    const release = compact ? '' : t(locale, 'sheet.wf.release', { count: terms.lockup.releaseAfterPeriods })
    const locked = m.periodsInLockup.ok ? m.periodsInLockup.value.toNumber() : 0
    parts.push(t(locale, 'sheet.wf.lockup', { dscr: dec(terms.lockup.dscr).toFixed(2), test, release, locked }))
  } else parts.push(t(locale, 'sheet.wf.noLockup'))
  if (terms.sweep) {
    const trigger = terms.sweep.trigger === null ? 'none' : dec(terms.sweep.trigger).toFixed(2)
    parts.push(t(locale, 'sheet.wf.sweep', { share: formatPercent(terms.sweep.share, 0), trigger, swept: formatMetric('totalSwept', m.totalSwept, result.currency) }))
  } else parts.push(t(locale, 'sheet.wf.noSweep'))
  parts.push(m.totalSponsorSupport.gt(0) ? t(locale, 'sheet.wf.sponsorSupport', { amount: money(m.totalSponsorSupport, result) }) : t(locale, 'sheet.wf.noSponsorSupport'))
  return html`<tr><th>${t(locale, 'sheet.th.waterfall')}</th><td>${parts.join(t(locale, 'sheet.wf.separator'))}</td></tr>`
}
