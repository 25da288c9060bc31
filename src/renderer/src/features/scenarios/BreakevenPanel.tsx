import { Card, Table, type Column } from '@renderer/ui'
import type { BreakevenCell, BreakevenRow, BreakevenTarget, FxBreakevenRow } from '@shared/analysis/breakeven'
import type { PlainMetric } from '@shared/analysis/plain'
import { useDoc } from '../editors'
import { RunBar } from './RunBar'
import { useAnalysisJob } from './use-analysis-job'
import { useT } from '@renderer/i18n'

const price = (p: BreakevenCell['impliedPrices'][number]) =>
  `${Number(p.price).toLocaleString('en-US', { maximumFractionDigits: 2 })} ${p.currency}/${p.unit} (${p.year})`

function CellView({ cell, testId }: { cell: BreakevenCell; testId: string }) {
  const m = cell.multiplier
  const t = useT()
  if (!m.ok)
    return (
      <span className="not-reachable" data-testid={testId}>
        {t('scenarios.be.notReachable')}<span className="reason">{m.reason}</span>
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
  const t = useT()
  if (!m.ok)
    return (
      <span className="not-reachable" data-testid={testId}>
        {t('scenarios.be.fxNone')}<span className="reason">{m.reason}</span>
      </span>
    )
  return (
    <span data-testid={testId}>
      <strong>{t('scenarios.be.fxRate', { pct: (Number(m.value) * 100).toFixed(2) })}</strong>
    </span>
  )
}

/** The FX path breakeven: the annual depreciation of INR (and JPY) against USD at which each target is just met. */
function FxBreakevenCard({ fx, covenant }: { fx: FxBreakevenRow; covenant: string }) {
  const t = useT()
  const names = fx.currencies.length === 2 ? t('scenarios.be.and', { a: fx.currencies[0]!, b: fx.currencies[1]! }) : fx.currencies.join(', ')
  type Row = { key: 'fx' }
  const col = (t: BreakevenTarget, header: string): Column<Row> => ({ key: t, header, render: () => <FxCell m={fx.cells[t]} testId={`be-fx-${t}`} /> })
  return (
    <Card title={t('scenarios.be.fxTitle', { names })}>
      <p className="panel-note">{t('scenarios.be.fxNote', { names, year: String(fx.fromYear) })}</p>
      <Table
        caption={t('scenarios.be.fxCaption')} rows={[{ key: 'fx' }]} rowKey={(r) => r.key}
        columns={[{ key: 'name', header: t('scenarios.be.fxMoved'), render: () => t('scenarios.be.fxRow', { names }) }, col('minDscr1', t('scenarios.be.minDscr1')), col('covenant', t('scenarios.be.covenant', { value: covenant })), col('npv0', 'NPV = 0')]}
      />
    </Card>
  )
}

/** Breakeven price multipliers: min DSCR = 1.00x, = covenant, NPV = 0; debt held at the base case. */
export function BreakevenPanel() {
  const doc = useDoc()
  const job = useAnalysisJob('breakeven')
  const t = useT()
  const covenant = Number(doc.lender.minDscr).toFixed(2)
  const col = (t: BreakevenTarget, header: string): Column<BreakevenRow> => ({
    key: t, header, render: (r) => <CellView cell={r.cells[t]} testId={`be-${r.productId ?? 'all'}-${t}`} />
  })
  return (
    <div className="analysis-panel">
      <Card title={t('scenarios.be.title')}>
        <p className="panel-note">{t('scenarios.be.note')}</p>
        <RunBar idleHint state={job.state} label={t('scenarios.be.run')} onRun={() => job.run({ kind: 'breakeven', project: doc })} onCancel={job.cancel} testId="breakeven" />
      </Card>
      {job.state.status === 'done' && (
        <Card title={t('scenarios.be.table')}>
          <Table
            caption={t('scenarios.be.caption')} rows={job.state.output.result.rows} rowKey={(r) => r.productId ?? 'all'}
            columns={[{ key: 'name', header: t('scenarios.be.pricesMoved'), render: (r) => (r.productId === null ? t('analysis.driver.priceAll') : r.name) }, col('minDscr1', t('scenarios.be.minDscr1')), col('covenant', t('scenarios.be.covenant', { value: covenant })), col('npv0', 'NPV = 0')]}
          />
        </Card>
      )}
      {job.state.status === 'done' && job.state.output.result.fx && <FxBreakevenCard fx={job.state.output.result.fx} covenant={covenant} />}
    </div>
  )
}
