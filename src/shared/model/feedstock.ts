import { z } from 'zod'
import { METALS } from './metals'
import { annualRate, decimalString, fraction, id, nonNegative, positive, requiredText, signedAmount, text } from './primitives'

const pgmAmounts = () => z.strictObject({ Pt: nonNegative(), Pd: nonNegative(), Rh: nonNegative() })

/** Loading per converter: grams per unit, or decanned monolith mass × assay (ppm = g/t). */
export const catalystLoadingSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('gramsPerUnit'), gramsPerUnit: pgmAmounts() }),
  z.strictObject({ mode: z.literal('monolithPpm'), monolithKgPerUnit: positive(), ppm: pgmAmounts() })
])

/**
 * What the recycler pays for feed, in the reporting currency and in money of the start date.
 * `fixed`: per unit (converters) or per tonne of input (batteries); negative = a gate fee the recycler receives.
 * `pctOfContained`: a share of the contained metal value at the deck price.
 */
export const purchaseTermsSchema = z.discriminatedUnion('basis', [
  z.strictObject({ basis: z.literal('fixed'), pricePerQuantity: signedAmount(), logisticsPerTonne: nonNegative(), escalation: annualRate() }),
  z.strictObject({ basis: z.literal('pctOfContained'), pctOfContained: fraction(), logisticsPerTonne: nonNegative(), escalation: annualRate() })
])

/** Ramp-up factors by operating year (0 to 1.5 of nameplate); the last value repeats. */
export const rampUpSchema = z.array(decimalString({ min: '0', max: '1.5' })).min(1, { message: 'needs at least one year' }).max(60)

const recoveryOverridesSchema = z.partialRecord(z.enum(METALS), fraction())

/**
 * A by-product or residue of a stream (methodology §13): tonnes per tonne of input processed, each
 * either sold or disposed of (cost per tonne including hazardous-waste logistics, escalated at the opex
 * rate like processing costs). A sold one is priced by the deck the case prices with — the deck's price of
 * its `kind` per calendar year, translated into the reporting currency — unless the line sets its own
 * `pricePerTonne` (an override: reporting currency per tonne, money of the start date, escalated at the
 * line's rate on the start date's anniversaries; files written before deck prices all have one, so they
 * keep their figures). The payable share is received either way.
 */
export const byproductSchema = z.strictObject({
  id: id(),
  name: requiredText(),
  /** The by-product's kind: its id in the reference library, the key of its price in a deck. */
  kind: id().optional(),
  /** Tonnes of this by-product per tonne of input processed. */
  massFraction: fraction(),
  fate: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('sold'), pricePerTonne: nonNegative().optional(), payable: fraction(), escalation: annualRate() }),
    z.strictObject({ kind: z.literal('disposed'), costPerTonne: nonNegative() })
  ]),
  /** Where the fraction and price came from (reference-library id and source). */
  source: text(500).optional()
})
export type Byproduct = z.infer<typeof byproductSchema>

const streamBase = {
  id: id(),
  name: requiredText(),
  rampUp: rampUpSchema,
  routeId: id(),
  recoveryOverrides: recoveryOverridesSchema,
  purchase: purchaseTermsSchema,
  /**
   * Processing costs of this stream (methodology §13), reporting currency per tonne of input, money of
   * the start date, escalated at the opex rate. Absent = the project-wide value (`costs.opex`), so files
   * without them keep their figures.
   */
  variableOpexPerTonne: nonNegative().optional(),
  treatmentPerTonne: nonNegative().optional(),
  /** By-products and residues (methodology §13); absent or empty = none, so files without them keep their figures. */
  byproducts: z.array(byproductSchema).max(20).optional(),
  /** Where defaults came from (reference-library id and source), shown beside the inputs. */
  defaultsSource: text(500).optional()
}

export const catalystStreamSchema = z.strictObject({
  ...streamBase,
  kind: z.literal('catalyst'),
  /** Nameplate quantity: converters per year. */
  unitsPerYear: nonNegative(),
  converterClassId: id().nullable(),
  /** Gross mass per converter, for per-tonne charges and logistics. */
  massKgPerUnit: positive(),
  loading: catalystLoadingSchema,
  /** Variable opex per converter handled (decanning, sampling) for this stream; absent = `costs.opex.variablePerUnit`. */
  variableOpexPerUnit: nonNegative().optional()
})

export const BATTERY_CHEMISTRIES = ['NMC111', 'NMC532', 'NMC622', 'NMC811', 'NCA', 'LFP', 'LCO', 'LMO'] as const
export const BATTERY_FORMS = ['pack', 'module', 'cell', 'blackMass'] as const

export const batteryStreamSchema = z.strictObject({
  ...streamBase,
  kind: z.literal('battery'),
  /** Nameplate quantity: tonnes of input (packs, modules, cells or black mass as received) per year. */
  inputTonnesPerYear: nonNegative(),
  chemistry: z.enum(BATTERY_CHEMISTRIES),
  form: z.enum(BATTERY_FORMS),
  /** Tonnes of black mass per tonne of input; 1 when the feed already is black mass. */
  blackMassYield: fraction(),
  /** Metal grades in black mass (fractions by mass). */
  grades: z.strictObject({ Li: fraction(), Co: fraction(), Ni: fraction(), Mn: fraction() })
})

export const streamSchema = z.discriminatedUnion('kind', [catalystStreamSchema, batteryStreamSchema])

/** The field holding a stream's nameplate quantity per year, by kind (for model paths such as `feedstock.0.unitsPerYear`). */
export const STREAM_QUANTITY_FIELD = { catalyst: 'unitsPerYear', battery: 'inputTonnesPerYear' } as const

/**
 * A stream's nameplate quantity per year in its own unit (converters, or tonnes of input), for rules
 * that scale "the stream's quantity" whatever its kind.
 */
export const streamQuantityPerYear = (s: z.infer<typeof streamSchema>): string => (s.kind === 'catalyst' ? s.unitsPerYear : s.inputTonnesPerYear)

export const ROUTE_TYPES = ['pyro', 'hydro', 'direct', 'pgmSmeltRefine'] as const
export const routeSchema = z.strictObject({
  id: id(),
  name: requiredText(),
  type: z.enum(ROUTE_TYPES),
  /** Recovery per metal, feed to saleable product (fractions); a missing metal is not recovered. */
  recovery: z.partialRecord(z.enum(METALS), fraction()),
  source: text(500).optional()
})

/** A saleable product: one per metal. `factor` converts tonnes of metal to tonnes of product (1 for metal, PGMs). */
export const productSchema = z.strictObject({
  id: id(),
  metal: z.enum(METALS),
  name: requiredText(),
  factor: positive(),
  /** Share of the deck price received on merchant (uncontracted) sales. */
  merchantPayable: fraction()
})

