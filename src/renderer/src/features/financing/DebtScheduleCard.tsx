import { lazy, Suspense } from 'react'
import type { Project } from '@shared/model'
import { Card, Table } from '@renderer/ui'
import { formatAmount, formatPercent } from '@renderer/format/money'
import { useModelResult } from '@renderer/model'
import { moneyHint } from '../editors/money-hint'
import { debtChartRows, debtSchedule, type DebtYear } from './debt-schedule'
import { metricLabel } from '@shared/metrics/registry'

const DebtChart = lazy(() => import('./DebtChart'))

/** The debt as the model sized it: key figures, the schedule by year and its chart (from the live results). */
export function DebtScheduleCard({ doc }: { doc: Project }) {
  const { result, stale } = useModelResult()
  const cur = doc.reportingCurrency
  if (!result) return <Card title="Debt schedule"><p className="muted">The schedule appears once the project runs.</p></Card>
  const f = result.financing
  const rows = debtSchedule(result)
  // Schedules are read in the currency's big unit: crore for INR, millions for USD and JPY.
  const scale = cur === 'INR' ? { div: 1e7, name: 'crore' } : { div: 1e6, name: 'million' }
  const amt = (v: DebtYear['balance']) => formatAmount(v.div(scale.div), cur, { decimals: 2 })
  // Key figures in whole units with their size in words, as the schedule below reads in crore/million.
  const big = (v: DebtYear['balance']) => moneyHint(v.toDecimalPlaces(0).toFixed(), cur)
  return (
    <Card title={`Debt schedule (${cur} ${scale.name})${stale ? ' · updating…' : ''}`}>
      <dl className="kv debt-kv">
        <dt>Debt at COD</dt>
        <dd data-testid="debt-at-cod">{big(result.metrics.debtAtCod)}</dd>
        <dt>Gearing achieved</dt>
        <dd>{formatPercent(f.gearing, 2)}</dd>
        <dt>Sized by</dt>
        <dd>{f.sizingMode === 'sculpted' ? `DSCR sculpting${f.capBinding ? ' (gearing cap binds)' : ''}` : f.sizingMode === 'gearing' ? 'Gearing' : 'Held from the base case'}{f.sculptingDscr ? ` · sculpting DSCR ${f.sculptingDscr.toFixed(2)}x` : ''}</dd>
        <dt>Interest during construction</dt>
        <dd>{big(f.totalIdc)}</dd>
        <dt>Upfront fees</dt>
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
          <div className="scroll-x dense-table">
            <Table
              caption={`Debt schedule by year, ${cur} ${scale.name}`}
              rows={rows}
              rowKey={(r) => String(r.year)}
              columns={[
                { key: 'year', header: 'Year', width: '60px', render: (r) => r.year },
                { key: 'draw', header: 'Drawdowns', numeric: true, render: (r) => amt(r.drawdowns) },
                { key: 'idc', header: 'IDC', numeric: true, render: (r) => amt(r.idc) },
                { key: 'int', header: 'Interest', numeric: true, render: (r) => amt(r.interest) },
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
    </Card>
  )
}
