import { useEffect, useRef } from 'react'

/**
 * Shows generated HTML (the project sheet, the review memo) in a shadow root: the sheet's CSS stays
 * inside it and the app's CSS stays out, so the screen shows the same layout the PDF prints. The markup
 * comes from src/shared/sheet, which escapes every user string; it carries no scripts.
 */
type Props = {
  css: string
  body: string
  className?: string
  rootClass?: string
  label: string
  /** Called after each render with how far the content runs past the root's fixed box (px; ≤ 0 = fits). */
  onMeasure?: (overflowPx: number) => void
}

export function HtmlView({ css, body, className, rootClass = 'bk-sheet', label, onMeasure }: Props) {
  const host = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const el = host.current
    if (!el) return
    const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' })
    root.innerHTML = `<style>:host{display:block}${css}</style><div class="${rootClass}">${body}</div>`
    const box = root.lastElementChild
    if (onMeasure && box instanceof HTMLElement) onMeasure(box.scrollHeight - box.clientHeight)
  }, [css, body, rootClass, onMeasure])
  return <div ref={host} className={className} role="document" aria-label={label} />
}
