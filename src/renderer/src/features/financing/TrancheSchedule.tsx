import { lazy, Suspense } from 'react'
import { sum, type Decimal } from '@shared/decimal'
import type { ModelResult } from '@shared/engine'
import { coverText, lenderText, rateText, trancheYears, type TrancheLine, type TrancheYear } from '@shared/debt-report'
import type { Currency } from '@shared/model'
import { formatPercent } from '@renderer/format/money'
import { displayUnitCaption, formatAmountIn, unitFor } from '@shared/format/display-unit'
import { useAppStore } from '@renderer/store'
import { moneyHint } from '../editors/money-hint'

const TrancheChart = lazy(() => import('./TrancheChart'))

type Col = { key: string; header: string; value: (y: TrancheYear) => Decimal }
const IN_CURRENCY: Col[] = [
  { key: 'draw', header: 'Drawdowns', value: (y) => y.drawdownsInCurrency },
  { key: 'int', header: 'Interest', value: (y) => y.interestInCurrency },
  { key: 'prin', header: 'Principal', value: (y) => y.principalInCurrency },
  { key: 'bal', header: 'Balance', value: (y) => y.balanceInCurrency }
]
const IN_REPORTING: Col[] = [
  { key: 'draw', header: 'Drawdowns', value: (y) => y.drawdowns },
  { key: 'idc', header: 'IDC', value: (y) => y.idc },
  { key: 'int', header: 'Interest', value: (y) => y.interest },
  { key: 'prin', header: 'Principal', value: (y) => y.principal },
  { key: 'fees', header: 'Fees', value: (y) => y.fees },
  { key: 'ds', header: 'Debt service', value: (y) => y.debtService },
  { key: 'bal', header: 'Balance', value: (y) => y.balance }
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
  const unit = (c: Currency) => unitFor(c, units[c])
  const big = (v: Decimal, c: Currency) => moneyHint(v.toDecimalPlaces(0).toFixed(), c)
  const fees = sum(rows.map((r) => r.fees))
  const t = line.tranche
  const translation = !foreign ? 'none: lent in the reporting currency' : line.hedged ? `at the financial-close FX (cross-currency swap), plus ${formatPercent(line.hedgeCostAnnualRate, 2)}/yr on the balance` : `at each period’s ${own} per USD (Prices): unhedged`
  const groups: { currency: Currency; cols: Col[]; note: string }[] = foreign
    ? [
        { currency: own, cols: IN_CURRENCY, note: 'tranche currency' },
        { currency: rep, cols: IN_REPORTING, note: 'reporting currency' }
      ]
    : [{ currency: rep, cols: IN_REPORTING, note: 'reporting currency' }]
  const cell = (v: Decimal, c: Currency) => formatAmountIn(v, c, unit(c))
  return (
    <div data-testid={`tranche-schedule-${line.id}`}>
      <dl className="kv debt-kv">
        <dt>Lender</dt>
        <dd>{lenderText(t)}</dd>
        <dt>Debt at COD</dt>
        <dd data-testid="tranche-debt-at-cod">{foreign ? `${big(line.debtAtCodInCurrency, own)} = ${big(line.debtAtCod, rep)}` : big(line.debtAtCod, rep)}</dd>
        <dt>Rate</dt>
        <dd>
          {rateText(t)}
          {t.interest.kind === 'floating' ? ` (${formatPercent(line.rateAtCod, 2)} all-in at COD)` : ''}
        </dd>
        <dt>Repayment</dt>
        <dd>
          {line.firstRepayment} to {line.finalMaturity}
        </dd>
        <dt>Translated to {rep}</dt>
        <dd>{translation}</dd>
        <dt>Fees and cover</dt>
        <dd>
          {big(fees, rep)} over the life{coverText(t, rep) ? ` · ${coverText(t, rep)}` : ''}
        </dd>
      </dl>
      {rows.length === 0 ? (
        <p className="muted">This tranche draws nothing.</p>
      ) : (
        <>
          <Suspense fallback={<div className="chart-box" />}>
            <TrancheChart rows={rows} currency={rep} />
          </Suspense>
          <div className="scroll-x dense-table">
            <div className="table-wrap">
              <table className="table tranche-schedule">
                <caption className="visually-hidden">
                  {t.name} by year{groups.map((g) => `, ${displayUnitCaption(unit(g.currency), g.currency)}`).join('')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" rowSpan={2} className="align-left">
                      Year
                    </th>
                    {groups.map((g) => (
                      <th key={g.currency} scope="colgroup" colSpan={g.cols.length} className="align-center group-head">
                        {displayUnitCaption(unit(g.currency), g.currency)} <span className="muted">({g.note})</span>
                      </th>
                    ))}
                  </tr>
                  <tr>
                    {groups.flatMap((g, gi) =>
                      g.cols.map((c, ci) => (
                        <th key={`${g.currency}-${c.key}`} scope="col" className={`align-right${gi > 0 && ci === 0 ? ' group-start' : ''}`}>
                          {c.header}
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
              Interest during construction is funded by drawdowns, so in {own} it is inside the drawdowns and the balance; the {rep} columns show it as IDC.{' '}
              {line.hedged ? `${rep} figures are at the financial-close FX (the swap’s rate).` : `${rep} figures are at each period’s FX, so the ${rep} balance moves with the rate.`}
            </p>
          )}
        </>
      )}
    </div>
  )
}
