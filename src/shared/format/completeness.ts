import { Decimal, DECIMAL_STRING_PATTERN } from '../decimal'
import type { Project } from '../model'
import { t, type Locale } from '../i18n'

/**
 * Is the model finished enough to be graded? A new project runs (every input has a valid default),
 * but with no capex, no opex and free feedstock its IRR is thousands of percent and its NPV green:
 * a verdict nobody should see. `missingInputs` names what an unfinished model still lacks, each
 * with the model path of the place to enter it, so Results and the checklist say "Incomplete: …"
 * instead of grading.
 *
 * Missing means "nothing entered", not "unusual": a zero opex line beside a positive one is fine,
 * and so is a gate fee (a negative feed price). A feed price is per stream: a stream left at the
 * new stream's 0 is missing even beside priced ones (one entry per such stream, by its name).
 */
export type MissingInputId = 'feedstock' | 'feedPrice' | 'products' | 'productPrice' | 'capex' | 'opex' | 'financing'
/** `text` is English (the app's Results list and tests read it); `stream` names the stream a per-stream feed price is missing on. */
export type MissingInput = { id: MissingInputId; text: string; path: string; stream?: string }

const isZero = (s: string | null | undefined): boolean => typeof s !== 'string' || !DECIMAL_STRING_PATTERN.test(s) || new Decimal(s).isZero()

/** `result` (optional): the model run's debt at COD; zero debt means there is no financing to grade. */
export function missingInputs(project: Project, result?: { metrics: { debtAtCod: Decimal } } | null): MissingInput[] {
  const out: MissingInput[] = []
  const priceField = (s: Project['feedstock'][number]) => (s.purchase.basis === 'fixed' ? 'pricePerQuantity' : 'pctOfContained')
  const unpriced = project.feedstock.flatMap((s, i) => (isZero(s.purchase.basis === 'fixed' ? s.purchase.pricePerQuantity : s.purchase.pctOfContained) ? [{ s, i }] : []))
  if (project.feedstock.length === 0) out.push({ id: 'feedstock', text: EN('checklist.missing.feedstock'), path: 'feedstock' })
  else if (unpriced.length === project.feedstock.length)
    out.push({ id: 'feedPrice', text: EN(project.feedstock.length === 1 ? 'checklist.missing.feedPrice' : 'checklist.missing.feedPriceAny'), path: `feedstock.0.purchase.${priceField(project.feedstock[0]!)}` })
  // A stream added beside priced ones starts at a price of 0: free feed would flatter every figure.
  else for (const { s, i } of unpriced) out.push({ id: 'feedPrice', text: EN('checklist.missing.feedPriceFor', { name: s.name }), path: `feedstock.${i}.purchase.${priceField(s)}`, stream: s.name })

  const deckIndex = project.prices.decks.findIndex((d) => d.id === project.prices.activeDeckId)
  const deck = project.prices.decks[deckIndex]
  if (project.products.length === 0) out.push({ id: 'products', text: EN('checklist.missing.products'), path: 'products' })
  else {
    const priced = (deck?.prices ?? []).some((p) => (p.mode === 'escalating' ? !isZero(p.basePricePerUnit) : p.points.some((x) => !isZero(x.price))))
    if (!priced) {
      const first = deck?.prices[0]
      const path = deck && first ? `prices.decks.${deckIndex}.prices.0.${first.mode === 'escalating' ? 'basePricePerUnit' : 'points.0.price'}` : 'prices'
      out.push({ id: 'productPrice', text: EN('checklist.missing.productPrice'), path })
    }
  }

  if (project.costs.capex.items.every((i) => isZero(i.amount))) out.push({ id: 'capex', text: EN('checklist.missing.capex'), path: project.costs.capex.items.length > 0 ? 'costs.capex.items.0.amount' : 'costs.capex' })
  const o = project.costs.opex
  // A stream's own processing rates (methodology §13) are opex too.
  const ownRates = project.feedstock.flatMap((s) => [s.variableOpexPerTonne, s.treatmentPerTonne, s.kind === 'catalyst' ? s.variableOpexPerUnit : undefined].filter((x) => x !== undefined))
  if ([o.fixedPerYear, o.variablePerTonne, o.variablePerUnit, o.treatmentPerTonne, ...ownRates].every(isZero)) out.push({ id: 'opex', text: EN('checklist.missing.opex'), path: 'costs.opex.fixedPerYear' })
  if (result && result.metrics.debtAtCod.isZero() && out.every((m) => m.id !== 'capex')) out.push({ id: 'financing', text: EN('checklist.missing.financing'), path: 'financing' })
  return out
}

const EN = (key: Parameters<typeof t>[1], values?: Parameters<typeof t>[2]) => t('en', key, values)

/** One missing input in `locale`: English is its `text`; other languages say the same from the catalog. */
export function missingText(m: MissingInput, locale: Locale = 'en'): string {
  if (locale === 'en') return m.text
  if (m.id !== 'feedPrice') return t(locale, `checklist.missing.${m.id}`)
  if (m.stream !== undefined) return t(locale, 'checklist.missing.feedPriceFor', { name: m.stream })
  return t(locale, m.text === EN('checklist.missing.feedPriceAny') ? 'checklist.missing.feedPriceAny' : 'checklist.missing.feedPrice')
}

/** "Incomplete: no capex, no opex" — the words the sheet's stamp, the review comparison and the memo share; in `locale` (#20). */
export const incompleteText = (missing: readonly MissingInput[], locale: Locale = 'en'): string =>
  t(locale, 'checklist.incomplete', { list: missing.map((m) => missingText(m, locale)).join(t(locale, 'checklist.listSeparator')) })
