/** Metals the model tracks. PGMs are counted in troy ounces, battery metals in tonnes. */
export const PGM_METALS = ['Pt', 'Pd', 'Rh'] as const
export const BATTERY_METALS = ['Li', 'Co', 'Ni', 'Mn'] as const
export const METALS = [...PGM_METALS, ...BATTERY_METALS] as const
export type PgmMetal = (typeof PGM_METALS)[number]
export type BatteryMetal = (typeof BATTERY_METALS)[number]
export type Metal = (typeof METALS)[number]

export const isPgm = (m: Metal): m is PgmMetal => (PGM_METALS as readonly string[]).includes(m)

/** The unit a product is counted and priced in: troy ounces of metal for PGMs, tonnes of product otherwise. */
export type ProductUnit = 'toz' | 't'
export const productUnitOf = (m: Metal): ProductUnit => (isPgm(m) ? 'toz' : 't')

/** Grams in one troy ounce, exactly (JM FAQ; international yard and pound agreement): the one copy (units/mass.ts holds its Decimal). */
export const GRAMS_PER_TROY_OUNCE = '31.1034768'

export const CREDIT_RATINGS = [
  'AAA', 'AA+', 'AA', 'AA-', 'A+', 'A', 'A-', 'BBB+', 'BBB', 'BBB-',
  'BB+', 'BB', 'BB-', 'B+', 'B', 'B-', 'CCC', 'CC', 'C', 'D', 'NR'
] as const
export type CreditRating = (typeof CREDIT_RATINGS)[number]
/** Investment grade is BBB- or better (S&P/Fitch scale); NR (not rated) is not. */
/** BBB- or better: the ratings a lender counts as investment grade (the workbook lists them by name). */
export const INVESTMENT_GRADES: readonly CreditRating[] = CREDIT_RATINGS.slice(0, CREDIT_RATINGS.indexOf('BBB-') + 1)
export const isInvestmentGrade = (r: CreditRating): boolean => INVESTMENT_GRADES.includes(r)
