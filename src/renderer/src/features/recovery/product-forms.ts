import { dec, toDecimalString } from '@shared/decimal'
import type { Currency, Metal, Project } from '@shared/model'
import { productFactorReferences, referencePriceDeck, type SourcedValue } from '@shared/reference'
import { freshId } from '../editors/fresh-id'
import type { Translate } from '../editors/translate'

/**
 * The saleable forms of each metal with their product factors (t product per t metal, from
 * resources/reference/product-factors.json) and the reference-deck price that goes with each form.
 * PGMs are sold as metal and counted in troy ounces (factor 1).
 */
export type ProductForm = {
  id: string
  metal: Metal
  name: string
  factor: string
  factorSource: SourcedValue | null
  /** The reference deck entry (`prices[].product` or `products[].product`) priced per unit of this form. */
  deckProduct: string | null
}

const factor = (id: string) => productFactorReferences().find((f) => f.id === id)?.factor ?? null
const metalForm = (metal: Metal, name: string, deckProduct: string | null): ProductForm => ({ id: `${metal}-metal`, metal, name, factor: '1', factorSource: null, deckProduct })
function form(id: string, metal: Metal, name: string, factorId: string, deckProduct: string | null): ProductForm {
  const f = factor(factorId)
  if (!f) throw new Error(`product-factors.json has no ${factorId}`)
  return { id, metal, name, factor: f.value, factorSource: f, deckProduct }
}

export const PRODUCT_FORMS: readonly ProductForm[] = [
  metalForm('Pt', 'Platinum', 'Platinum'),
  metalForm('Pd', 'Palladium', 'Palladium'),
  metalForm('Rh', 'Rhodium', 'Rhodium'),
  form('Li-carbonate', 'Li', 'Lithium carbonate (Li₂CO₃)', 'lithiumToLithiumCarbonate', 'Lithium carbonate (battery grade, LCE)'),
  form('Li-hydroxide', 'Li', 'Lithium hydroxide (LiOH·H₂O)', 'lithiumToLithiumHydroxideMonohydrate', 'Lithium hydroxide monohydrate'),
  form('Ni-sulphate', 'Ni', 'Nickel sulphate (NiSO₄·6H₂O)', 'nickelToNickelSulphateHexahydrate', 'Nickel sulphate'),
  form('Ni-mhp', 'Ni', 'Mixed hydroxide (Ni(OH)₂ basis)', 'nickelToNickelHydroxide', null),
  metalForm('Ni', 'Nickel metal', 'Nickel (LME cash)'),
  form('Co-sulphate', 'Co', 'Cobalt sulphate (CoSO₄·7H₂O)', 'cobaltToCobaltSulphateHeptahydrate', 'Cobalt sulphate'),
  metalForm('Co', 'Cobalt metal', 'Cobalt (standard grade)'),
  form('Mn-sulphate', 'Mn', 'Manganese sulphate (MnSO₄·H₂O)', 'manganeseToManganeseSulphateMonohydrate', null),
  metalForm('Mn', 'Manganese metal', 'Manganese')
]

/** A form's name in the reader's language (the stored product name stays what the user typed or the library gave). */
export const formName = (t: Translate, f: ProductForm): string => t(`recovery.form.${f.id as FormId}`)
type FormId = 'Pt-metal' | 'Pd-metal' | 'Rh-metal' | 'Li-carbonate' | 'Li-hydroxide' | 'Ni-sulphate' | 'Ni-mhp' | 'Ni-metal' | 'Co-sulphate' | 'Co-metal' | 'Mn-sulphate' | 'Mn-metal'

export const formsOf = (metal: Metal): ProductForm[] => PRODUCT_FORMS.filter((f) => f.metal === metal)
export const productFormById = (id: string): ProductForm | null => PRODUCT_FORMS.find((f) => f.id === id) ?? null

/**
 * The form a product matches (by metal and factor), for showing which preset is in use. Factors
 * quoted to three decimals (Li→Li₂CO₃ 5.323 for the library's 5.3227) still match.
 */
export const matchForm = (p: { metal: Metal; factor: string }): ProductForm | null =>
  formsOf(p.metal).find((f) => dec(f.factor).minus(dec(p.factor)).abs().lte('0.0005')) ?? null

