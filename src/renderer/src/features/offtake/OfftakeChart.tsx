import { ChartLegend } from '../editors/ChartLegend'
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { Currency } from '@shared/model'
import { AXIS, COLORS, TOOLTIP, compactTick, fullAmount } from '../editors/chart-style'
import type { CoverageRow } from './coverage-data'
import { useDisplayUnit } from '@renderer/store'
import { useT } from '@renderer/i18n'

/** Contracted vs merchant revenue by year, offtake coverage on the right axis, and the loan maturity. */
export default function OfftakeChart({ rows, currency, maturityYear, minCoveragePct }: { rows: CoverageRow[]; currency: Currency; maturityYear: number | null; minCoveragePct: number }) {
  const unit = useDisplayUnit(currency)
  const tip = fullAmount(currency)
  const t = useT()
  const coverage = t('offtake.chart.coverage')
  return (
    <div className="chart-box" data-testid="offtake-chart">
      <ResponsiveContainer width="100%" height={260}>
        <ComposedChart data={rows} margin={{ top: 8, right: 8, left: 8, bottom: 0 }}>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis dataKey="year" {...AXIS} />
          <YAxis yAxisId="money" tickFormatter={compactTick(currency, unit)} width={56} {...AXIS} />
          <YAxis yAxisId="pct" orientation="right" width={52} domain={[0, 100]} tickFormatter={(v: number) => `${v} %`} {...AXIS} />
          <Tooltip formatter={(v, name) => (name === coverage ? `${Number(v).toFixed(1)} %` : tip(v))} {...TOOLTIP} cursor={{ fill: 'var(--surface-hover)' }} />
          <Legend wrapperStyle={{ fontSize: 12 }} content={ChartLegend} />
          <Bar yAxisId="money" dataKey="contracted" name={t('offtake.chart.contracted')} stackId="rev" fill={COLORS.a} isAnimationActive={false} />
          <Bar yAxisId="money" dataKey="merchant" name={t('offtake.chart.merchant')} stackId="rev" fill={COLORS.d} isAnimationActive={false} />
          <Line yAxisId="pct" dataKey="coveragePct" name={coverage} stroke={COLORS.b} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
          <ReferenceLine yAxisId="pct" y={minCoveragePct} stroke="var(--danger)" strokeDasharray="6 4" label={{ value: t('offtake.chart.lenderMin'), fill: 'var(--text-muted)', fontSize: 11, position: 'insideTopLeft' }} />
          {maturityYear !== null && <ReferenceLine yAxisId="money" x={maturityYear} stroke="var(--warning)" strokeDasharray="4 3" label={{ value: t('offtake.chart.maturity'), fill: 'var(--text-muted)', fontSize: 11, position: 'insideTopRight' }} />}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  )
}
