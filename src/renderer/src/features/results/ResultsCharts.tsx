import type { ReactElement } from 'react'
import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { Currency } from '@shared/model'
import { axisTick, type DisplayUnit } from '@shared/format/display-unit'
import type { ChartData } from './chart-data'
import { CHART_AXIS, CHART_PALETTE, CHART_TOOLTIP } from '@renderer/ui/chart-theme'
import { useT } from '@renderer/i18n'

/**
 * The Results charts (recharts), in their own lazily loaded chunk. Colours come from CSS variables so
 * light and dark follow the theme; animation is off so what is drawn is what the numbers say at once.
 */
const LOCALE: Record<Currency, string> = { USD: 'en-US', INR: 'en-IN', JPY: 'en-US' }
const full = (currency: Currency) => {
  const f = new Intl.NumberFormat(LOCALE[currency], { maximumFractionDigits: 0 })
  return (v: unknown) => (typeof v === 'number' ? `${f.format(v)} ${currency}` : String(v))
}
const PALETTE = CHART_PALETTE
const AXIS = CHART_AXIS
const TOOLTIP = CHART_TOOLTIP
const HEIGHT = 260

function ChartCard({ title, testId, children, note }: { title: string; testId: string; children: ReactElement; note?: string }) {
  return (
    <figure className="card chart-card" data-testid={testId}>
      <figcaption className="card-title chart-title">{title}</figcaption>
      <div className="chart-body">
        <ResponsiveContainer width="100%" height={HEIGHT}>
          {children}
        </ResponsiveContainer>
      </div>
      {note && <p className="chart-note">{note}</p>}
    </figure>
  )
}

/** Money axes in the reader's display unit ("1,700 cr", "2.5 mn": never "1.7KCr"). */
export default function ResultsCharts({ data, currency, unit }: { data: ChartData; currency: Currency; unit: DisplayUnit }) {
  const t = useT()
  const tick = axisTick(currency, unit)
  const tip = full(currency)
  // The series' names are in the reader's language; the tooltip tells ratios from money by them.
  const covenantName = t('results.chart.covenant')
  return (
    <div className="chart-grid">
      <ChartCard title={t('results.chart.revenue', { currency })} testId="chart-revenue">
        <BarChart data={data.revenue} margin={{ top: 8, right: 8, left: 8, bottom: 0 }}>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis dataKey="year" {...AXIS} />
          <YAxis tickFormatter={tick} width={72} {...AXIS} />
          <Tooltip formatter={tip} {...TOOLTIP} cursor={{ fill: 'var(--surface-hover)' }} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {data.products.map((p, i) => (
            <Bar key={p.key} dataKey={p.key} name={p.name} stackId="revenue" fill={PALETTE[i % PALETTE.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ChartCard>
      <ChartCard
        title={t('results.chart.cover', { currency })}
        testId="chart-cover"
        note={t(data.hasDebt ? 'results.chart.coverNote' : 'results.chart.noDebt')}
      >
        <ComposedChart data={data.cover} margin={{ top: 8, right: 8, left: 8, bottom: 0 }}>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis dataKey="year" {...AXIS} />
          <YAxis yAxisId="money" tickFormatter={tick} width={72} {...AXIS} />
          <YAxis yAxisId="dscr" orientation="right" width={44} tickFormatter={(v: number) => `${v.toFixed(1)}x`} domain={[0, 'auto']} {...AXIS} />
          <Tooltip formatter={(v, name) => (name === 'DSCR' || name === covenantName ? `${Number(v).toFixed(2)}x` : tip(v))} {...TOOLTIP} cursor={{ fill: 'var(--surface-hover)' }} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar yAxisId="money" dataKey="cfads" name="CFADS" fill="var(--chart-1)" isAnimationActive={false} />
          <Bar yAxisId="money" dataKey="debtService" name={t('results.chart.debtService')} fill="var(--chart-4)" isAnimationActive={false} />
          {data.hasDebt && <Line yAxisId="dscr" dataKey="dscr" name="DSCR" stroke="var(--chart-2)" strokeWidth={2} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />}
          {data.hasDebt && <Line yAxisId="dscr" dataKey="covenant" name={covenantName} stroke="var(--danger)" strokeDasharray="6 4" dot={false} isAnimationActive={false} />}
        </ComposedChart>
      </ChartCard>
      <ChartCard title={t('results.chart.cash', { currency })} testId="chart-cash" note={t('results.chart.cashNote')}>
        <LineChart data={data.cash} margin={{ top: 8, right: 8, left: 8, bottom: 0 }}>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis dataKey="year" {...AXIS} />
          <YAxis tickFormatter={tick} width={72} {...AXIS} />
          <Tooltip formatter={tip} {...TOOLTIP} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <ReferenceLine y={0} stroke="var(--text-faint)" />
          <Line dataKey="project" name={t('results.chart.project')} stroke="var(--chart-1)" strokeWidth={2} dot={false} isAnimationActive={false} />
          <Line dataKey="equity" name={t('results.chart.equity')} stroke="var(--chart-3)" strokeWidth={2} dot={false} isAnimationActive={false} />
        </LineChart>
      </ChartCard>
      {data.capacity && (
        <ChartCard title={t('results.chart.capacity')} testId="chart-capacity" note={t('results.chart.capacityNote')}>
          <ComposedChart data={data.capacity} margin={{ top: 8, right: 8, left: 8, bottom: 0 }}>
            <CartesianGrid stroke="var(--border)" vertical={false} />
            <XAxis dataKey="year" {...AXIS} />
            <YAxis tickFormatter={axisTick('USD', unit)} width={56} {...AXIS} />
            <Tooltip formatter={(v) => `${tons(v)} t`} {...TOOLTIP} cursor={{ fill: 'var(--surface-hover)' }} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="processed" name={t('results.chart.processed')} stackId="feed" fill="var(--chart-1)" isAnimationActive={false} />
            <Bar dataKey="unprocessed" name={t('results.chart.unprocessed')} stackId="feed" fill="var(--chart-4)" isAnimationActive={false} />
            <Line dataKey="available" name={t('results.chart.available')} stroke="var(--danger)" strokeDasharray="6 4" dot={false} isAnimationActive={false} />
          </ComposedChart>
        </ChartCard>
      )}
    </div>
  )
}

const tonsFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })
const tons = (v: unknown) => (typeof v === 'number' ? tonsFormat.format(v) : String(v))
