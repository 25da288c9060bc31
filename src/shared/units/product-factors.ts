import { Decimal, dec, type DecimalString } from '../decimal'

/**
 * Tonnes of product per tonne of contained metal (domain B6, derived from IUPAC atomic weights and
 * cross-checked against Battery-Valuator's hard-coded 4.48 / 4.77 / 5.32 / 6.05).
 * Dividing a product tonnage by its factor gives the metal; multiplying a metal tonnage gives product.
 */
export const PRODUCT_FACTORS = {
  /** Li → Li2CO3 (lithium carbonate equivalent, LCE); Li 18.79 % of the product. */
  lithiumToLithiumCarbonate: new Decimal('5.3227'),
  /** Li → LiOH·H2O; Li 16.54 % of the product. */
  lithiumToLithiumHydroxideMonohydrate: new Decimal('6.046'),
  /** LiOH·H2O → Li2CO3 (LCE basis). */
  lithiumHydroxideMonohydrateToLithiumCarbonate: new Decimal('0.8804'),
  /** Ni → NiSO4·6H2O; Ni 22.33 %. */
  nickelToNickelSulphateHexahydrate: new Decimal('4.478'),
  /** Co → CoSO4·7H2O; Co 20.97 %. */
  cobaltToCobaltSulphateHeptahydrate: new Decimal('4.770'),
  /** Mn → MnSO4·H2O. */
  manganeseToManganeseSulphateMonohydrate: new Decimal('3.076'),
  /** Ni → NiSO4 (anhydrous). */
  nickelToNickelSulphateAnhydrous: new Decimal('2.637'),
  /** Co → CoSO4 (anhydrous). */
  cobaltToCobaltSulphateAnhydrous: new Decimal('2.630'),
  /** Ni → Ni(OH)2 (MHP basis). */
  nickelToNickelHydroxide: new Decimal('1.580')
} as const
export type ProductFactorName = keyof typeof PRODUCT_FACTORS

type Amount = Decimal | DecimalString

/** Tonnes of product from tonnes of metal: metal × factor. */
export const metalTonnesToProductTonnes = (metalTonnes: Amount, factor: ProductFactorName): Decimal => dec(metalTonnes).times(PRODUCT_FACTORS[factor])
/** Tonnes of metal in tonnes of product: product ÷ factor. */
export const productTonnesToMetalTonnes = (productTonnes: Amount, factor: ProductFactorName): Decimal => dec(productTonnes).div(PRODUCT_FACTORS[factor])

/** Lithium carbonate equivalent (t LCE) of a lithium metal tonnage: Li × 5.3227. */
export const lithiumTonnesToLce = (lithiumTonnes: Amount): Decimal => metalTonnesToProductTonnes(lithiumTonnes, 'lithiumToLithiumCarbonate')
/** Lithium metal in a tonnage of LCE: LCE ÷ 5.3227. */
export const lceTonnesToLithium = (lceTonnes: Amount): Decimal => productTonnesToMetalTonnes(lceTonnes, 'lithiumToLithiumCarbonate')

/** Standard atomic weights (IUPAC 2021, abridged) used to re-derive the factors in tests. */
export const ATOMIC_WEIGHTS = {
  H: '1.008', C: '12.011', O: '15.999', S: '32.06', Li: '6.94', Mn: '54.938043', Co: '58.933194', Ni: '58.6934'
} as const
