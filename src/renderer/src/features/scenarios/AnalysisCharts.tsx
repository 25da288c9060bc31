import { useEffect, useState } from 'react'
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { BreachSizingResult } from '@shared/analysis/breach-sizing/size-to-breach'
import type { Currency } from '@shared/model'
import { compactMoney, formatValue, type MetricUnit } from './format'
import { CHART_AXIS, CHART_PALETTE, CHART_TOOLTIP } from '@renderer/ui/chart-theme'
import { canvasMeasure, categoryAxisWidth } from '@renderer/ui/axis-width'
import { useT } from '@renderer/i18n'

/**
 * The analysis charts (recharts) in a lazily loaded chunk. Theme colours via CSS variables; animation
 * off so the picture is the numbers at once.
 */
const PALETTE = CHART_PALETTE
const AXIS = CHART_AXIS
const TOOLTIP = CHART_TOOLTIP

export type DscrSeries = { name: string; points: { end: string; dscr: number }[] }

export function DscrChart({ series, covenant }: { series: DscrSeries[]; covenant: number }) {
  const ends = [...new Set(series.flatMap((s) => s.points.map((p) => p.end)))].sort()
  const data = ends.map((end) => ({ end, ...Object.fromEntries(series.map((s) => [s.name, s.points.find((p) => p.end === end)?.dscr ?? null])) }))
  const t = useT()
  return (
    <ResponsiveContainer width="100%" height={280}>
      <LineChart data={data} margin={{ top: 8, right: 16, left: 8, bottom: 0 }}>
        <CartesianGrid stroke="var(--border)" vertical={false} />
        <XAxis dataKey="end" {...AXIS} tickFormatter={(v: string) => v.slice(0, 7)} />
        <YAxis {...AXIS} width={48} tickFormatter={(v: number) => `${v.toFixed(2)}x`} />
        <Tooltip {...TOOLTIP} formatter={(v) => (typeof v === 'number' ? `${v.toFixed(3)}x` : String(v))} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <ReferenceLine y={covenant} stroke="var(--warning)" strokeDasharray="4 3" label={{ value: t('scenarios.chart.covenant', { value: covenant.toFixed(2) }), fill: 'var(--text-muted)', fontSize: 11, position: 'insideTopRight' }} />
        <ReferenceLine y={1} stroke="var(--danger)" strokeDasharray="2 2" label={{ value: '1.00x', fill: 'var(--text-muted)', fontSize: 11, position: 'insideBottomLeft' }} />
        {series.map((s, i) => (
          <Line key={s.name} dataKey={s.name} stroke={PALETTE[i % PALETTE.length]} dot={false} strokeWidth={2} isAnimationActive={false} connectNulls />
        ))}
      </LineChart>
    </ResponsiveContainer>
  )
}

export type TornadoBar = { label: string; low: number; high: number; lowText: string; highText: string }

/** Bars are changes from the base value: down-step in one colour, up-step in the other. */
export function TornadoChart({ bars, unit, currency }: { bars: TornadoBar[]; unit: MetricUnit; currency: Currency }) {
  const tick = (v: number) => (unit === 'money' ? compactMoney(v, currency) : unit === 'pct' ? `${(v * 100).toFixed(1)} pp` : `${v.toFixed(2)}x`)
  // As wide as the longest driver name, so no name is cut at the chart's left edge; measured again once
  // the page's fonts have loaded (measured before, the fallback font's width wrapped a long name).
  useFontsLoaded() // a re-render, so a new measure, once the fonts are in
  const t = useT()
  const labelWidth = categoryAxisWidth(bars.map((b) => b.label), canvasMeasure(AXIS.tick.fontSize))
  return (
    <ResponsiveContainer width="100%" height={Math.max(200, 34 * bars.length + 60)}>
      <BarChart data={bars} layout="vertical" stackOffset="sign" margin={{ top: 8, right: 24, left: 8, bottom: 0 }}>
        <CartesianGrid stroke="var(--border)" horizontal={false} />
        <XAxis type="number" {...AXIS} tickFormatter={tick} />
        <YAxis type="category" dataKey="label" width={labelWidth} {...AXIS} tick={<OneLineTick />} />
        <Tooltip {...TOOLTIP} formatter={(v, name) => [typeof v === 'number' ? `${v >= 0 ? '+' : ''}${tick(v)}` : String(v), name]} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <ReferenceLine x={0} stroke="var(--text-faint)" />
        <Bar dataKey="low" name={t('scenarios.tornado.down')} stackId="t" fill="var(--chart-3)" isAnimationActive={false} />
        <Bar dataKey="high" name={t('scenarios.tornado.up')} stackId="t" fill="var(--chart-1)" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  )
}

/**
 * A category tick on one line. recharts wraps a tick at spaces by its own string measure, which it caches
 * per string: measured while a web font was still loading, the cached width stays wider than the text
 * and a long driver name wrapped although the axis (`categoryAxisWidth`, re-measured once fonts load)
 * fits it. The axis is sized to the longest name, so one line never needs wrapping.
 */
function OneLineTick(props: { x?: number | string; y?: number | string; payload?: { value?: unknown }; fill?: string; fontSize?: number | string; textAnchor?: 'start' | 'middle' | 'end' | 'inherit' }) {
  const { x, y, payload, fill, fontSize, textAnchor } = props
  // The axis style's size and colour (a custom tick replaces AXIS.tick, which carried them).
  return <text x={x} y={y} dy="0.355em" textAnchor={textAnchor ?? 'end'} fill={fill ?? AXIS.tick.fill} fontSize={fontSize ?? AXIS.tick.fontSize}>{String(payload?.value ?? '')}</text>
}

