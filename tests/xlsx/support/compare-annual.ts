/**
 * The Annual sheet, as recalculated by LibreOffice or Gnumeric (or our evaluator), against the
 * engine's annual summary (methodology §8): every year's flows, year-end balances, lowest DSCR and
 * coverage, to relative 1e-9 or 0.01 of a currency unit (amounts are read back from the display unit).
 */
import type { AnnualRow, Metric } from '../../../src/shared/engine/types'
import type { ModelResult } from '../../../src/shared/engine/types'
import type { RowMap } from '../../../src/shared/workbook/build-model'
import { FIRST_PERIOD_COL } from '../../../src/shared/workbook/grid'
import { ANNUAL_STOCKS, annualFlows, annualKey, annualLayoutOfRows } from '../../../src/shared/workbook/model/annual'
import { defaultDisplayScale, displayDivisor } from '../../../src/shared/workbook/model/display'
import type { Comparison, Reader } from './compare'

const REL = 1e-9
const ABS_AMOUNT = 0.01

/**
 * Values compareAnnual checks per year: year, periods, 25 flows, 8 balances, lowest DSCR and two
 * coverages (38), plus one per optional line the workbook has (hedge cost; by-product sales and
 * disposal; EPR sales).
 */
export const annualValuesPerYear = (rows: RowMap) => {
  const l = annualLayoutOfRows(rows)
  return 38 + (l.tranches ? 1 : 0) + (l.byproducts ? 2 : 0) + (l.epr ? 1 : 0)
}

export function compareAnnual(read: Reader, rows: RowMap, r: ModelResult): Comparison {
  const out: Comparison = { mismatches: [], checked: 0, worstRelative: 0, worstAbsoluteAmount: 0 }
  const divisor = displayDivisor(defaultDisplayScale(r.currency))
  const at = (key: string, y: number) => {
    const loc = rows[key]
    if (!loc) throw new Error(`no row ${key}`)
    return read(loc.sheet, loc.row, FIRST_PERIOD_COL + y)
  }
  const cmp = (what: string, year: number, got: unknown, want: number, scale: number | null) => {
    out.checked++
    // As in compare.ts: the recalculated file's reader gives an empty result for a zero.
    const g = typeof got === 'number' ? got * (scale ?? 1) : got === null || got === '' ? 0 : NaN
    const diff = Math.abs(g - want)
    const rel = diff / Math.max(Math.abs(want), 1e-300)
    const ok = Number.isFinite(g) && (diff === 0 || rel <= REL || (scale !== null && diff <= ABS_AMOUNT) || (scale === null && diff <= 1e-12))
    if (Number.isFinite(g)) {
      if (scale !== null) out.worstAbsoluteAmount = Math.max(out.worstAbsoluteAmount, diff)
      if (Math.abs(want) > 1e-6) out.worstRelative = Math.max(out.worstRelative, rel)
    }
    if (!ok) out.mismatches.push({ what, period: year, workbook: got as number, engine: want })
  }
  const metric = (field: keyof AnnualRow, year: number, got: unknown, m: Metric) => {
    if (m.ok) cmp(annualKey(field), year, got, m.value.toNumber(), null)
    else {
      out.checked++
      if (typeof got === 'number') out.mismatches.push({ what: `${annualKey(field)} should be text (${m.code})`, period: year, workbook: got, engine: NaN })
    }
  }
  r.annual.forEach((a, y) => {
    cmp('a.year', a.year, at('a.year', y), a.year, null)
    cmp('a.periods', a.year, at('a.periods', y), a.periods.length, null)
    // The optional lines (hedge cost, by-products, EPR) are checked where the workbook lays them out.
    for (const [field] of [...annualFlows(annualLayoutOfRows(rows)), ...ANNUAL_STOCKS]) cmp(annualKey(field), a.year, at(annualKey(field), y), a[field].toNumber(), divisor)
    metric('minDscr', a.year, at(annualKey('minDscr'), y), a.minDscr)
    metric('offtakeCoverage', a.year, at(annualKey('offtakeCoverage'), y), a.offtakeCoverage)
    metric('bankableOfftakeCoverage', a.year, at(annualKey('bankableOfftakeCoverage'), y), a.bankableOfftakeCoverage)
  })
  return out
}
