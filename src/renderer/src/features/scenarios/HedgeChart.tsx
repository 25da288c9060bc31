import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { OFFSET_KEYS, offsetLabel, type LedgerRow, type OffsetKey } from '@shared/analysis/exposure'
import type { Locale } from '@shared/i18n'
import type { Currency } from '@shared/model'
import { CHART_AXIS, CHART_TOOLTIP } from '@renderer/ui/chart-theme'
import { compactMoney } from './format'
import { useT } from '@renderer/i18n'

const COLOURS: Record<OffsetKey, string> = {
  offtake: 'var(--chart-2)', feed: 'var(--chart-3)', supply: 'var(--chart-4)', byproducts: 'var(--chart-5)', tax: 'var(--text-faint)',
  workingCapital: 'var(--chart-6)', other: 'var(--border-strong)', debtService: 'var(--warning)'
}

/**
 * Gross → offsets → net, one bar per driver: the bar's length is the gross move, cut into what each
 * offset removes and what is left (net, in the accent colour). An offset that adds exposure (negative)
 * shows on the other side of zero. Only the offsets some driver has are drawn.
 */
export function HedgeChart({ rows, currency, keys, locale }: { rows: LedgerRow[]; currency: Currency; keys: readonly OffsetKey[]; locale: Locale }) {
  const data = rows.map((r) => ({ label: r.label, net: Number(r.net), ...Object.fromEntries(OFFSET_KEYS.map((k) => [k, Number(r.removed[k])])) }))
  const tick = (v: number) => compactMoney(v, currency)
  const t = useT()
  return (
    <ResponsiveContainer width="100%" height={Math.max(180, 44 * rows.length + 70)}>
      <BarChart data={data} layout="vertical" stackOffset="sign" margin={{ top: 8, right: 24, left: 8, bottom: 0 }}>
        <CartesianGrid stroke="var(--border)" horizontal={false} />
        <XAxis type="number" {...CHART_AXIS} tickFormatter={tick} />
        <YAxis type="category" dataKey="label" width={170} {...CHART_AXIS} />
        <Tooltip {...CHART_TOOLTIP} formatter={(v, name) => [typeof v === 'number' ? `${tick(v)} ${currency}` : String(v), name]} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <ReferenceLine x={0} stroke="var(--text-faint)" />
        <Bar dataKey="net" name={t('scenarios.hedge.netLeft')} stackId="h" fill="var(--chart-1)" isAnimationActive={false} />
        {keys.map((k) => (
          <Bar key={k} dataKey={k} name={offsetLabel(k, locale)} stackId="h" fill={COLOURS[k]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  )
}
