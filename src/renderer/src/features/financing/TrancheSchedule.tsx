import { lazy, Suspense } from 'react'
import { dec, sum, type Decimal } from '@shared/decimal'
import type { ModelResult } from '@shared/engine'
import { trancheYears, type TrancheLine, type TrancheYear } from '@shared/debt-report'
import type { Currency } from '@shared/model'
import { formatPercent } from '@renderer/format/money'
import { displayUnitCaption, formatAmountIn, unitFor } from '@shared/format/display-unit'
import { useAppStore } from '@renderer/store'
import { moneyHint } from '../editors/money-hint'
import { trancheLenderText, trancheRateText } from './tranche-text'
import type { Translate } from '../editors/translate'
import { useT } from '@renderer/i18n'

const TrancheChart = lazy(() => import('./TrancheChart'))

type Col = { key: string; header: (t: Translate) => string; value: (y: TrancheYear) => Decimal }
const IN_CURRENCY: Col[] = [
  { key: 'draw', header: (t) => t('financing.col.drawdowns'), value: (y) => y.drawdownsInCurrency },
  { key: 'int', header: (t) => t('financing.col.interest'), value: (y) => y.interestInCurrency },
  { key: 'prin', header: (t) => t('financing.col.principal'), value: (y) => y.principalInCurrency },
  { key: 'bal', header: (t) => t('financing.col.balance'), value: (y) => y.balanceInCurrency }
]
const IN_REPORTING: Col[] = [
  { key: 'draw', header: (t) => t('financing.col.drawdowns'), value: (y) => y.drawdowns },
  { key: 'idc', header: (t) => t('financing.col.idc'), value: (y) => y.idc },
  { key: 'int', header: (t) => t('financing.col.interest'), value: (y) => y.interest },
  { key: 'prin', header: (t) => t('financing.col.principal'), value: (y) => y.principal },
  { key: 'fees', header: (t) => t('financing.col.fees'), value: (y) => y.fees },
  { key: 'ds', header: (t) => t('financing.col.debtService'), value: (y) => y.debtService },
  { key: 'bal', header: (t) => t('financing.col.balance'), value: (y) => y.balance }
]

/**
 * One tranche's schedule by year (methodology §10), every figure under the name of its currency: in the
 * tranche's own currency what it draws, pays and owes; in the reporting currency the same translated
 * (unhedged at each period's FX, hedged at the financial-close FX) with IDC, fees and debt service.
 */
