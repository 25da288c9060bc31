import { Card, Table, type Column } from '@renderer/ui'
import type { BreakevenCell, BreakevenRow, BreakevenTarget, FxBreakevenRow } from '@shared/analysis/breakeven'
import type { PlainMetric } from '@shared/analysis/plain'
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

function FxCell({ m, testId }: { m: PlainMetric; testId: string }) {
  if (!m.ok)
    return (
      <span className="not-reachable" data-testid={testId}>
        none in 0–100 %/yr<span className="reason">{m.reason}</span>
      </span>
    )
  return (
    <span data-testid={testId}>
      <strong>{(Number(m.value) * 100).toFixed(2)} %/yr</strong>
    </span>
  )
}

/** The FX path breakeven: the annual depreciation of INR (and JPY) against USD at which each target is just met. */
function FxBreakevenCard({ fx, covenant }: { fx: FxBreakevenRow; covenant: string }) {
  const names = fx.currencies.join(' and ')
  type Row = { key: 'fx' }
  const col = (t: BreakevenTarget, header: string): Column<Row> => ({ key: t, header, render: () => <FxCell m={fx.cells[t]} testId={`be-fx-${t}`} /> })
  return (
    <Card title={`FX breakeven (${names} depreciation against USD)`}>
      <p className="panel-note">
        The annual depreciation of {names} against USD, compounding from {fx.fromYear} (financial close) on top of the FX table, at which the project just
        meets each target; debt held at the base case in each tranche’s currency (unhedged tranches are translated at the stressed FX, hedged ones at their swap rate).
      </p>
      <Table
        caption="FX breakeven" rows={[{ key: 'fx' }]} rowKey={(r) => r.key}
        columns={[{ key: 'name', header: 'FX moved', render: () => `${names} weaker, % a year` }, col('minDscr1', 'Min DSCR = 1.00x'), col('covenant', `Min DSCR = covenant ${covenant}x`), col('npv0', 'NPV = 0')]}
      />
    </Card>
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
          schedule held at the base case; the first operating year’s deck price it implies in brackets. Found by a numerical search, to within a millionth of the multiplier.
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
      {job.state.status === 'done' && job.state.output.result.fx && <FxBreakevenCard fx={job.state.output.result.fx} covenant={covenant} />}
    </div>
  )
}
