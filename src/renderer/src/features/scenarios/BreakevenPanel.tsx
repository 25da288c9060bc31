import { Card, Table, type Column } from '@renderer/ui'
import type { BreakevenCell, BreakevenRow, BreakevenTarget } from '@shared/analysis/breakeven'
import { useDoc } from '../editors'
import { RunBar } from './RunBar'
import { useAnalysisJob } from './use-analysis-job'

const price = (p: BreakevenCell['impliedPrices'][number]) =>
  `${Number(p.price).toLocaleString('en-US', { maximumFractionDigits: 2 })} ${p.currency}/${p.unit} (${p.year})`

function CellView({ cell, testId }: { cell: BreakevenCell; testId: string }) {
  const m = cell.multiplier
  if (!m.ok)
    return (
      <span className="not-reachable" data-testid={testId}>
        not reachable<span className="reason">{m.reason}</span>
      </span>
    )
  return (
    <span data-testid={testId}>
      <strong>{Number(m.value).toFixed(4)}×</strong>
      {cell.impliedPrices.length === 1 && <span className="reason">{price(cell.impliedPrices[0]!)}</span>}
      {cell.impliedPrices.length > 1 && <span className="reason">{cell.impliedPrices.map((p) => `${p.name} ${price(p)}`).join('; ')}</span>}
    </span>
  )
}

/** Breakeven price multipliers: min DSCR = 1.00x, = covenant, NPV = 0; debt held at the base case. */
export function BreakevenPanel() {
  const doc = useDoc()
  const job = useAnalysisJob('breakeven')
  const covenant = Number(doc.lender.minDscr).toFixed(2)
  const col = (t: BreakevenTarget, header: string): Column<BreakevenRow> => ({
    key: t, header, render: (r) => <CellView cell={r.cells[t]} testId={`be-${r.productId ?? 'all'}-${t}`} />
  })
  return (
    <div className="analysis-panel">
      <Card title="Breakeven prices">
        <p className="panel-note">
          The multiplier on the deck prices (one product, or all together) at which the project just meets each target, with the debt amount and
          schedule held at the base case; the first operating year’s deck price it implies in brackets. Found by bracketing and regula falsi to better than 1e-6.
        </p>
        <RunBar state={job.state} label="Find breakevens" onRun={() => job.run({ kind: 'breakeven', project: doc })} onCancel={job.cancel} testId="breakeven" />
      </Card>
      {job.state.status === 'done' && (
        <Card title="Breakeven multipliers (× deck price)">
          <Table
            caption="Breakeven price multipliers" rows={job.state.output.result.rows} rowKey={(r) => r.productId ?? 'all'}
            columns={[{ key: 'name', header: 'Prices moved', render: (r) => r.name }, col('minDscr1', 'Min DSCR = 1.00x'), col('covenant', `Min DSCR = covenant ${covenant}x`), col('npv0', 'NPV = 0')]}
          />
        </Card>
      )}
    </div>
  )
}
