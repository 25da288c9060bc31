import { readFileSync, readdirSync } from 'node:fs'
import type { Page } from '@playwright/test'

/**
 * English left on a Japanese screen (#20): every run of three or more Latin letters in the visible
 * text, the options of visible selects and the title / aria-label / placeholder of visible elements,
 * that is not on the allow-list below and not the user's data. Returns `word — "where"` lines; a
 * screen fully in Japanese returns [].
 *
 * What is not English to translate, and so not reported:
 * - ALLOWED: the acronyms Japanese project-finance papers keep (docs/glossary-ja.md), currency codes,
 *   unit symbols, metal and battery-chemistry codes, credit-rating letters, file types and the names
 *   of the reference models the library cites (EverBatt); chemical formulas (LiOH·H₂O).
 * - Data: text inside `translate="no"` (the app marks names the user typed: streams, routes,
 *   counterparties, tranches, cited sources), and, wherever they occur in a text, the values of inputs
 *   and text areas and the `data` strings the spec passes (the open project's own strings, the
 *   reference library's names and citations — the user's and the library's words, shown as they are).
 *   Whole strings are taken out, not their words, and single code words (`fixed`, `pctOfContained`:
 *   the file's enum values) are not data, so "9.25 % fixed" is still caught.
 */
const ALLOWED = new Set([
  // Acronyms kept in Japanese PF papers (glossary) and the model's abbreviations.
  'DSCR', 'LLCR', 'PLCR', 'DSRA', 'IRR', 'NPV', 'CFADS', 'COD', 'IDC', 'ECA', 'MRA', 'WDV', 'EPR', 'PGM', 'LCE', 'LME', 'CPCB', 'JBIC', 'NEXI', 'IFC', 'DFI',
  // Currency codes, units and file types.
  'USD', 'INR', 'JPY', 'ppm', 'toz', 'json', 'xlsx', 'csv', 'PDF', 'Excel',
  // Battery chemistries and credit ratings (codes, not words).
  'NMC', 'NCA', 'LFP', 'LMO', 'LCO', 'AAA', 'BBB', 'CCC',
  // The reference model the library's defaults come from (Argonne's EverBatt).
  'EverBatt'
])

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

/** The strings of a bundled sample and of the whole reference library (resources/), for `data`. */
export function sampleAndReferenceStrings(sampleId: string): string[] {
  const sample = JSON.parse(readFileSync(`resources/samples/${sampleId}.json`, 'utf8')) as unknown
  const reference = readdirSync('resources/reference').filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(`resources/reference/${f}`, 'utf8')) as unknown)
  return [...stringsOf(sample), ...reference.flatMap(stringsOf)]
}

/**
 * `within`: a CSS selector of the parts to read (default the whole page), so a spec checks the screens
 * it owns (`#main, [role="dialog"]`) while the shell around them is another spec's; `exclude`: parts
 * inside those that belong to another spec (a shared widget's own button).
 */
export async function untranslatedText(page: Page, options: { data?: readonly string[]; within?: string; exclude?: string } = {}): Promise<string[]> {
  const found = await page.evaluate(({ within, exclude }) => {
    const roots = Array.from(document.querySelectorAll(within))
    const inRoots = (el: Element) => roots.some((r) => r.contains(el))
    const out: { text: string; where: string }[] = []
    const data: string[] = []
    const visible = (el: Element) => (el as HTMLElement).checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true }) ?? true
    const isData = (el: Element | null) => el?.closest('[translate="no"], script, style, noscript') != null || (exclude !== null && el?.closest(exclude) != null)
    const add = (text: string, where: string) => {
      if (/[A-Za-z]{3,}/.test(text)) out.push({ text, where })
    }
    for (const el of Array.from(document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'))) data.push(el.value)
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!parent || !inRoots(parent) || isData(parent) || parent.closest('select') || !visible(parent)) continue
      add(node.textContent ?? '', parent.tagName.toLowerCase())
    }
    for (const select of Array.from(document.querySelectorAll('select'))) {
      if (!inRoots(select) || !visible(select) || isData(select)) continue
      for (const option of Array.from(select.options)) if (!isData(option)) add(option.text, 'option')
    }
    for (const el of Array.from(document.querySelectorAll('[title], [aria-label], [placeholder]'))) {
      if (!inRoots(el) || !visible(el) || isData(el)) continue
      for (const attr of ['title', 'aria-label', 'placeholder']) {
        const v = el.getAttribute(attr)
        if (v) add(v, `${el.tagName.toLowerCase()}[${attr}]`)
      }
    }
    return { out, data }
  }, { within: options.within ?? 'body', exclude: options.exclude ?? null })
  const data = [...new Set([...found.data, ...(options.data ?? [])].map((s) => s.trim()))]
    .filter((s) => s.length >= 3 && !/^[a-z][A-Za-z0-9-]*$/.test(s))
    .sort((a, b) => b.length - a.length)
  const lines = found.out.flatMap(({ text, where }) => {
    // A piece of a data string on its own (a library name shown without its suffix) is data too.
    if (data.some((s) => s.includes(text.trim()))) return []
    const rest = data.reduce((t, s) => (t.includes(s) ? t.split(s).join(' ') : t), text)
    return (rest.match(/[A-Za-z]{3,}/g) ?? []).filter((word) => !ALLOWED.has(word) && !isFormula(word)).map((word) => `${word} — ${where}: "${text.trim().slice(0, 80)}"`)
  })
  return [...new Set(lines)]
}
