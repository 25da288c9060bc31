import { trusted, type Html } from './html'

export type ChartSeries = {
  name: string
  /** CSS colour (set by the sheet's code, never user text). */
  color: string
  /** DSCR per point, null where there is no debt service. */
  values: (number | null)[]
}

export type DscrChartInput = {
  /** One label per point (period end, e.g. "2028-06"). */
  labels: string[]
  series: ChartSeries[]
  /** Per point: a repayment period the covenant is tested in (others, e.g. grace, are drawn grey). */
  tested?: boolean[]
  covenant: number
  lockup: number | null
  widthPx: number
  heightPx: number
}

const safeColor = (c: string) => (/^#[0-9a-fA-F]{3,8}$/.test(c) ? c : '#1f5fa8')
const f1 = (n: number) => (Math.round(n * 10) / 10).toString()

/**
 * The DSCR profile as inline SVG: bars for the first series (lines for further ones, e.g. the review
 * case), the covenant as a red dashed line and the lock-up as an amber dotted one. Values above the
 * axis top are drawn to the top with a caret so a 9x period does not flatten everything else.
 */
export function dscrChartSvg(input: DscrChartInput): Html {
  const { labels, series, covenant, lockup, tested, widthPx: w, heightPx: h } = input
  const left = 30
  const right = 6
  const top = 8
  const bottom = 16
  const pw = w - left - right
  const ph = h - top - bottom
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)))
  const highest = Math.max(covenant, lockup ?? 0, ...all, 1)
  const yMax = Math.min(Math.ceil(highest * 1.15 * 2) / 2, Math.max(Math.ceil(covenant * 2.5), 3))
  // A negative DSCR (CFADS below zero) is shown below the axis, down to −yMax at most.
  const lowest = Math.min(0, ...all)
  const yMin = lowest < 0 ? Math.max(Math.floor(lowest * 2) / 2, -yMax) : 0
  const y = (v: number) => top + ph - ((Math.max(yMin, Math.min(v, yMax)) - yMin) / (yMax - yMin)) * ph
  const n = Math.max(labels.length, 1)
  const slot = pw / n
  const x = (i: number) => left + slot * i + slot / 2
  const parts: string[] = []
  const step = yMax <= 2 ? 0.5 : yMax <= 5 ? 1 : 2
  for (let t = Math.ceil(yMin / step) * step; t <= yMax + 1e-9; t += step) {
    parts.push(`<line x1="${left}" x2="${w - right}" y1="${f1(y(t))}" y2="${f1(y(t))}" class="grid"/>`)
    parts.push(`<text x="${left - 3}" y="${f1(y(t) + 2.5)}" class="tick" text-anchor="end">${t.toFixed(1)}x</text>`)
  }
  const [first, ...rest] = series
  if (first) {
    const bw = Math.max(1, Math.min(slot * 0.7, 14))
    first.values.forEach((v, i) => {
      if (v === null) return
      const clipped = v > yMax
      const y0 = y(Math.max(v, 0))
      const y1 = y(Math.min(v, 0))
      const cls = tested && tested[i] === false ? 'bar bar-grace' : v < (lockup ?? covenant) ? 'bar bar-red' : v < covenant ? 'bar bar-amber' : 'bar'
      parts.push(`<rect x="${f1(x(i) - bw / 2)}" y="${f1(y0)}" width="${f1(bw)}" height="${f1(Math.max(y1 - y0, 0.5))}" class="${cls}"/>`)
      if (clipped) parts.push(`<text x="${f1(x(i))}" y="${f1(top + 6)}" class="tick" text-anchor="middle">▲</text>`)
    })
  }
  for (const s of rest) {
    const pts = s.values.map((v, i) => (v === null ? null : `${f1(x(i))},${f1(y(v))}`))
    let path = ''
    let pen = false
    for (const p of pts) {
      if (p === null) pen = false
      else {
        path += `${pen ? 'L' : 'M'}${p}`
        pen = true
      }
    }
    if (path) parts.push(`<path d="${path}" class="line" style="stroke:${safeColor(s.color)}"/>`)
    s.values.forEach((v, i) => {
      if (v !== null) parts.push(`<circle cx="${f1(x(i))}" cy="${f1(y(v))}" r="1.6" style="fill:${safeColor(s.color)}"/>`)
    })
  }
  parts.push(`<line x1="${left}" x2="${w - right}" y1="${f1(y(covenant))}" y2="${f1(y(covenant))}" class="covenant"/>`)
  if (lockup !== null && lockup < covenant) parts.push(`<line x1="${left}" x2="${w - right}" y1="${f1(y(lockup))}" y2="${f1(y(lockup))}" class="lockup"/>`)
  // Label about 6 ticks along the x axis (years), whatever the number of periods.
  // Only where the label changes (a new year with 6-month periods), so the ticks are evenly spaced years.
  const changes = labels.map((l, i) => i).filter((i) => i === 0 || labels[i] !== labels[i - 1])
  const every = Math.max(1, Math.ceil(changes.length / 7))
  const shown = new Set(changes.filter((_, k) => k % every === 0))
  labels.forEach((l, i) => {
    if (shown.has(i)) parts.push(`<text x="${f1(x(i))}" y="${h - 4}" class="tick" text-anchor="middle">${l.replace(/[^0-9-]/g, '')}</text>`)
  })
  parts.push(`<line x1="${left}" x2="${w - right}" y1="${f1(y(0))}" y2="${f1(y(0))}" class="axis"/>`)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="100%" role="img" class="dscr-chart">${parts.join('')}</svg>`
  // Only numbers, digits of dates, fixed class names and our own colours are in `svg`: no user text.
  return trusted(svg)
}
