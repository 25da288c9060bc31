import { Decimal, toDecimalString } from '../decimal'
import { valueBlackMassLot, type BlackMassLotValuation } from './black-mass-lot'
import { valueCatalystLot, type CatalystLotValuation } from './catalyst-lot'
import type { LotFile } from './lot-file'

export type LotValuation = CatalystLotValuation | BlackMassLotValuation

/** Value any lot file by its kind. */
export const valueLot = (lot: LotFile): LotValuation => (lot.kind === 'catalyst-lot' ? valueCatalystLot(lot) : valueBlackMassLot(lot))

type Jsonified<T> = T extends Decimal ? string : T extends (infer U)[] ? Jsonified<U>[] : T extends object ? { [K in keyof T]: Jsonified<T[K]> } : T

/** The valuation with every Decimal as a canonical decimal string (full precision; `settlement` holds the rounded figures). */
export function lotValuationToJson<T extends LotValuation>(valuation: T): Jsonified<T> {
  const walk = (v: unknown): unknown => {
    if (v instanceof Decimal) return toDecimalString(v)
    if (Array.isArray(v)) return v.map(walk)
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]))
    return v
  }
  return walk(valuation) as Jsonified<T>
}