export function TrancheSchedule({ result, line }: { result: ModelResult; line: TrancheLine }) {
  const rep = result.currency
  const own = line.currency
  const foreign = own !== rep
  const rows = trancheYears(result, line.id)
  // Each currency's figures in the unit the reader chose for that currency (every digit until chosen).
  const units = useAppStore((s) => s.displayUnits)
  const locale = useAppStore((s) => s.locale)
  const tr = useT()
  const unit = (c: Currency) => unitFor(c, units[c])
  const big = (v: Decimal, c: Currency) => moneyHint(v.toDecimalPlaces(0).toFixed(), c, locale)
  const fees = sum(rows.map((r) => r.fees))
  const t = line.tranche
  const translation = !foreign
    ? tr('financing.trancheSchedule.translationNone')
    : line.hedged
      ? tr('financing.trancheSchedule.translationHedged', { pct: formatPercent(line.hedgeCostAnnualRate, 2) })
      : tr('financing.trancheSchedule.translationUnhedged', { currency: own })
  const groups: { currency: Currency; cols: Col[]; note: string }[] = foreign
    ? [
        { currency: own, cols: IN_CURRENCY, note: tr('financing.trancheSchedule.trancheCurrency') },
        { currency: rep, cols: IN_REPORTING, note: tr('financing.trancheSchedule.reportingCurrency') }
      ]
    : [{ currency: rep, cols: IN_REPORTING, note: tr('financing.trancheSchedule.reportingCurrency') }]
  const cell = (v: Decimal, c: Currency) => formatAmountIn(v, c, unit(c))
  // The ECA premium and the hedge, as debt-report's coverText says them, in the reader's language.
  const cover = [
    ...(dec(t.ecaPremium).gt(0) ? [tr('financing.trancheSchedule.ecaPremium', { pct: formatPercent(t.ecaPremium, 2) })] : []),
    ...(foreign ? [t.hedge.hedged ? tr('financing.trancheSchedule.hedgedSwap', { pct: formatPercent(t.hedge.annualCost, 2) }) : tr('financing.trancheSchedule.unhedged')] : [])
  ].join('; ')
  return (
    <div data-testid={`tranche-schedule-${line.id}`}>
      <dl className="kv debt-kv">
        <dt>{tr('financing.trancheSchedule.lender')}</dt>
        <dd>{trancheLenderText(tr, t)}</dd>
        <dt>{tr('financing.schedule.debtAtCod')}</dt>
        <dd data-testid="tranche-debt-at-cod">{foreign ? `${big(line.debtAtCodInCurrency, own)} = ${big(line.debtAtCod, rep)}` : big(line.debtAtCod, rep)}</dd>
        <dt>{tr('financing.trancheSchedule.rate')}</dt>
        <dd>
          {trancheRateText(tr, t)}
          {t.interest.kind === 'floating' ? tr('financing.trancheSchedule.atCod', { pct: formatPercent(line.rateAtCod, 2) }) : ''}
        </dd>
        <dt>{tr('financing.trancheSchedule.repayment')}</dt>
        <dd>{tr('financing.trancheSchedule.repaymentSpan', { from: line.firstRepayment, to: line.finalMaturity })}</dd>
        <dt>{tr('financing.trancheSchedule.translated', { currency: rep })}</dt>
        <dd>{translation}</dd>
        <dt>{tr('financing.trancheSchedule.fees')}</dt>
        <dd>
          {tr('financing.trancheSchedule.feesLife', { fees: big(fees, rep) })}{cover ? ` · ${cover}` : ''}
        </dd>
      </dl>
      {rows.length === 0 ? (
        <p className="muted">{tr('financing.trancheSchedule.noDraw')}</p>
      ) : (
        <>
          <Suspense fallback={<div className="chart-box" />}>
            <TrancheChart rows={rows} currency={rep} />
          </Suspense>
          <div className="scroll-x dense-table">
            <div className="table-wrap">
              <table className="table tranche-schedule">
                <caption className="visually-hidden">
                  {tr('financing.trancheSchedule.caption', { name: t.name })}{groups.map((g) => `, ${displayUnitCaption(unit(g.currency), g.currency, locale)}`).join('')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" rowSpan={2} className="align-left">
                      {tr('financing.col.year')}
                    </th>
                    {groups.map((g) => (
                      <th key={g.currency} scope="colgroup" colSpan={g.cols.length} className="align-center group-head">
                        {displayUnitCaption(unit(g.currency), g.currency, locale)} <span className="muted">({g.note})</span>
                      </th>
                    ))}
                  </tr>
                  <tr>
                    {groups.flatMap((g, gi) =>
                      g.cols.map((c, ci) => (
                        <th key={`${g.currency}-${c.key}`} scope="col" className={`align-right${gi > 0 && ci === 0 ? ' group-start' : ''}`}>
                          {c.header(tr)}
                        </th>
                      ))
                    )}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((y) => (
                    <tr key={y.year}>
                      <td className="align-left">{y.year}</td>
                      {groups.flatMap((g, gi) =>
                        g.cols.map((c, ci) => (
                          <td key={`${g.currency}-${c.key}`} className={`align-right numeric${gi > 0 && ci === 0 ? ' group-start' : ''}`}>
                            {cell(c.value(y), g.currency)}
                          </td>
                        ))
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
          {foreign && (
            <p className="chart-legend-note">
              {tr('financing.trancheSchedule.idcNote', { own, reporting: rep })}{' '}
              {line.hedged ? tr('financing.trancheSchedule.hedgedNote', { reporting: rep }) : tr('financing.trancheSchedule.unhedgedNote', { reporting: rep })}
            </p>
          )}
        </>
      )}
    </div>
  )
}
