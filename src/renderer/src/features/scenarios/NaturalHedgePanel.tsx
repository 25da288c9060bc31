import { lazy, Suspense, useState } from 'react'
import { Card, NumberField, Table, type Column } from '@renderer/ui'
import { OFFSET_KEYS, OFFSET_LABELS, type ExposureLedger, type LedgerRow } from '@shared/analysis/exposure'
import type { Currency } from '@shared/model'
import { useDoc } from '../editors'
import { compactMoney, money, pct, times } from './format'
import { JointStressCard } from './JointStressCard'
import { RunBar } from './RunBar'
import { useAnalysisJob } from './use-analysis-job'

const HedgeChart = lazy(() => import('./HedgeChart').then((m) => ({ default: m.HedgeChart })))

/**
 * The natural-hedge ledger (issue 19): per metal and FX, what a price move does to CFADS before and
 * after every offset the project has, read from the engine's own lines (finite differences, debt held
 * as sized); and the joint stress of two drivers at once.
 */
export function NaturalHedgePanel() {
  const doc = useDoc()
  const [step, setStep] = useState('0.1')
  const job = useAnalysisJob('exposure')
  const run = () => job.run({ kind: 'exposure', project: doc, settings: { step } })
  return (
    <div className="analysis-panel">
      <Card title="Natural hedge">
        <p className="panel-note">
          Each metal’s prices (and FX, and by-product prices) moved up and down by the step, one at a time, with the debt held as sized: the gross move of revenue had every unit been
          sold merchant, what each offset takes away — offtake floors, caps and fixed prices, feed bought at a % of contained value, supply contracts, tax, working capital, debt service
          in another currency — and what is left, summed over the loan life.
        </p>
        <div className="analysis-form">
          <NumberField label="Price move" unit="%" percent value={step} onValue={(v) => v !== null && setStep(v)} hint="relative, up and down" />
        </div>
        <RunBar state={job.state} label="Run ledger" onRun={run} onCancel={job.cancel} testId="hedge" />
      </Card>
      {job.state.status === 'done' && <LedgerView ledger={job.state.output.result} />}
      <JointStressCard />
    </div>
  )
}

function LedgerView({ ledger }: { ledger: ExposureLedger }) {
  const cur: Currency = ledger.currency
  const step = `${(Number(ledger.step) * 100).toFixed(0)} %`
  // Offsets this project has (some row moves them); the others would be columns of zeros.
  const keys = OFFSET_KEYS.filter((k) => ledger.rows.some((r) => Number(r.removed[k]) !== 0))
  const cash = (s: string) => <span title={money(Number(s), cur)}>{compactMoney(Number(s), cur)}</span>
  const dscr = (s: string | null) => {
    const base = ledger.baseMinDscr === null ? null : Number(ledger.baseMinDscr)
    const x = s === null ? null : Number(s)
    return <span title={x !== null && base !== null ? `${x - base >= 0 ? '+' : '−'}${Math.abs(x - base).toFixed(3)}x from ${times(base)}` : undefined}>{times(x)}</span>
  }
  const cols: Column<LedgerRow>[] = [
    { key: 'driver', header: 'Driver', width: '150px', render: (r) => r.label },
    { key: 'gross', header: 'Gross', numeric: true, render: (r) => cash(r.gross) },
    ...keys.map((k): Column<LedgerRow> => ({ key: k, header: OFFSET_LABELS[k], numeric: true, render: (r) => cash(r.removed[k]) })),
    { key: 'net', header: <strong>Net</strong>, numeric: true, render: (r) => <strong data-testid={`hedge-net-${r.driverId}`}>{cash(r.net)}</strong> },
    { key: 'share', header: '% of CFADS', numeric: true, render: (r) => <span data-testid={`hedge-share-${r.driverId}`}>{pct(r.shareOfCfads === null ? null : Number(r.shareOfCfads))}</span> },
    { key: 'dscrUp', header: `Min DSCR +${step}`, numeric: true, render: (r) => dscr(r.minDscrUp) },
    { key: 'netDown', header: `Net −${step}`, numeric: true, render: (r) => cash(r.netDown) },
    { key: 'dscrDown', header: `Min DSCR −${step}`, numeric: true, render: (r) => dscr(r.minDscrDown) }
  ]
  const w = ledger.window
  const hidden = OFFSET_KEYS.filter((k) => !keys.includes(k)).map((k) => OFFSET_LABELS[k])
  return (
    <>
      <Card title={`Ledger per +${step} move, ${cur}, ${w.kind === 'loanLife' ? 'loan life' : 'operating life'} ${w.from.slice(0, 7)} to ${w.to.slice(0, 7)}`}>
        <p className="panel-note">
          Base over the window: CFADS {money(Number(ledger.baseCfads), cur)}, debt service {money(Number(ledger.baseDebtService), cur)}, minimum DSCR {times(ledger.baseMinDscr === null ? null : Number(ledger.baseMinDscr))}
          {' '}(covenant {times(Number(ledger.covenantDscr))}). Offsets are what each removes from the gross (negative: adds to it); net = gross − offsets = the change of CFADS less debt
          service.{hidden.length > 0 ? ` Columns hidden (no such offset in this project): ${hidden.join('; ')}.` : ''}
        </p>
        <div className="hedge-ledger">
          <Table caption="Natural-hedge ledger" columns={cols} rows={ledger.rows} rowKey={(r) => r.driverId} rowProps={(r) => ({ 'data-testid': `hedge-row-${r.driverId}` })} />
        </div>
      </Card>
      <Card title="Gross → offsets → net">
        <Suspense fallback={<p className="panel-empty">Loading chart…</p>}>
          <div data-testid="chart-hedge">
            <HedgeChart rows={ledger.rows} currency={cur} keys={keys} />
          </div>
        </Suspense>
      </Card>
    </>
  )
}
