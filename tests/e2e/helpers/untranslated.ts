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
 * The untranslated text on the page as the reader sees it: visible text nodes and the title,
 * aria-label, placeholder and alt attributes of visible elements, each scanned by untranslatedWords.
 * Returns "word — in: context" lines (empty when all is Japanese), so a failure says where.
 */
export async function untranslatedText(page: Page, userText: readonly string[] = []): Promise<string[]> {
  const chunks = await page.evaluate(() => {
    const out: string[] = []
    const visible = (el: Element | null): boolean => {
      if (!el) return false
      const he = el as HTMLElement
      if (he.closest('[hidden], [aria-hidden="true"]')) return false
      const style = getComputedStyle(he)
      if (style.display === 'none' || style.visibility === 'hidden') return false
      const r = he.getBoundingClientRect()
      return r.width > 0 && r.height > 0
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement
      if (!parent || ['SCRIPT', 'STYLE', 'CODE'].includes(parent.tagName)) continue
      const text = n.textContent?.trim() ?? ''
      if (text && visible(parent)) out.push(text)
    }
    for (const el of Array.from(document.querySelectorAll('[title], [aria-label], [placeholder], [alt]'))) {
      if (!visible(el)) continue
      for (const a of ['title', 'aria-label', 'placeholder', 'alt']) {
        const v = el.getAttribute(a)
        if (v) out.push(v)
      }
    }
    // Values the user typed into inputs are data, not the app's text.
    return out
  })
  const found: string[] = []
  for (const c of chunks) for (const w of untranslatedWords(c, userText)) found.push(`${w} — in: ${c.slice(0, 120)}`)
  return found
}
