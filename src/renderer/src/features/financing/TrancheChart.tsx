import { ChartLegend } from '../editors/ChartLegend'
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { Currency } from '@shared/model'
import type { TrancheYear } from '@shared/debt-report'
import { AXIS, COLORS, TOOLTIP, compactTick, fullAmount } from '../editors/chart-style'
import { useDisplayUnit } from '@renderer/store'
import { useT } from '@renderer/i18n'

/** One tranche by year in the reporting currency: interest, principal and fees stacked, the closing balance as a line. */
export default function TrancheChart({ rows, currency }: { rows: readonly TrancheYear[]; currency: Currency }) {
  const unit = useDisplayUnit(currency)
  const t = useT()
  const data = rows.map((r) => ({ year: r.year, interest: r.interest.plus(r.idc).toNumber(), principal: r.principal.toNumber(), fees: r.fees.toNumber(), balance: r.balance.toNumber() }))
  return (
    <div className="chart-box" data-testid="tranche-chart">
      <ResponsiveContainer width="100%" height={260}>
        <ComposedChart data={data} margin={{ top: 8, right: 8, left: 8, bottom: 0 }}>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis dataKey="year" {...AXIS} />
          <YAxis tickFormatter={compactTick(currency, unit)} width={56} {...AXIS} />
          <Tooltip formatter={fullAmount(currency)} {...TOOLTIP} cursor={{ fill: 'var(--surface-hover)' }} />
          <Legend wrapperStyle={{ fontSize: 12 }} content={ChartLegend} />
          <Bar dataKey="interest" stackId="ds" name={t('financing.chart.interest', { currency })} fill={COLORS.b} isAnimationActive={false} />
          <Bar dataKey="principal" stackId="ds" name={t('financing.chart.principal', { currency })} fill={COLORS.a} isAnimationActive={false} />
          <Bar dataKey="fees" stackId="ds" name={t('financing.chart.fees', { currency })} fill={COLORS.d} isAnimationActive={false} />
          <Line dataKey="balance" name={t('financing.chart.trancheBalance', { currency })} stroke={COLORS.c} strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  )
}
