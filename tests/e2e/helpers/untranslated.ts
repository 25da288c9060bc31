import { readFileSync, readdirSync } from 'node:fs'
import type { Page } from '@playwright/test'

/**
 * Issue 20's "no English left": every visible text node and every title, aria-label, placeholder and
 * alt on the page (open shadow roots included: the sheet and memo render in one), with any run of
 * three or more Latin letters that is not on the allow-list below, nor inside a phrase the caller
 * names as data (`allow`), reported as `where: "<text>" (<words>)`. An empty list means the screen
 * speaks Japanese; nothing visible to scan is reported too, so a wrong root cannot pass.
 *
 * Not read: <code>, <pre>, <kbd> (formulas, cell references, file names, keys), <svg>, anything
 * marked `translate="no"` (HTML's own mark for text not to translate) or `data-user-text`, the values
 * in inputs and text areas (what the user typed), recharts' own "legend icon" labels (the library
 * words them with no option), and hex runs of eight or more (hashes, ids).
 */
export type UntranslatedOptions = {
  /** Phrases shown on this screen that are data, not the app's words: project, product and counterparty names the user typed, cited sources. */
  allow?: readonly string[]
  /** Only inside the elements this selector matches (a dialog, a panel, `#main, [role="dialog"]`; one may be inside a shadow root, or be a shadow host); the whole page by default. */
  root?: string
  /** Parts inside those that belong to another spec (a shared widget's own button). */
  exclude?: string
}

/**
 * Latin words a Japanese project-finance paper keeps as they are. Each group is the reason:
 * - ratios and amounts Japanese term sheets write as acronyms (docs/glossary-ja.md keeps DSCR, LLCR,
 *   DSRA; IRR, NPV, CFADS, EBITDA likewise), the regulations and programmes named by their acronym
 *   (EPR), PGM as the industry writes it, GBM (the price model's name in Japanese finance texts);
 * - ISO currency codes, the troy ounce and energy units (units stay symbols);
 * - names: the product, the file formats and programs it writes to, the institutions the lender
 *   presets are modelled on (proper names, written so in Japanese);
 * - keyboard keys in shortcut hints (Ctrl+N);
 * - English, the language switch's name for English (each language is named in itself).
 */
export const ALLOWED_WORDS: readonly string[] = [
  ...['DSCR', 'LLCR', 'PLCR', 'DSRA', 'MRA', 'IRR', 'PIRR', 'NPV', 'CFADS', 'EBITDA', 'EBIT', 'COD', 'IDC', 'ECA', 'DFI', 'EPR', 'PGM', 'SOFR', 'GBM', 'WDV', 'LCE', 'LME', 'CPCB'],
  ...['USD', 'INR', 'JPY', 'EUR', 'CNY', 'GBP', 'toz', 'kWh', 'MWh', 'ppm'],
  // Battery chemistries and credit ratings: codes, not words.
  ...['NMC', 'NCA', 'LFP', 'LMO', 'LCO', 'AAA', 'BBB', 'CCC'],
  ...['Bankable', 'Excel', 'PDF', 'CSV', 'JSON', 'SHA', 'json', 'xlsx', 'csv', 'JBIC', 'NEXI', 'IFC'],
  // The reference model the library's defaults come from (Argonne's EverBatt).
  'EverBatt',
  ...['Ctrl', 'Shift', 'Alt', 'Esc'],
  'English'
]

type Found = { where: string; text: string }

