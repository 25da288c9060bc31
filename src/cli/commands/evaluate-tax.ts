import type { ModelResult } from '@shared/engine'
import type { DepreciationRule, Project } from '@shared/model'
import { dec, sum as decSum } from '@shared/decimal'
import { amount, percent, table } from '../text'

/**
 * The tax position `evaluate` prints (methodology §6, §14): each asset block (the general pool first)
 * with its method, base and depreciation over the life, how losses carry forward, the holiday, and per
 * period the lines a tax reviewer re-derives (amounts in the reporting currency, rates as fractions).
 */
export type EvaluateTaxJson = {
  blocks: { id: string; name: string; method: DepreciationRule['method']; rate: number | null; years: number | null; base: number; totalDepreciation: number }[]
  /** Tax years a business loss stays usable; null = no expiry (unabsorbed depreciation never expires). */
  lossExpiryYears: number | null
  holiday: { years: number; rate: number } | null
  totalLossesExpired: number
  periods: {
    index: number; depreciation: number; taxableIncomeBeforeLosses: number; lossesUsed: number; lossesExpired: number; lossesCarriedForward: number
    /** Of the losses carried forward, unabsorbed depreciation; null when losses do not expire (one pool). */
    unabsorbedDepreciation: number | null
    taxableIncome: number; taxRate: number; tax: number
  }[]
}

const sum = (xs: readonly { toNumber(): number }[]) => xs.reduce((a, x) => a + x.toNumber(), 0)

export function evaluateTaxJson(r: ModelResult, project: Project): EvaluateTaxJson {
  const t = r.tax
  return {
    blocks: t.blocks.map((b) => ({
      id: b.id, name: b.name, method: b.depreciationRule.method, rate: b.depreciationRule.method === 'wdv' ? Number(b.depreciationRule.rate) : null,
      years: b.depreciationRule.method === 'straightLine' ? b.depreciationRule.years : null, base: b.base.toNumber(), totalDepreciation: sum(b.depreciation)
    })),
    lossExpiryYears: project.tax.lossExpiryYears ?? null,
    holiday: project.tax.holiday ? { years: project.tax.holiday.years, rate: Number(project.tax.holiday.rate) } : null,
    totalLossesExpired: sum(t.lossesExpired),
    periods: r.periods.map((p, i) => ({
      index: p.index, depreciation: t.depreciation[i]!.toNumber(), taxableIncomeBeforeLosses: t.taxableIncomeBeforeLosses[i]!.toNumber(), lossesUsed: t.lossesUsed[i]!.toNumber(),
      lossesExpired: t.lossesExpired[i]!.toNumber(), lossesCarriedForward: t.lossesCarriedForward[i]!.toNumber(), unabsorbedDepreciation: t.unabsorbedDepreciation?.[i]?.toNumber() ?? null,
      taxableIncome: t.taxableIncome[i]!.toNumber(), taxRate: t.taxRate[i]!.toNumber(), tax: t.tax[i]!.toNumber()
    }))
  }
}

/** The readable part: the blocks, then one line on losses and the holiday. */
export function evaluateTaxText(r: ModelResult, project: Project): string {
  const c = r.currency
  const method = (d: DepreciationRule) => (d.method === 'wdv' ? `WDV ${percent(dec(d.rate), 2)}` : `straight line ${d.years} years`)
  const expiry = project.tax.lossExpiryYears
  const losses = expiry === undefined
    ? 'losses carried forward without expiry'
    : `business losses usable for ${expiry} tax years (${amount(decSum(r.tax.lossesExpired), c, 0)} ${c} lapsed), unabsorbed depreciation without expiry`
  const h = project.tax.holiday
  const holiday = h === undefined ? 'no tax holiday' : `tax holiday ${h.years} years from COD at ${percent(dec(h.rate), 2)}`
  return [
    table([
      ['Tax block', 'Method', `Base (${c})`, `Depreciation (${c})`],
      ...r.tax.blocks.map((b) => [b.name, method(b.depreciationRule), amount(b.base, c, 0), amount(decSum(b.depreciation), c, 0)])
    ]),
    `Tax: ${losses}; ${holiday}.`,
    ''
  ].join('\n')
}