/** True once `document.fonts` has loaded what the page uses (at once where there is no FontFaceSet). */
function useFontsLoaded(): boolean {
  const fonts = typeof document === 'undefined' ? undefined : document.fonts
  const [loaded, setLoaded] = useState(() => !fonts || fonts.status === 'loaded')
  useEffect(() => {
    if (loaded || !fonts) return
    let live = true
    void fonts.ready.then(() => live && setLoaded(true))
    return () => {
      live = false
    }
  }, [fonts, loaded])
  return loaded
}

export type HistogramBin = { from: number; to: number; count: number }

export function HistogramChart({ bins, unit, currency, marks }: { bins: HistogramBin[]; unit: MetricUnit; currency: Currency; marks?: { value: number; label: string }[] }) {
  const data = bins.map((b) => ({ mid: (b.from + b.to) / 2, count: b.count, range: `${formatValue(b.from, unit, currency)} – ${formatValue(b.to, unit, currency)}` }))
  const tick = (v: number) => (unit === 'money' ? compactMoney(v, currency) : unit === 'pct' ? `${(v * 100).toFixed(1)} %` : `${v.toFixed(2)}x`)
  const width = bins.length > 0 ? bins[0]!.to - bins[0]!.from : 1
  const t = useT()
  const draws = t('scenarios.chart.draws')
  return (
    <ResponsiveContainer width="100%" height={220}>
      <BarChart data={data} margin={{ top: 22, right: 16, left: 8, bottom: 0 }} barCategoryGap={1}>
        <CartesianGrid stroke="var(--border)" vertical={false} />
        <XAxis dataKey="mid" type="number" domain={[(d: number) => d - width / 2, (d: number) => d + width / 2]} {...AXIS} tickFormatter={tick} />
        <YAxis {...AXIS} width={44} allowDecimals={false} />
        <Tooltip {...TOOLTIP} labelFormatter={(_, p) => String((p?.[0]?.payload as { range?: string } | undefined)?.range ?? '')} formatter={(v) => [String(v), draws]} />
        {marks?.map((m) => (
          <ReferenceLine key={m.label} x={m.value} stroke="var(--text-muted)" strokeDasharray="3 3" label={{ value: m.label, fill: 'var(--text-muted)', fontSize: 10, position: 'top', offset: m.label === 'P50' ? 10 : 2 }} />
        ))}
        <Bar dataKey="count" fill="var(--chart-2)" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  )
}

/**
 * Breach sizing: the probability against the debt amount (the target's own probability: below 1.00x,
 * or below the P90 covenant when that is the only target), the target as a horizontal line, the
 * deterministic sizing as a vertical one and the chosen amount as a dot.
 */
export function BreachCurveChart({ result }: { result: BreachSizingResult }) {
  const covenantOnly = result.target.maxBreachProbability === null
  const probabilityOf = (p: BreachSizingResult['chosen']) => (covenantOnly ? (p.covenantProbability ?? 0) : p.breachProbability)
  const line = covenantOnly ? 0.1 : result.target.maxBreachProbability!
  const t = useT()
  const label = covenantOnly ? t('scenarios.bs.pCovenant', { value: result.target.p90Covenant!.toFixed(2) }) : t('scenarios.mc.pOne')
  const data = result.curve.map((p) => ({ amount: p.amount / 1e6, probability: probabilityOf(p) }))
  const amountTick = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: v < 10 ? 2 : 0 })
  return (
    <ResponsiveContainer width="100%" height={300}>
      <LineChart data={data} margin={{ top: 22, right: 24, left: 8, bottom: 18 }}>
        <CartesianGrid stroke="var(--border)" vertical={false} />
        <XAxis dataKey="amount" type="number" domain={[0, 'auto']} {...AXIS} tickFormatter={amountTick} label={{ value: t('scenarios.bs.axis', { currency: result.currency }), position: 'insideBottom', offset: -10, fill: 'var(--text-muted)', fontSize: 12 }} />
        <YAxis {...AXIS} width={52} domain={[0, 1]} tickFormatter={(v: number) => `${Math.round(v * 100)} %`} />
        <Tooltip {...TOOLTIP} labelFormatter={(v) => `${result.currency} ${amountTick(Number(v))} m`} formatter={(v) => [typeof v === 'number' ? `${(v * 100).toFixed(2)} %` : String(v), label]} />
        <ReferenceLine y={line} stroke="var(--warning)" strokeDasharray="4 3" label={{ value: t('scenarios.bs.targetLine', { pct: (line * 100).toFixed(0) }), fill: 'var(--text-muted)', fontSize: 11, position: 'insideTopRight' }} />
        <ReferenceLine x={result.deterministic.amount / 1e6} stroke="var(--text-muted)" strokeDasharray="2 2" label={{ value: t('scenarios.bs.deterministicMark'), fill: 'var(--text-muted)', fontSize: 11, position: 'top' }} />
        <Line dataKey="probability" name={label} stroke={PALETTE[0]} strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
        <ReferenceDot x={result.chosen.amount / 1e6} y={probabilityOf(result.chosen)} r={6} fill="var(--accent)" stroke="var(--surface)" label={{ value: t('scenarios.bs.chosen'), position: 'bottom', offset: 8, fill: 'var(--text)', fontSize: 11 }} />
      </LineChart>
    </ResponsiveContainer>
  )
}