/** The page's visible texts and labelling attributes (in the browser). */
async function visibleTexts(page: Page, root: string | undefined, exclude: string | undefined): Promise<{ texts: Found[]; typed: string[] }> {
  return page.evaluate(({ rootSelector, excludeSelector }) => {
    /** `rootSelector` may name an element inside a shadow root: search the document, then every open shadow root. */
    const find = (node: ParentNode): Element | null => {
      const hit = node.querySelector(rootSelector!)
      if (hit) return hit
      for (const el of Array.from(node.querySelectorAll('*'))) {
        if (!el.shadowRoot) continue
        const inner = find(el.shadowRoot)
        if (inner) return inner
      }
      return null
    }
    const tops = rootSelector ? [...Array.from(document.querySelectorAll(rootSelector)), ...(document.querySelector(rootSelector) ? [] : [find(document)].filter((e): e is Element => e !== null))] : [document.body]
    if (tops.length === 0) return { texts: [{ where: 'root', text: `no element matches ${rootSelector}` }], typed: [] }
    const skipped = (el: Element) =>
      el.closest('script, style, noscript, code, pre, kbd, svg, textarea, [translate="no"], [data-user-text], [hidden], [aria-hidden="true"]') !== null ||
      el.matches('.recharts-legend-icon') ||
      (excludeSelector !== null && el.closest(excludeSelector) !== null)
    const visible = (el: Element): boolean => {
      if (el.tagName === 'OPTION') return el.closest('select') !== null && visible(el.closest('select')!)
      return el.checkVisibility({ visibilityProperty: true })
    }
    const where = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`
    const out: { where: string; text: string }[] = []
    /** Text and labelling attributes under `node`, then inside each open shadow root below it. */
    const scan = (node: Node) => {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement
        const text = n.textContent?.trim() ?? ''
        if (!parent || !text || skipped(parent) || !visible(parent)) continue
        out.push({ where: where(parent), text })
      }
      const elements = Array.from((node as ParentNode).querySelectorAll('*'))
      for (const el of node instanceof Element ? [node, ...elements] : elements) {
        if (el.shadowRoot) scan(el.shadowRoot)
        if (skipped(el) || !visible(el)) continue
        for (const attr of ['title', 'aria-label', 'placeholder', 'alt']) {
          const value = el.getAttribute(attr)?.trim()
          if (value) out.push({ where: `${where(el)}[${attr}]`, text: value })
        }
      }
    }
    // A shadow host (the sheet's view) is scanned from inside: its own label is the screen's, not the content's.
    for (const top of tops) scan(top.shadowRoot ?? top)
    // What is typed into inputs and text areas is the user's data wherever it shows again (a name in a heading).
    const typed = Array.from(document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')).map((el) => el.value)
    return { texts: out.length > 0 ? out : [{ where: 'root', text: `nothing visible under ${rootSelector ?? 'body'}` }], typed }
  }, { rootSelector: root ?? null, excludeSelector: exclude ?? null })
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The Latin words of `text` that are neither allowed words nor inside an allowed phrase (whole words: a rating "A" does not eat the A of EBITDA). */
export function untranslatedWords(text: string, allow: readonly string[] = []): string[] {
  // Longest phrases first, so "India black-mass plant (sample)" goes before "India".
  const phrases = [...new Set(allow)].filter((p) => p.trim() !== '').sort((a, b) => b.length - a.length)
  let rest = text.replace(/[0-9a-f]{8,}/g, ' ')
  for (const p of phrases) rest = rest.replace(new RegExp(`(?<![A-Za-z])${escape(p)}(?![A-Za-z])`, 'g'), ' ')
  const words = new Set(ALLOWED_WORDS)
  return (rest.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !words.has(w) && !isFormula(w))
}

/**
 * A chemical formula's letters (LiOH, NiSO in NiSO₄·6H₂O): element symbols only, at least two of them,
 * one with a small letter — so an acronym (PDF) or a word (Rename) is not one.
 */
const isFormula = (word: string) => /^(?:[A-Z][a-z]?)+$/.test(word) && /[a-z]/.test(word) && (word.match(/[A-Z]/g)?.length ?? 0) >= 2

/** Every string in a JSON value (a project file, a reference table): the words of the user's or the library's data. */
export function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsOf)
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf)
  return []
}

/** The strings of a bundled sample and of the whole reference library (resources/), for `allow`. */
export function sampleAndReferenceStrings(sampleId: string): string[] {
  const sample = JSON.parse(readFileSync(`resources/samples/${sampleId}.json`, 'utf8')) as unknown
  const reference = readdirSync('resources/reference').filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(`resources/reference/${f}`, 'utf8')) as unknown)
  return [...stringsOf(sample), ...reference.flatMap(stringsOf)]
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

/** Every visible text or label on the page (or in `root`) that still has English in it: empty when the screen is translated. */
export async function untranslatedText(page: Page, options: UntranslatedOptions = {}): Promise<string[]> {
  const { texts, typed } = await visibleTexts(page, options.root, options.exclude)
  // Single code words (`fixed`, `pctOfContained`: the file's enum values) are not data: "9.25 % fixed" is still caught.
  const data = [...new Set([...(options.allow ?? []), ...typed].map((x) => x.trim()))].filter((x) => x.length >= 3 && !/^[a-z][A-Za-z0-9-]*$/.test(x))
  const out: string[] = []
  for (const { where, text } of texts) {
    // A piece of a data string on its own (a library name shown without its suffix) is data too; not a
    // short one, which any long citation may contain ("Price").
    if (text.length >= 12 && data.some((d) => d.includes(text))) continue
    const words = untranslatedWords(text, data)
    if (words.length > 0) out.push(`${where}: "${text.length > 160 ? `${text.slice(0, 160)}…` : text}" (${[...new Set(words)].join(', ')})`)
  }
  return [...new Set(out)]
}
