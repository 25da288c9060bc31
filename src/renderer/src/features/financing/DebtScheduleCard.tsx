import { lazy, Suspense, useMemo, useState } from 'react'
import type { Project } from '@shared/model'
import { debtByTranche } from '@shared/debt-report'
import { Card, Table } from '@renderer/ui'
import { formatPercentOf } from '@shared/format/percent'
import { displayUnitCaption, formatAmountIn } from '@shared/format/display-unit'
import { useDisplayUnit } from '@renderer/store'
import { useModelResult } from '@renderer/model'
import { metricLabel } from '@shared/metrics/registry'
import { moneyHint } from '../editors/money-hint'
import { debtChartRows, debtSchedule, type DebtYear } from './debt-schedule'
import { TrancheSchedule } from './TrancheSchedule'

const DebtChart = lazy(() => import('./DebtChart'))

/**
 * The debt as the model sized it: key figures, the schedule by year and its chart (from the live
 * results) — for all the senior debt, or, with several tranches or a foreign-currency one, for each
 * tranche in its own currency and in the reporting currency.
 */
export function DebtScheduleCard({ doc }: { doc: Project }) {
  const { result, resultDoc, stale } = useModelResult()
  const [view, setView] = useState<string>('all')
  const byTranche = useMemo(() => (result ? debtByTranche(resultDoc ?? doc, result) : null), [result, resultDoc, doc])
  const unit = useDisplayUnit(result?.currency ?? doc.reportingCurrency)
  if (!result || !byTranche) return <Card title="Debt schedule"><p className="muted">The schedule appears once the project runs.</p></Card>
  const lines = byTranche.lines
  const perTranche = lines.length > 1 || lines.some((l) => l.currency !== result.currency)
  const line = perTranche ? lines.find((l) => l.id === view) : undefined
  return (
    <Card
      title={`Debt schedule${line ? `: ${line.name}` : ` (${displayUnitCaption(unit, result.currency)})`}${stale ? ' · updating…' : ''}`}
      actions={
        perTranche && (
          <div className="segmented" role="group" aria-label="Debt schedule of">
            {[{ id: 'all', name: 'All tranches' }, ...lines].map((l) => (
              <button key={l.id} type="button" className={(line?.id ?? 'all') === l.id ? 'on' : ''} aria-pressed={(line?.id ?? 'all') === l.id} onClick={() => setView(l.id)}>
                {l.name}
              </button>
            ))}
          </div>
        )
      }
    >
      {line ? <TrancheSchedule result={result} line={line} /> : <AllTranches doc={doc} />}
    </Card>
  )
}

/** The aggregate: every tranche together, in the reporting currency. */
function AllTranches({ doc }: { doc: Project }) {
  const { result } = useModelResult()
  const unit = useDisplayUnit(result?.currency ?? doc.reportingCurrency)
  if (!result) return null
  const cur = result.currency
  const f = result.financing
  const rows = debtSchedule(result)
  // The schedule in the reader's display unit (crore, lakh, million or every digit), named in the title and caption.
  const amt = (v: DebtYear['balance']) => formatAmountIn(v, cur, unit)
  // Key figures in whole units with their size in words, whatever unit the schedule below reads in.
  const big = (v: DebtYear['balance']) => moneyHint(v.toDecimalPlaces(0).toFixed(), cur)
  const hedgeCost = rows.some((r) => !r.debtFees.isZero())
  return (
    <>
      <dl className="kv debt-kv">
        <dt>Debt at COD</dt>
        <dd data-testid="debt-at-cod">{big(result.metrics.debtAtCod)}</dd>
        <dt>Gearing achieved</dt>
        <dd>{formatPercentOf('cover', f.gearing)}</dd>
        <dt>Sized by</dt>
        <dd>{f.sizingMode === 'sculpted' ? `DSCR sculpting${f.capBinding ? ' (gearing cap binds)' : ''}` : f.sizingMode === 'gearing' ? 'Gearing' : 'Held from the base case'}{f.sculptingDscr ? ` · sculpting DSCR ${f.sculptingDscr.toFixed(2)}x` : ''}</dd>
        <dt>Interest during construction</dt>
        <dd>{big(f.totalIdc)}</dd>
        <dt>{doc.financing.tranches.length > 1 || doc.financing.tranches.some((t) => t.currency !== cur) ? 'Financing fees (upfront, commitment, ECA)' : 'Upfront fees'}</dt>
        <dd>{big(f.totalFees)}</dd>
        <dt>Equity</dt>
        <dd>{big(f.totalEquity)}</dd>
      </dl>
      {rows.length === 0 ? (
        <p className="muted">No debt is drawn.</p>
      ) : (
        <>
          <Suspense fallback={<div className="chart-box" />}>
            <DebtChart rows={debtChartRows(rows)} currency={cur} />
          </Suspense>
          <div className="scroll-x dense-table debt-schedule-table">
            <Table
              caption={`Debt schedule by year, ${displayUnitCaption(unit, cur)}`}
              rows={rows}
              rowKey={(r) => String(r.year)}
              columns={[
                { key: 'year', header: 'Year', width: '60px', render: (r) => r.year },
                { key: 'draw', header: 'Drawdowns', numeric: true, render: (r) => amt(r.drawdowns) },
                { key: 'idc', header: 'IDC', numeric: true, render: (r) => amt(r.idc) },
                { key: 'int', header: 'Interest', numeric: true, render: (r) => amt(r.interest) },
                ...(hedgeCost ? [{ key: 'hedge', header: 'Hedge cost', numeric: true, render: (r: DebtYear) => amt(r.debtFees) }] : []),
                { key: 'prin', header: 'Principal', numeric: true, render: (r) => amt(r.principal) },
                { key: 'ds', header: 'Debt service', numeric: true, render: (r) => amt(r.debtService) },
                { key: 'cfads', header: 'CFADS', numeric: true, render: (r) => amt(r.cfads) },
                { key: 'dscr', header: metricLabel('minDscr', 'shortLabel'), width: '90px', numeric: true, render: (r) => (r.minDscr ? `${r.minDscr.toFixed(2)}x` : '—') },
                { key: 'bal', header: 'Balance', numeric: true, render: (r) => amt(r.balance) }
              ]}
            />
          </div>
        </>
      )}
    </>
  )
}
