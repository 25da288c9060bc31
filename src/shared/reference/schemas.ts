import { z } from 'zod'
import { Decimal } from '../decimal'
import { METALS } from '../model/metals'
import { BATTERY_CHEMISTRIES, BATTERY_FORMS, ROUTE_TYPES } from '../model/feedstock'
import { sourced, sourcedFraction, sourcedValueSchema } from './sourced'

/** Schemas of the files in resources/reference. Strict: a typo in a key is an error, not a silent default. */

const refId = () => z.string().regex(/^[a-z0-9-]{1,64}$/, { message: 'must be lower-case letters, digits and "-"' })
const description = () => z.string().min(1)
const version = () => z.literal(1)

const gramsPerUnit = () => sourced(['g/unit'])
const ppm = () => sourced(['ppm'], '0', '1000000')

export const converterClassSchema = z.strictObject({
  id: refId(),
  name: z.string().min(1),
  substrate: z.enum(['ceramic', 'metallic']),
  engine: z.enum(['gasoline', 'diesel']),
  monolithKgPerUnit: sourced(['kg']).nullable(),
  /** null: no sourced figure; the user weighs units. */
  grossKgPerUnit: sourced(['kg']).nullable(),
  loading: z
    .discriminatedUnion('mode', [
      z.strictObject({ mode: z.literal('gramsPerUnit'), Pt: gramsPerUnit(), Pd: gramsPerUnit(), Rh: gramsPerUnit() }),
      z.strictObject({ mode: z.literal('monolithPpm'), Pt: ppm(), Pd: ppm(), Rh: ppm() })
    ])
    .nullable(),
  loadingNote: z.string().optional(),
  shareOfConverters: sourcedFraction().optional(),
  warning: z.string().optional()
}).refine((c) => c.loading !== null || (c.loadingNote ?? '').length > 0, { message: 'a class without a loading must say why (loadingNote)', path: ['loadingNote'] })
  .refine((c) => c.loading?.mode !== 'monolithPpm' || c.monolithKgPerUnit !== null, { message: 'a ppm loading needs the monolith mass', path: ['monolithKgPerUnit'] })

export const converterClassesFileSchema = z.strictObject({ schemaVersion: version(), description: description(), classes: z.array(converterClassSchema).min(1) })

const gradeUnit = ['fraction of black mass'] as const
export const batteryChemistrySchema = z.strictObject({
  id: z.enum(BATTERY_CHEMISTRIES),
  masses: z.strictObject({ packKg: sourced(['kg']), moduleKg: sourced(['kg']), cellKg: sourced(['kg']) }),
  cathodeMetalFractions: z.partialRecord(z.enum(['Li', 'Ni', 'Co', 'Mn', 'Al', 'Fe', 'P']), sourcedFraction(['fraction of cathode active material'])),
  blackMass: z
    .strictObject({
      blackMassOfCell: sourcedFraction(),
      Li: sourcedFraction(gradeUnit),
      Ni: sourcedFraction(gradeUnit),
      Co: sourcedFraction(gradeUnit),
      Mn: sourcedFraction(gradeUnit),
      graphite: sourcedFraction(gradeUnit),
      note: z.string().optional()
    })
    .nullable(),
  blackMassNote: z.string().optional(),
  gateFee: sourced(['USD/kg (+ recycler pays, − recycler is paid)'], '-100', '100').nullable(),
  gateFeeNote: z.string().optional()
})
export const batteryChemistriesFileSchema = z.strictObject({ schemaVersion: version(), description: description(), chemistries: z.array(batteryChemistrySchema).min(1) })

export const blackMassYieldsFileSchema = z.strictObject({
  schemaVersion: version(),
  description: description(),
  forms: z.array(z.strictObject({ form: z.enum(BATTERY_FORMS), default: sourcedFraction() })).length(BATTERY_FORMS.length),
  benchmarks: z.array(z.strictObject({ id: refId(), name: z.string().min(1), form: z.enum(BATTERY_FORMS), yield: sourcedFraction() }))
})

const recoverySchema = z.partialRecord(z.enum(METALS), sourcedFraction())
export const referenceRouteSchema = z.strictObject({ id: refId(), name: z.string().min(1), type: z.enum(ROUTE_TYPES), recovery: recoverySchema, note: z.string().optional() })
export const routesFileSchema = z.strictObject({ schemaVersion: version(), description: description(), routes: z.array(referenceRouteSchema).min(1) })

export const productFactorsFileSchema = z.strictObject({
  schemaVersion: version(),
  description: description(),
  factors: z.array(z.strictObject({ id: z.string().min(1), from: z.string().min(1), to: z.string().min(1), factor: sourcedValueSchema })).min(1)
})

const deckPrice = () => sourced(['USD/toz', 'USD/t'])
export const priceDeckFileSchema = z.strictObject({
  schemaVersion: version(),
  id: refId(),
  name: z.string().min(1),
  currency: z.literal('USD'),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  description: description(),
  /** Metal (or its main product) prices, keyed by the model's metals; `assumption` marks values with no firm quote. */
  prices: z.array(z.strictObject({ metal: z.enum(METALS), product: z.string().min(1), productUnit: z.enum(['toz', 't']), assumption: z.boolean(), price: deckPrice() })),
  products: z.array(z.strictObject({ product: z.string().min(1), productUnit: z.enum(['toz', 't']), assumption: z.boolean(), price: deckPrice() }))
})

