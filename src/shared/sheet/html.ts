/**
 * A tiny HTML builder that escapes by default: every value interpolated into `html\`…\`` is escaped
 * unless it is itself built by `html` (or explicitly `trusted`), so a project named `<script>` or
 * `=HYPERLINK(…)` prints as those characters and never as markup.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' }

/** Escape text for an HTML text node or a quoted attribute. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"'`]/g, (c) => ESCAPES[c]!)

export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[]

function render(v: HtmlValue): string {
  if (v === null || v === undefined || v === false) return ''
  if (v instanceof Html) return v.value
  if (Array.isArray(v)) return v.map(render).join('')
  return escapeHtml(String(v))
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0]!
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1]!
  })
  return new Html(out)
}

/** Markup produced by this module's own code (CSS, SVG built from numbers) — never user text. */
export const trusted = (markup: string): Html => new Html(markup)
