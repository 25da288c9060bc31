import { Decimal, DECIMAL_STRING_PATTERN } from '../decimal'
import type { Project } from '../model'

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
export type MissingInput = { id: MissingInputId; text: string; path: string }

const isZero = (s: string | null | undefined): boolean => typeof s !== 'string' || !DECIMAL_STRING_PATTERN.test(s) || new Decimal(s).isZero()

/** `result` (optional): the model run's debt at COD; zero debt means there is no financing to grade. */
export function missingInputs(project: Project, result?: { metrics: { debtAtCod: Decimal } } | null): MissingInput[] {
  const out: MissingInput[] = []
  const priceField = (s: Project['feedstock'][number]) => (s.purchase.basis === 'fixed' ? 'pricePerQuantity' : 'pctOfContained')
  const unpriced = project.feedstock.flatMap((s, i) => (isZero(s.purchase.basis === 'fixed' ? s.purchase.pricePerQuantity : s.purchase.pctOfContained) ? [{ s, i }] : []))
  if (project.feedstock.length === 0) out.push({ id: 'feedstock', text: 'no feedstock', path: 'feedstock' })
  else if (unpriced.length === project.feedstock.length)
    out.push({ id: 'feedPrice', text: project.feedstock.length === 1 ? 'no feed price' : 'no feed price on any stream', path: `feedstock.0.purchase.${priceField(project.feedstock[0]!)}` })
  // A stream added beside priced ones starts at a price of 0: free feed would flatter every figure.
  else for (const { s, i } of unpriced) out.push({ id: 'feedPrice', text: `no feed price for ${s.name}`, path: `feedstock.${i}.purchase.${priceField(s)}` })

  const deckIndex = project.prices.decks.findIndex((d) => d.id === project.prices.activeDeckId)
  const deck = project.prices.decks[deckIndex]
  if (project.products.length === 0) out.push({ id: 'products', text: 'no product', path: 'products' })
  else {
    const priced = (deck?.prices ?? []).some((p) => (p.mode === 'escalating' ? !isZero(p.basePricePerUnit) : p.points.some((x) => !isZero(x.price))))
    if (!priced) {
      const first = deck?.prices[0]
      const path = deck && first ? `prices.decks.${deckIndex}.prices.0.${first.mode === 'escalating' ? 'basePricePerUnit' : 'points.0.price'}` : 'prices'
      out.push({ id: 'productPrice', text: 'no product priced', path })
    }
  }

  if (project.costs.capex.items.every((i) => isZero(i.amount))) out.push({ id: 'capex', text: 'no capex', path: project.costs.capex.items.length > 0 ? 'costs.capex.items.0.amount' : 'costs.capex' })
  const o = project.costs.opex
  // A stream's own processing rates (methodology §13) are opex too.
  const ownRates = project.feedstock.flatMap((s) => [s.variableOpexPerTonne, s.treatmentPerTonne, s.kind === 'catalyst' ? s.variableOpexPerUnit : undefined].filter((x) => x !== undefined))
  if ([o.fixedPerYear, o.variablePerTonne, o.variablePerUnit, o.treatmentPerTonne, ...ownRates].every(isZero)) out.push({ id: 'opex', text: 'no opex', path: 'costs.opex.fixedPerYear' })
  if (result && result.metrics.debtAtCod.isZero() && out.every((m) => m.id !== 'capex')) out.push({ id: 'financing', text: 'no financing', path: 'financing' })
  return out
}

/** "Incomplete: no capex, no opex" — the words the sheet's stamp, the review comparison and the memo share. */
export const incompleteText = (missing: readonly MissingInput[]): string => `Incomplete: ${missing.map((m) => m.text).join(', ')}`
