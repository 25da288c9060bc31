/**
 * Compares the Excel model's values (from our evaluator or from LibreOffice) with the engine:
 * every headline metric and the per-period rows lenders read. Tolerance (methodology §9):
 * relative 1e-9, or absolute 0.01 of a currency unit on amounts.
 */
import { Decimal } from '../../../src/shared/decimal'
import type { Metric, ModelResult, Series } from '../../../src/shared/engine/types'
import type { RowMap } from '../../../src/shared/workbook/build-model'
import { FIRST_PERIOD_COL, INPUT_VALUE_COL } from '../../../src/shared/workbook/grid'
import { defaultDisplayScale, displayDivisor } from '../../../src/shared/workbook/model/display'

export type CellValue = number | string | boolean | null | { error: string }
export type Reader = (sheet: string, row: number, col: number) => CellValue
export type Mismatch = { what: string; period: number | null; workbook: CellValue; engine: number }
export type Comparison = { mismatches: Mismatch[]; checked: number; worstRelative: number; worstAbsoluteAmount: number }

const REL = 1e-9
const ABS_AMOUNT = 0.01

export function compareWithEngine(read: Reader, rows: RowMap, r: ModelResult): Comparison {
  const out: Comparison = { mismatches: [], checked: 0, worstRelative: 0, worstAbsoluteAmount: 0 }
  const cmp = (what: string, period: number | null, got: CellValue, want: number, amount: boolean) => {
    out.checked++
    const g = typeof got === 'number' ? got : got === null || got === '' ? 0 : NaN
    const diff = Math.abs(g - want)
    const rel = diff / Math.max(Math.abs(want), 1e-300)
    const ok = Number.isFinite(g) && (diff === 0 || rel <= REL || (amount && diff <= ABS_AMOUNT) || (!amount && diff <= 1e-12))
    if (Number.isFinite(g)) {
      if (amount) out.worstAbsoluteAmount = Math.max(out.worstAbsoluteAmount, diff)
      if (Math.abs(want) > 1e-6) out.worstRelative = Math.max(out.worstRelative, rel)
    }
    if (!ok) out.mismatches.push({ what, period, workbook: got, engine: want })
  }
  const series = (key: string, s: Series, amount = true) => {
    const loc = rows[key]
    if (!loc) throw new Error(`no row ${key}`)
    s.forEach((v, i) => cmp(key, i + 1, read(loc.sheet, loc.row, FIRST_PERIOD_COL + i), v.toNumber(), amount))
  }
  const scalar = (key: string, want: number, amount: boolean) => {
    const loc = rows[key]
    if (!loc) throw new Error(`no row ${key}`)
    cmp(key, null, read(loc.sheet, loc.row, INPUT_VALUE_COL), want, amount)
  }
  // Output amounts on Metrics are in the display unit (the currency's default): back to full units.
  const divisor = displayDivisor(defaultDisplayScale(r.currency))
  const displayed = (key: string, want: number) => {
    const loc = rows[key]
    if (!loc) throw new Error(`no row ${key}`)
    const got = read(loc.sheet, loc.row, INPUT_VALUE_COL)
    cmp(key, null, typeof got === 'number' ? got * divisor : got, want, true)
  }
  const metric = (key: string, m: Metric, amount = false) => {
    const loc = rows[key]!
    const got = read(loc.sheet, loc.row, INPUT_VALUE_COL)
    if (m.ok) cmp(key, null, got, m.value.toNumber(), amount)
    else {
      out.checked++
      if (typeof got === 'number') out.mismatches.push({ what: `${key} should be text (${m.code})`, period: null, workbook: got, engine: NaN })
    }
  }
  const f = r.financing
  const o = r.operations
  // Plant capacity rows exist only when the project sets a capacity (methodology §13).
  if (rows['processedT']) {
    series('processedT', o.processedTonnes, false)
    series('unprocessedT', o.unprocessedTonnes, false)
    metric('m.capUtil', r.metrics.capacityUtilisation)
  }
  // Supply contract rows exist only when the project has supply contracts (methodology §13).
  if (rows['supplyT']) {
    series('supplyT', r.supply.contractedTonnes, false)
    series('supplyReqT', r.supply.requiredTonnes, false)
    metric('m.supplyCover', r.metrics.supplyCoverage)
  }
  // By-product, disposal and EPR rows exist only when the project has them (methodology §13).
  if (rows['byproductRev']) series('byproductRev', o.byproductRevenue)
  if (rows['disposal']) series('disposal', o.disposalCost)
  if (rows['eprRev']) series('eprRev', o.eprRevenue)
  series('revenue', o.revenue)
  series('contractRevenue', o.contractRevenue)
  series('merchantRevenue', o.merchantRevenue)
  series('feedstock', o.feedstockCost)
  series('opex', o.opex)
  series('ebitda', o.ebitda)
  series('dwc', o.deltaWorkingCapital)
  series('maint', o.maintenanceCapex)
  series('capexc', r.capex.capexWithContingency)
  series('grants', r.capex.grants)
  series('land', r.capex.land)
  series('maintAdd', r.tax.maintenanceCapitalised)
  series('dep', r.tax.depreciation)
  series('book', r.tax.bookValue)
  scalar('depBase', r.tax.depreciableBase.toNumber(), true)
  series('tax', r.tax.tax)
  // Tax refinements (§14): losses, the rows laid out only when the project has them, each block's lines.
  series('taxable', r.tax.taxableIncome)
  series('lossPool', r.tax.lossesCarriedForward)
  if (rows['lossExpired']) series('lossExpired', r.tax.lossesExpired)
  if (rows['lossUD'] && r.tax.unabsorbedDepreciation) series('lossUD', r.tax.unabsorbedDepreciation)
  if (rows['taxRateP']) series('taxRateP', r.tax.taxRate, false)
  r.tax.blocks.forEach((b, j) => {
    if (!rows[`tp${j}.dep`]) return
    series(`tp${j}.dep`, b.depreciation)
    series(`tp${j}.book`, b.bookValue)
    scalar(`tp${j}.base`, b.base.toNumber(), true)
  })
  series('idc', f.idc)
  series('fees', f.fees)
  series('draw', f.drawdowns)
  series('equity', f.equityContributions)
  series('interest', f.interest)
  series('principal', f.principal)
  series('ds', f.debtService)
  series('closing', f.closingBalance)
  series('dsraBal', f.dsraBalance)
  series('cfads', f.cfads)
  series('distributions', f.distributions)
  series('projectCf', f.projectCashFlow)
  series('equityCf', f.equityCashFlow)
  // The cash waterfall (§11): its draws, fees, reserve targets, balances and the lock-up, as the engine reports them.
  const w = f.waterfall
  series('dsraMove', f.dsraMovement)
  const lines: [string, Series][] = [
    ['wf.dsraDraw', w.dsraDraw], ['wf.lcFee', w.lcFee], ['wf.lcInterest', w.lcInterest], ['wf.lcDraw', w.lcDraw], ['wf.lcBal', w.lcDrawnBalance],
    ['wf.mraTarget', w.mraTarget], ['wf.mraBal', w.mraBalance], ['wf.wcDraw', w.wcFacilityDraw], ['wf.wcInterest', w.wcFacilityInterest], ['wf.wcBal', w.wcFacilityBalance],
    ['wf.sponsorSupport', w.sponsorSupport], ['wf.fromLockup', w.lockupApplied], ['wf.trapped', w.lockupTrapped], ['wf.lockupRelease', w.lockupRelease], ['wf.lockupBal', w.lockupBalance]
  ]
  for (const [key, s] of lines) series(key, s)
  // The cash sweep (§11), laid out only when the terms have one: the swept cash, the DSRA target it re-profiles, the metrics.
  if (rows['wf.sweep']) {
    series('wf.sweep', w.sweep)
    series('dsraTarget', w.dsraTarget)
    metric('m.totalSwept', r.metrics.totalSwept, true)
    const repaid = r.metrics.debtRepaidPeriod
    metric('m.debtRepaid', repaid === null ? { ok: false, code: 'no-debt', reason: 'no debt' } : { ok: true, value: new Decimal(repaid) })
  }
  const locked = rows['wf.locked']!
  w.locked.forEach((b, i) => cmp('wf.locked', i + 1, read(locked.sheet, locked.row, FIRST_PERIOD_COL + i), b ? 1 : 0, false))
  // With tranches (a block per tranche on the Debt sheet): every tranche's lines, in its currency and in the reporting currency.
  if (rows['t0.draw']) {
    series('debtFees', f.debtFees)
    f.tranches.forEach((t, k) => {
      const key = (x: string) => `t${k}.${x}`
      series(key('draw'), t.drawdowns)
      series(key('drawCcy'), t.drawdownsInCurrency)
      series(key('idc'), t.idc)
      series(key('fees'), t.fees)
      series(key('interest'), t.interest)
      series(key('interestCcy'), t.interestInCurrency)
      series(key('principal'), t.principal)
      series(key('principalCcy'), t.principalInCurrency)
      series(key('bal'), t.balance)
      series(key('balCcy'), t.balanceInCurrency)
      scalar(key('debtAtCod'), t.debtAtCod.toNumber(), true)
      scalar(key('debtAtCodCcy'), t.debtAtCodInCurrency.toNumber(), true)
    })
  }
  r.products.forEach((p, pi) => {
    series(`p${pi}.output`, p.output, false)
    series(`p${pi}.idxRep`, p.indexPrice)
    series(`p${pi}.revenue`, p.revenue)
  })
  metric('m.projectIrr', r.metrics.projectIrr)
  metric('m.equityIrr', r.metrics.equityIrr)
  displayed('m.npv', r.metrics.npv.toNumber())
  metric('m.minDscr', r.metrics.minDscr)
  metric('m.avgDscr', r.metrics.avgDscr)
  metric('m.llcr', r.metrics.llcr)
  metric('m.plcr', r.metrics.plcr)
  metric('m.payback', r.metrics.paybackYears)
  metric('m.coverage', r.metrics.offtakeCoverage)
  metric('m.bankCoverage', r.metrics.bankableOfftakeCoverage)
  displayed('m.debt', f.totalDebt.toNumber())
  displayed('m.equity', f.totalEquity.toNumber())
  scalar('m.gearing', f.gearing.toNumber(), false)
  return out
}

/**
 * A lender's edit made inside the exported file, read back after recalculation, against the engine
 * run on the same edit: what differs, whether every check passes, and how many compared values the
 * edit moved from the unedited file (so an edit that changes nothing cannot pass unnoticed).
 */
export function judgeEdit(edited: Reader, unedited: Reader, rows: RowMap, engine: ModelResult): { mismatches: Mismatch[]; allChecks: CellValue; moved: number } {
  const all = rows['chk.all']!
  return {
    mismatches: compareWithEngine(edited, rows, engine).mismatches.slice(0, 5),
    allChecks: edited(all.sheet, all.row, INPUT_VALUE_COL),
    moved: compareWithEngine(unedited, rows, engine).mismatches.length
  }
}
