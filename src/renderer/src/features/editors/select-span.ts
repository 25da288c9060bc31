import { useLayoutEffect, useState, type RefObject } from 'react'

/** Width of the widest text in the element's font (canvas measure: the text as the select draws it). */
function widestText(el: HTMLElement, labels: readonly string[]): number {
  const style = getComputedStyle(el)
  const ctx = document.createElement('canvas').getContext('2d')
  if (!ctx) return 0
  ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
  return Math.max(0, ...labels.map((l) => ctx.measureText(l).width))
}

/**
 * Whether a select in a form grid needs two columns to show its longest option whole (#17: "DSCR-sculpted,
 * capped by gearin…", and Japanese labels are wider still). The select keeps the cell's width when its
 * longest option fits one column; else the field spans two (when the grid has two). Measured against the
 * grid's own column width, so spanning does not change the answer; again when the grid resizes and once
 * the fonts have loaded (a Japanese face arrives late).
 */
export function useSpanForOptions(field: RefObject<HTMLElement | null>, labels: readonly string[]): boolean {
  const [span, setSpan] = useState(false)
  const key = labels.join('\u0000')
  useLayoutEffect(() => {
    const el = field.current
    const grid = el?.parentElement
    const select = el?.querySelector('select')
    if (!el || !grid || !select || typeof ResizeObserver === 'undefined') return
    const measure = () => {
      const gridStyle = getComputedStyle(grid)
      if (gridStyle.display !== 'grid') return setSpan(false)
      const columns = gridStyle.gridTemplateColumns.split(' ').map(parseFloat).filter((x) => Number.isFinite(x))
      const s = getComputedStyle(select)
      const needed = widestText(select, key.split('\u0000')) + ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'].reduce((a, p) => a + parseFloat(s[p as 'paddingLeft']), 0)
      setSpan(columns.length >= 2 && needed > (columns[0] ?? Infinity))
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(grid)
    let live = true
    void document.fonts?.ready.then(() => live && measure())
    return () => {
      live = false
      observer.disconnect()
    }
  }, [field, key])
  return span
}
