import { Decimal } from '../decimal'
import type { ExposureLedger } from '../analysis/exposure/types'
import type { Currency } from '../model'
import { formatMetric } from '../format/metrics'
import { formatPercent } from '../format/money'
import { html, type Html } from './html'
import type { SheetExposure } from './types'
import { t, type Locale } from '../i18n'

/** The sheet's part of the natural-hedge ledger: each driver's net per +step and its share of CFADS. */
export const sheetExposureFrom = (l: ExposureLedger): SheetExposure => ({
  step: l.step,
  rows: l.rows.map((r) => ({
    label: r.kind === 'fx' ? r.label.replace(/^FX: /, 'FX ') : r.label.replace(/ price$/, ''), kind: r.kind,
    ...(r.kind === 'fx' ? { currencies: r.label.replace(/^FX: /, '').replace(/ per USD$/, '').split(' and ') } : {}), net: r.net, share: r.shareOfCfads
  }))
})

const signed = (s: string, c: Currency) => {
  const x = new Decimal(s)
  // The ledger carries full precision; the formatters take a cent's worth (and a share to 1e-6).
  return `${x.isNegative() ? '−' : '+'}${formatMetric('totalCapex', x.abs().toDecimalPlaces(2), c)}`
}

/** A share with a typographic minus, as the amounts have. */
const share = (s: string) => {
  const x = new Decimal(s).toDecimalPlaces(6)
  return `${x.isNegative() ? '−' : ''}${formatPercent(x.abs(), 1)}`
}

/**
 * One line: what is left of a +10 % move of each metal and of FX after the project's natural hedges,
 * over the loan life (debt held as sized), in money and as a share of CFADS; `sharesOnly` (a crowded
 * sheet, density ≥ 1) keeps the shares. No line without the ledger.
 */
export function exposureLine(e: SheetExposure | null | undefined, currency: Currency, sharesOnly = false, locale: Locale = 'en'): Html {
  if (!e || e.rows.length === 0) return html``
  const step = formatPercent(e.step, 0)
  const label = (r: SheetExposure['rows'][number]) =>
    locale === 'en' || r.kind === undefined || r.kind === 'metal' ? r.label
      : r.kind === 'fx' ? t(locale, 'analysis.exposure.fx', { currencies: (r.currencies ?? []).join(t(locale, 'analysis.exposure.and')) }) : t(locale, 'analysis.exposure.byproducts')
  const parts = e.rows.map((r) =>
    sharesOnly && r.share !== null
      ? html`<span class="nw">${label(r)} ${new Decimal(r.share).isNegative() ? '' : '+'}${share(r.share)}</span>`
      : html`<span class="nw">${label(r)} ${signed(r.net, currency)}${r.share === null ? '' : ` (${share(r.share)})`}</span>`
  )
  // The parts are markup (escaped spans); the message's words are escaped around them.
  const marker = '\u0000parts\u0000'
  const [before, after] = t(locale, 'analysis.exposure.line', { step, sharesOnly: sharesOnly ? 'yes' : 'no', parts: marker }).split(marker)
  return html`<p class="line">${before ?? ''}${parts.map((p, i) => (i === 0 ? p : html`${t(locale, 'analysis.exposure.separator')}${p}`))}${after ?? ''}</p>`
}
