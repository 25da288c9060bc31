import type { Page } from '@playwright/test'

/**
 * Words a Japanese screen keeps in Latin letters (#20, docs/glossary-ja.md): each is what a Japanese
 * project-finance banker's own papers write, a unit, a symbol or a name — never an English word.
 */
export const LATIN_ALLOWED: readonly string[] = [
  // Ratios and metrics that Japanese term sheets keep as acronyms (the glossary).
  'DSCR', 'LLCR', 'PLCR', 'DSRA', 'MRA', 'IRR', 'NPV', 'CFADS', 'EBITDA', 'EBIT', 'COD', 'IDC', 'EPR',
  // Currency codes and the units a banker reads untranslated.
  'USD', 'INR', 'JPY', 'EUR', 'kWh', 'MWh', 'ppm', 'bp',
  // Metal symbols the app writes (Pt, Pd, Rh, Li, Ni, Co are two letters and never flagged).
  // Model names kept in Latin in Japanese finance texts: geometric Brownian motion.
  'GBM',
  // File formats, products and the hash a sheet carries.
  'PDF', 'CSV', 'Excel', 'JSON', 'SHA', 'Bankable', 'Ctrl', 'Shift'
]

/**
 * The visible text on the page (or under `root`) that is still English: every run of three or more
 * Latin letters in a visible text node, or in a `title`, `aria-label` or `placeholder`, that is not
 * an allowed word and not inside an element marked `data-user-text` (names and numbers the user typed,
 * e.g. a project called "Rajasthan black mass"). Returns one entry per finding: `word  ←  the text`.
 */
export async function untranslatedText(page: Page, root = 'body', extraAllowed: readonly string[] = []): Promise<string[]> {
  const allowed = [...LATIN_ALLOWED, ...extraAllowed]
  return page.evaluate(
    ({ root, allowed }) => {
      const ok = new Set(allowed.map((w) => w.toLowerCase()))
      const out: string[] = []
      // A hash or an id (`4eed5a50b73e`) is data, not a word: hex runs of eight or more are skipped.
      const scan = (text: string, where: string) => {
        for (const word of text.replace(/[0-9a-f]{8,}/g, ' ').match(/[A-Za-z]{3,}/g) ?? []) if (!ok.has(word.toLowerCase())) out.push(`${word}  ←  ${where}: ${text.trim().slice(0, 160)}`)
      }
      const visible = (el: Element) => {
        if (el.closest('[data-user-text], [hidden], [aria-hidden="true"]')) return false
        const box = (el as HTMLElement).getBoundingClientRect()
        const style = getComputedStyle(el)
        return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none'
      }
      const top = document.querySelector(root)
      if (!top) return [`no element ${root}`]
      const walker = document.createTreeWalker(top, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement
        if (!parent || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName) || !visible(parent)) continue
        // A field's value is the user's data; its label and placeholder are ours.
        if (parent.closest('textarea, input, select option:not(:checked)')) continue
        scan(n.textContent ?? '', parent.tagName.toLowerCase())
      }
      for (const el of Array.from(top.querySelectorAll('[title], [aria-label], [placeholder]'))) {
        // recharts labels each legend swatch "<series> legend icon" itself, with no option to word it.
        if (el.closest('[data-user-text]') || el.matches('.recharts-legend-icon, .recharts-legend-item svg')) continue
        for (const attr of ['title', 'aria-label', 'placeholder']) {
          const value = el.getAttribute(attr)
          if (value) scan(value, `${el.tagName.toLowerCase()}[${attr}]`)
        }
      }
      return out
    },
    { root, allowed }
  )
}
