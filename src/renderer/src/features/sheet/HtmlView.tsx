import { useEffect, useRef } from 'react'

/**
 * Shows generated HTML (the project sheet, the review memo) in a shadow root: the sheet's CSS stays
 * inside it and the app's CSS stays out, so the screen shows the same layout the PDF prints. The markup
 * comes from src/shared/sheet, which escapes every user string; it carries no scripts.
 */
export function HtmlView({ css, body, className, rootClass = 'bk-sheet', label }: { css: string; body: string; className?: string; rootClass?: string; label: string }) {
  const host = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const el = host.current
    if (!el) return
    const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' })
    root.innerHTML = `<style>:host{display:block}${css}</style><div class="${rootClass}">${body}</div>`
  }, [css, body, rootClass])
  return <div ref={host} className={className} role="document" aria-label={label} />
}
