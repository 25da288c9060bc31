import type { Page } from '@playwright/test'

/**
 * Issue 20's "no English left": every visible text node and every title, aria-label, placeholder and
 * alt on the page, with any run of three or more Latin letters that is not on the allow-list below
 * (or in `allow`, the data shown on that screen) reported as `"<text>" (<word>)`. An empty list
 * means the screen speaks Japanese.
 *
 * What is not read: <code>, <pre>, <kbd> (formulas, cell references, file names, keys), <svg>, and
 * anything marked `translate="no"` (HTML's own mark for text that is not to be translated).
 */
export type UntranslatedOptions = {
  /** Phrases shown on this screen that are data, not the app's words: project, product and counterparty names the user typed, cited sources. */
  allow?: readonly string[]
  /** Only inside this element (a dialog, a panel); the whole page by default. */
  root?: string
}

/**
 * Latin words a Japanese project-finance paper keeps as they are. Each group is the reason:
 * - ratios and amounts Japanese term sheets write as acronyms (the glossary keeps DSCR, LLCR, DSRA);
 * - ISO currency codes and the troy ounce (units stay symbols);
 * - names: the product, and the file formats and programs it writes to;
 * - keyboard keys in shortcut hints (Ctrl+N);
 * - English, the language switch's name for English (each language is named in itself, for a reader lost in the other).
 */
export const ALLOWED_WORDS: readonly string[] = [
  ...['DSCR', 'LLCR', 'PLCR', 'DSRA', 'MRA', 'IRR', 'PIRR', 'NPV', 'CFADS', 'EBITDA', 'COD', 'IDC', 'ECA', 'EPR', 'PGM', 'SOFR'],
  ...['USD', 'INR', 'JPY', 'EUR', 'CNY', 'GBP', 'toz'],
  ...['Bankable', 'Excel', 'PDF', 'JSON', 'SHA'],
  ...['Ctrl', 'Shift', 'Alt', 'Esc'],
  'English'
]

type Found = { where: string; text: string }

/** The page's visible texts and labelling attributes (in the browser). */
async function visibleTexts(page: Page, root: string | undefined): Promise<Found[]> {
  return page.evaluate((rootSelector) => {
    const top = rootSelector ? document.querySelector(rootSelector) : document.body
    if (!top) return [{ where: 'root', text: `no element matches ${rootSelector}` }]
    const skipped = (el: Element) => el.closest('script, style, code, pre, kbd, svg, [translate="no"]') !== null
    const visible = (el: Element): boolean => {
      if (el.tagName === 'OPTION') return el.closest('select') !== null && visible(el.closest('select')!)
      return el.checkVisibility({ visibilityProperty: true })
    }
    const where = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`
    const out: { where: string; text: string }[] = []
    const walker = document.createTreeWalker(top, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      const text = node.textContent?.trim() ?? ''
      if (!parent || !text || skipped(parent) || !visible(parent)) continue
      out.push({ where: where(parent), text })
    }
    for (const el of [top, ...Array.from(top.querySelectorAll('[title], [aria-label], [placeholder], [alt]'))]) {
      if (skipped(el) || !visible(el)) continue
      for (const attr of ['title', 'aria-label', 'placeholder', 'alt']) {
        const value = el.getAttribute(attr)?.trim()
        if (value) out.push({ where: `${where(el)}[${attr}]`, text: value })
      }
    }
    return out
  }, root ?? null)
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The Latin words of `text` that are neither allowed words nor inside an allowed phrase. */
export function untranslatedWords(text: string, allow: readonly string[] = []): string[] {
  // Longest phrases first, so "India black-mass plant (sample)" goes before "India".
  const phrases = [...allow].filter((p) => p.trim() !== '').sort((a, b) => b.length - a.length)
  let rest = text
  for (const p of phrases) rest = rest.replace(new RegExp(escape(p), 'g'), ' ')
  const words = new Set(ALLOWED_WORDS)
  return (rest.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !words.has(w))
}

/** Every visible text or label on the page (or in `root`) that still has English in it: empty when the screen is translated. */
export async function untranslatedText(page: Page, options: UntranslatedOptions = {}): Promise<string[]> {
  const found = await visibleTexts(page, options.root)
  const out: string[] = []
  for (const { where, text } of found) {
    const words = untranslatedWords(text, options.allow)
    if (words.length > 0) out.push(`${where}: "${text.length > 160 ? `${text.slice(0, 160)}…` : text}" (${[...new Set(words)].join(', ')})`)
  }
  return [...new Set(out)]
}