/** The reference price of a form (USD per toz or t of product) with its source, or null when the library has none. */
export function referencePriceOfForm(f: ProductForm): { price: SourcedValue; assumption: boolean; product: string } | null {
  if (!f.deckProduct) return null
  const deck = referencePriceDeck()
  const hit = deck.prices.find((p) => p.product === f.deckProduct) ?? deck.products.find((p) => p.product === f.deckProduct)
  return hit ? { price: hit.price, assumption: hit.assumption, product: hit.product } : null
}

/** A USD reference amount in another deck currency, at the project's first FX point (null when no rate). */
export function usdTo(amountUsd: string, currency: Currency, fx: Project['fx']): string | null {
  if (currency === 'USD') return amountUsd
  const rate = fx.rates.find((r) => r.currency === currency)?.points[0]?.perUsd
  return rate ? toDecimalString(dec(amountUsd).times(rate)) : null
}

/** Base year of the reference deck (its as-of date), for escalating prices. */
export const referenceDeckYear = (): number => Number(referencePriceDeck().asOf.slice(0, 4))

/**
 * Add a product and, so the project stays valid, its price in every deck that lacks it
 * (reference price in the deck currency, flat from the deck's year; 0 when the library has none).
 */
export function addProduct(d: Project, f: ProductForm, id: string): void {
  d.products.push({ id, metal: f.metal, name: f.name, factor: f.factor, merchantPayable: '1' })
  const ref = referencePriceOfForm(f)
  for (const deck of d.prices.decks) {
    if (deck.prices.some((p) => p.productId === id)) continue
    const base = ref ? (usdTo(ref.price.value, deck.currency, d.fx) ?? '0') : '0'
    deck.prices.push({ productId: id, mode: 'escalating', basePricePerUnit: base, baseYear: referenceDeckYear(), escalation: '0' })
  }
}

/** Remove a product with its prices and price-scenario multipliers (contracts on it must go first). */
export function removeProduct(d: Project, id: string): void {
  d.products = d.products.filter((p) => p.id !== id)
  for (const deck of d.prices.decks) deck.prices = deck.prices.filter((p) => p.productId !== id)
  for (const s of d.prices.scenarios) s.productMultipliers = s.productMultipliers.filter((m) => m.productId !== id)
  for (const s of d.scenarios) if (s.priceMultipliers) s.priceMultipliers = s.priceMultipliers.filter((m) => m.productId !== id)
}

type Stream = Project['feedstock'][number]

/** The metals a stream contains: battery grades above 0; PGM loadings (grams or ppm) above 0. */
export function streamContainedMetals(s: Stream): Metal[] {
  if (s.kind === 'battery') return (['Li', 'Ni', 'Co', 'Mn'] as const).filter((m) => dec(s.grades[m]).gt(0))
  const load = s.loading.mode === 'gramsPerUnit' ? s.loading.gramsPerUnit : s.loading.ppm
  return (['Pt', 'Pd', 'Rh'] as const).filter((m) => dec(load[m]).gt(0))
}

/**
 * The saleable form a recycler of this feed would make of a metal: PGMs as metal; Ni, Co and Mn as
 * battery-grade sulphates; lithium as hydroxide for high-nickel chemistries (NMC811, NCA: their cathode
 * makers buy LiOH) and as carbonate otherwise.
 */
export function impliedForm(metal: Metal, s: Stream): ProductForm {
  const id = metal === 'Li' ? (s.kind === 'battery' && (s.chemistry === 'NMC811' || s.chemistry === 'NCA') ? 'Li-hydroxide' : 'Li-carbonate')
    : metal === 'Ni' || metal === 'Co' || metal === 'Mn' ? `${metal}-sulphate` : `${metal}-metal`
  return productFormById(id)!
}

/**
 * Issue 17: after adding a Li-ion stream the products had to be added by hand. When a stream is the
 * first of its kind to find no product for any of its kind's metals (a new battery plant, or a PGM plant
 * taking battery feed), a product is added for each metal it contains — with its factor and a price in
 * every deck, as `addProduct` does — and the names are returned. A project that already sells one of
 * those metals has made its product choices: nothing is added.
 */
export function addImpliedProducts(d: Project, s: Stream): string[] {
  const kindMetals: readonly Metal[] = s.kind === 'battery' ? ['Li', 'Ni', 'Co', 'Mn'] : ['Pt', 'Pd', 'Rh']
  if (d.products.some((p) => kindMetals.includes(p.metal))) return []
  return streamContainedMetals(s).map((metal) => {
    const f = impliedForm(metal, s)
    addProduct(d, f, freshId(metal.toLowerCase(), d.products.map((p) => p.id)))
    return f.name
  })
}
