import type { Page } from '@playwright/test'

/**
 * "No English left" on a Japanese page (#20): any run of three or more Latin letters is a word that
 * was not translated, unless it is one of these. Kept short, each for a reason:
 * - finance acronyms a Japanese term sheet keeps in Latin (docs/glossary-ja.md: DSCR, LLCR and DSRA
 *   stay acronyms; IRR, NPV, CFADS, EBITDA, COD, ECA, DFI, PLCR likewise) and SHA (the file's
 *   SHA-256 fingerprint); PGM, the platinum group metals, as the industry writes it in Japanese too;
 * - ISO currency codes (the reporting currency's conventions are unchanged in Japanese);
 * - the product's name, Bankable, and the institutions its lender presets are modelled on (JBIC, NEXI,
 *   IFC: proper names, written so in Japanese);
 * - Excel, the program the model is exported for.
 * Metal symbols (Pt, Li…) and units (t, kg, x) are shorter than three letters. Project data a user
 * typed (names, risks, products) is not the app's text: callers pass it as `userText`.
 */
export const ALLOWED_LATIN = [
  'DSCR', 'LLCR', 'PLCR', 'DSRA', 'IRR', 'NPV', 'CFADS', 'EBITDA', 'COD', 'ECA', 'DFI', 'SHA', 'PGM',
  'USD', 'INR', 'JPY', 'EUR', 'GBP', 'CNY',
  'Bankable', 'JBIC', 'NEXI', 'IFC', 'Excel'
] as const

const ALLOWED = new Set<string>(ALLOWED_LATIN)

/**
 * The untranslated Latin words of `text`: runs of 3+ Latin letters not allowed above, after removing
 * every `userText` string as a whole word (longest first, so a product name inside a contract name
 * goes whole; a rating "A" does not eat the A of EBITDA) and hex digests (a SHA-256 is 64 hex digits).
 */
export function untranslatedWords(text: string, userText: readonly string[] = []): string[] {
  let rest = text.replace(/\b[0-9a-f]{64}\b/g, ' ')
  for (const u of [...new Set(userText)].filter((x) => x.trim().length > 0).sort((a, b) => b.length - a.length)) rest = rest.replace(new RegExp(`(?<![A-Za-z])${u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`, 'g'), ' ')
  return [...new Set([...rest.matchAll(/[A-Za-z]{3,}/g)].map((m) => m[0]).filter((w) => !ALLOWED.has(w)))]
}

/**
 * What a user typed into a project file: every string in it that reads as text. Lower-case
 * identifiers (`sculpted`, `hydro`, ids) are the file's enums, not text: they stay in the scan, so an
 * enum leaking onto a page as an English word is caught.
 */
export function projectText(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (!/^[a-z][A-Za-z0-9-]*$/.test(value)) out.push(value)
  } else if (Array.isArray(value)) for (const v of value) projectText(v, out)
  else if (value && typeof value === 'object') for (const v of Object.values(value)) projectText(v, out)
  return out
}

/**
 * The untranslated text on the page as the reader sees it: visible text nodes and the title,
 * aria-label, placeholder and alt attributes of visible elements (open shadow roots included), each
 * scanned by untranslatedWords. A root that is a shadow host is scanned from inside its shadow root.
 * Returns "word — in: context" lines (empty when all is Japanese), so a failure says where. `root`: a
 * selector to scan under (the whole page by default).
 */
export async function untranslatedText(page: Page, userText: readonly string[] = [], root = 'body'): Promise<string[]> {
  const chunks = await page.evaluate((rootSelector) => {
    const out: string[] = []
    const visible = (el: Element): boolean => {
      const he = el as HTMLElement
      if (he.closest('[hidden], [aria-hidden="true"]')) return false
      const style = getComputedStyle(he)
      if (style.display === 'none' || style.visibility === 'hidden') return false
      const r = he.getBoundingClientRect()
      return r.width > 0 && r.height > 0
    }
    /** Elements under `node`, into open shadow roots too (the sheet and memo render in one). */
    const elementsUnder = (node: ParentNode): Element[] => {
      const list: Element[] = []
      for (const el of Array.from(node.querySelectorAll('*'))) {
        list.push(el)
        if (el.shadowRoot) list.push(...elementsUnder(el.shadowRoot))
      }
      return list
    }
    /** `rootSelector` may name an element inside a shadow root: search the document, then every open shadow root. */
    const find = (node: ParentNode): Element | null => {
      const hit = node.querySelector(rootSelector)
      if (hit) return hit
      for (const el of Array.from(node.querySelectorAll('*'))) if (el.shadowRoot) {
        const inner = find(el.shadowRoot)
        if (inner) return inner
      }
      return null
    }
    const base = find(document)
    if (!base) return [`(no element matches ${rootSelector})`]
    // A shadow host (the sheet's HtmlView) is scanned from inside: its own label is the screen's, not the content's.
    for (const el of base.shadowRoot ? elementsUnder(base.shadowRoot) : [base, ...elementsUnder(base)]) {
      if (['SCRIPT', 'STYLE', 'CODE'].includes(el.tagName) || !visible(el)) continue
      for (const n of Array.from(el.childNodes)) {
        const text = n.nodeType === Node.TEXT_NODE ? n.textContent?.trim() ?? '' : ''
        if (text) out.push(text)
      }
      for (const a of ['title', 'aria-label', 'placeholder', 'alt']) {
        const v = el.getAttribute(a)
        if (v) out.push(v)
      }
    }
    // Values the user typed into inputs are data, not the app's text: input values are not text nodes.
    // Nothing visible is no proof of anything: say so rather than pass.
    return out.length > 0 ? out : [`(nothing visible under ${rootSelector})`]
  }, root)
  const found: string[] = []
  for (const c of chunks) for (const w of untranslatedWords(c, userText)) found.push(`${w} — in: ${c.slice(0, 120)}`)
  return found
}
