/** Summary statistics of one Monte Carlo output over the draws where it exists. */
export type Distribution = {
  /** Draws with a value (e.g. an IRR exists). */
  count: number
  /** Draws without a value (no IRR, no debt service…). */
  missing: number
  mean: number | null
  p10: number | null
  p50: number | null
  p90: number | null
  min: number | null
  max: number | null
  histogram: { from: number; to: number; count: number }[]
}

/** Percentile with linear interpolation between order statistics (Excel PERCENTILE.INC / type 7). */
export function percentile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length
  if (n === 1) return sorted[0]!
  const h = (n - 1) * q
  const lo = Math.floor(h)
  const hi = Math.min(lo + 1, n - 1)
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!)
}

export function describe(values: readonly (number | null)[], bins = 30): Distribution {
  const xs = Float64Array.from(values.filter((v): v is number => v !== null))
  const missing = values.length - xs.length
  if (xs.length === 0) return { count: 0, missing, mean: null, p10: null, p50: null, p90: null, min: null, max: null, histogram: [] }
  xs.sort()
  let total = 0
  for (const x of xs) total += x
  const min = xs[0]!
  const max = xs[xs.length - 1]!
  const width = max > min ? (max - min) / bins : 0
  const histogram = width === 0 ? [{ from: min, to: max, count: xs.length }] : Array.from({ length: bins }, (_, b) => ({ from: min + b * width, to: b === bins - 1 ? max : min + (b + 1) * width, count: 0 }))
  if (width > 0) for (const x of xs) histogram[Math.min(bins - 1, Math.floor((x - min) / width))]!.count++
  return { count: xs.length, missing, mean: total / xs.length, p10: percentile(xs, 0.1), p50: percentile(xs, 0.5), p90: percentile(xs, 0.9), min, max, histogram }
}
