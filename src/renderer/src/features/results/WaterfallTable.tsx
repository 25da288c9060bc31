import type { Decimal } from '@shared/decimal'
import type { ModelResult } from '@shared/engine'
import { displayUnitCaption, formatAmountIn } from '@shared/format/display-unit'
import { useT } from '@renderer/i18n'
import { useAppStore, useDisplayUnit } from '@renderer/store'
import { repaymentMinDscr } from './chart-data'
import { waterfallRows } from './waterfall'

/** The annual cash-flow waterfall: signed amounts in the reporting currency, in the reader's display unit (named in the header), one column per year. */
export function WaterfallTable({ result }: { result: ModelResult }) {
  const t = useT()
  const rows = waterfallRows(result, t)
  const c = result.currency
  const unit = useDisplayUnit(c)
  const locale = useAppStore((s) => s.locale)
  const caption = displayUnitCaption(unit, c, locale)
  const fmt = (v: Decimal) => formatAmountIn(v, c, unit)
  return (
    <div className="waterfall-wrap" role="region" aria-label={t('results.h.waterfall')} tabIndex={0}>
      <table className="waterfall" data-testid="waterfall">
        <caption className="visually-hidden">{t('results.wf.caption', { unit: caption })}</caption>
        <thead>
          <tr>
            <th scope="col" className="wf-label">
              {t('results.nominal', { unit: caption })}
            </th>
            {result.annual.map((a) => (
              <th key={a.year} scope="col">
                {a.year}
              </th>
            ))}
            <th scope="col">{t('results.wf.total')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={`wf-${r.kind}`} data-testid={`wf-${r.id}`}>
              <th scope="row" className="wf-label">
                {r.label}
              </th>
              {r.values.map((v, i) => (
                <td key={result.annual[i]!.year} className={v.isNegative() && !v.isZero() ? 'neg' : undefined}>
                  {fmt(v)}
                </td>
              ))}
              <td className="wf-total">{r.total ? fmt(r.total) : ''}</td>
            </tr>
          ))}
          <tr className="wf-detail" data-testid="wf-dscr">
            <th scope="row" className="wf-label">
              {t('results.wf.minDscr')}
            </th>
            {result.annual.map((a) => {
              const d = repaymentMinDscr(result, a.periods)
              return <td key={a.year}>{d ? `${d.toFixed(2)}x` : '–'}</td>
            })}
            <td className="wf-total" />
          </tr>
        </tbody>
      </table>
    </div>
  )
}