export const fxFileSchema = z.strictObject({
  schemaVersion: version(),
  description: description(),
  rates: z.array(
    z.strictObject({
      currency: z.enum(['INR', 'JPY', 'CNY']),
      default: sourcedValueSchema,
      observations: z.array(sourcedValueSchema)
    })
  )
})

const ratio = () => sourced(['x'], '0', '10')
export const lenderPresetSchema = z.strictObject({
  id: refId(),
  name: z.string().min(1),
  minDscr: ratio(),
  lockupDscr: ratio(),
  minLlcr: ratio(),
  dsraMonths: sourced(['months'], '0', '24'),
  maxGearing: sourcedFraction(),
  minBankableCoverage: sourcedFraction(),
  /** Lowest supply coverage (committed / processed feed over the loan life, §13). Optional: a presets file without it still loads. */
  minSupplyCoverage: sourcedFraction().optional(),
  typicalTenorYears: sourced(['years'], '1', '40')
}).refine((p) => new Decimal(p.lockupDscr.value).lte(p.minDscr.value), { message: 'lock-up DSCR cannot exceed the minimum DSCR', path: ['lockupDscr'] })
export const lenderPresetsFileSchema = z.strictObject({ schemaVersion: version(), description: description(), presets: z.array(lenderPresetSchema).min(1) })

/** A by-product or residue default (methodology §13): its mass fraction of `basis` and its sale price or disposal cost. */
export const byproductReferenceSchema = z.strictObject({
  id: refId(),
  name: z.string().min(1),
  kind: z.enum(['catalyst', 'battery']),
  /** What the fraction is of: a cell (scaled to a module or pack by the chemistry's masses), a pack, or a converter's gross mass. */
  basis: z.enum(['cell', 'pack', 'converter gross mass']),
  /** Whether it stays in black mass (so a black-mass stream carries it). */
  inBlackMass: z.boolean(),
  fate: z.enum(['sold', 'disposed']),
  massFraction: sourcedValueSchema,
  pricePerTonne: sourcedValueSchema.nullable(),
  payable: sourcedValueSchema.nullable(),
  disposalCostPerTonne: sourcedValueSchema.nullable()
})
export const byproductsFileSchema = z.strictObject({ schemaVersion: version(), description: description(), byproducts: z.array(byproductReferenceSchema).min(1) })
export type ByproductReference = z.infer<typeof byproductReferenceSchema>

export const taxIndiaFileSchema = z.strictObject({
  schemaVersion: version(),
  description: description(),
  regimes: z.array(z.strictObject({ id: refId(), name: z.string().min(1), rate: sourcedFraction() })),
  depreciation: z.array(z.strictObject({ id: refId(), name: z.string().min(1), method: z.literal('wdv'), rate: sourcedFraction(['fraction per year']) })),
  incentives: z.array(z.strictObject({ id: refId(), name: z.string().min(1), rate: sourcedValueSchema })),
  /** How long business losses may be set off (methodology §14); the note says what never lapses and the order of set-off. */
  losses: z.array(z.strictObject({ id: refId(), name: z.string().min(1), years: sourced(['tax years'], '1', '40') }))
})

export type ConverterClass = z.infer<typeof converterClassSchema>
export type BatteryChemistryReference = z.infer<typeof batteryChemistrySchema>
export type ReferenceRoute = z.infer<typeof referenceRouteSchema>
export type LenderPreset = z.infer<typeof lenderPresetSchema>
export type PriceDeckReference = z.infer<typeof priceDeckFileSchema>
export type FxReference = z.infer<typeof fxFileSchema>
export type TaxIndiaReference = z.infer<typeof taxIndiaFileSchema>
export type BlackMassYieldsReference = z.infer<typeof blackMassYieldsFileSchema>
export type ProductFactorsReference = z.infer<typeof productFactorsFileSchema>

/** Default price process (OU per metal): volatilities, the mean-reversion speed, correlations, and the series estimated from. */
export const priceProcessFileSchema = z.strictObject({
  schemaVersion: version(),
  description: description(),
  /** `citation`: the short form a sentence quotes; the sourced value holds the full source, method and window. */
  meanReversion: z.strictObject({ citation: z.string().min(10), speed: sourced(['per year'], '0', '50') }),
  metals: z.array(z.strictObject({ metal: z.enum(METALS), assumption: z.boolean(), citation: z.string().min(10), volatility: sourced(['fraction per year'], '0', '5') })).min(1),
  correlations: z.array(z.strictObject({ metals: z.tuple([z.enum(METALS), z.enum(METALS)]), correlation: sourced(['correlation'], '-1', '1') })),
  /** Annual averages a figure was estimated from, so a test can re-estimate it. */
  series: z.partialRecord(z.enum(METALS), z.array(sourced(['USD/t', 'USD/toz'])))
})
