/**
 * How wide a chart's category axis must be for its longest label (#17: a tornado's "FX rate (units per
 * USD)" was cut at the chart's left edge, recharts draws a label right-aligned at the axis and lets
 * it run out of the svg). Measured with the page's own font on a canvas; where there is no canvas
 * (tests, a worker), estimated at 0.62 em a character, which over-counts DejaVu/Inter letters.
 */
export type Measure = (text: string) => number

/**
 * The tick mark and the gap between it and the text, in px (recharts: tickSize 6 + a small margin), plus
 * slack for recharts' own measure of the label, which can come out a few px wider than the canvas's and
 * then wraps the name over two lines.
 */
const TICK_GAP_PX = 24

export function canvasMeasure(fontPx: number): Measure {
  const ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext?.('2d')
  if (!ctx) return (text) => text.length * fontPx * 0.62
  const family = getComputedStyle(document.body).fontFamily || 'sans-serif'
  ctx.font = `${fontPx}px ${family}`
  return (text) => ctx.measureText(text).width
}

/** The axis width for these labels, between `min` and `max` px (a longer label wraps at spaces rather than clip). */
export function categoryAxisWidth(labels: readonly string[], measure: Measure, min = 80, max = 300): number {
  const widest = labels.reduce((w, l) => Math.max(w, measure(l)), 0)
  return Math.min(max, Math.max(min, Math.ceil(widest) + TICK_GAP_PX))
}
