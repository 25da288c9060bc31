import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { CHART_AXIS, CHART_TOOLTIP } from '@renderer/ui/chart-theme'
import { useT } from '@renderer/i18n'

export type DscrYear = { year: number; base: number | null; review: number | null }

/** Both DSCR profiles on one axis (recharts, its own lazy chunk like the Results charts). */
export default function ReviewDscrChart({ data, baseCovenant, reviewCovenant }: { data: DscrYear[]; baseCovenant: number; reviewCovenant: number }) {
  const ratio = (v: unknown) => (typeof v === 'number' ? `${v.toFixed(2)}x` : '—')
  const t = useT()
  return (
    <div className="chart-body">
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={data} margin={{ top: 8, right: 16, left: 0, bottom: 0 }}>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis dataKey="year" {...CHART_AXIS} />
          <YAxis width={48} tickFormatter={(v: number) => `${v.toFixed(1)}x`} domain={[0, 'auto']} {...CHART_AXIS} />
          <Tooltip formatter={ratio} {...CHART_TOOLTIP} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <ReferenceLine y={reviewCovenant} stroke="var(--danger)" strokeDasharray="6 4" ifOverflow="extendDomain" label={{ value: t('review.chart.reviewer', { value: reviewCovenant.toFixed(2) }), position: 'insideTopRight', fill: 'var(--text-muted)', fontSize: 11 }} />
          {baseCovenant !== reviewCovenant && <ReferenceLine y={baseCovenant} stroke="var(--text-faint)" strokeDasharray="2 3" ifOverflow="extendDomain" />}
          <Line dataKey="base" name={t('review.cmp.base')} stroke="var(--chart-1)" strokeWidth={2} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
          <Line dataKey="review" name={t('review.cmp.review')} stroke="var(--danger)" strokeWidth={2} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  )
}
