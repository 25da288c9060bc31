import { ChartLegend } from '../editors/ChartLegend'
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { Currency } from '@shared/model'
import { AXIS, COLORS, TOOLTIP, compactTick, fullAmount } from '../editors/chart-style'
import type { debtChartRows } from './debt-schedule'
import { useDisplayUnit } from '@renderer/store'
import { useT } from '@renderer/i18n'

/** CFADS and debt service per year (bars) with the closing debt balance (line). */
export default function DebtChart({ rows, currency }: { rows: ReturnType<typeof debtChartRows>; currency: Currency }) {
  const unit = useDisplayUnit(currency)
  const tip = fullAmount(currency)
  const t = useT()
  return (
    <div className="chart-box" data-testid="debt-chart">
      <ResponsiveContainer width="100%" height={260}>
        <ComposedChart data={rows} margin={{ top: 8, right: 8, left: 8, bottom: 0 }}>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis dataKey="year" {...AXIS} />
          <YAxis tickFormatter={compactTick(currency, unit)} width={56} {...AXIS} />
          <Tooltip formatter={tip} {...TOOLTIP} cursor={{ fill: 'var(--surface-hover)' }} />
          <Legend wrapperStyle={{ fontSize: 12 }} content={ChartLegend} />
          <Bar dataKey="cfads" name="CFADS" fill={COLORS.a} isAnimationActive={false} />
          <Bar dataKey="debtService" name={t('financing.chart.debtService')} fill={COLORS.d} isAnimationActive={false} />
          <Line dataKey="balance" name={t('financing.chart.balance')} stroke={COLORS.c} strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  )
}
