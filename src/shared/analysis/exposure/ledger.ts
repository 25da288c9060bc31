import { Decimal, ONE, ZERO } from '@shared/decimal'
import type { Project } from '@shared/model'
import { runModel } from '@shared/engine/run-model'
import type { FixedDebt, ModelResult } from '@shared/engine/types'
import { netExposure, shareOfCfads } from '@shared/rules/natural-hedge'
import { applyExposureDriver, baseCase, caseOptions, exposureDrivers, type ExposureCase, type ExposureDriver } from './drivers'
import { exposureWindow, windowTotals, type LineGroup, type WindowTotals } from './lines'
import { OFFSET_KEYS, type ExposureLedger, type LedgerRow, type OffsetKey } from './types'

/** The engine run of a case with the debt held as sized in the base case (the tornado's and breakevens' rule). */
export function runHeld(c: ExposureCase, fixedDebt: FixedDebt): ModelResult {
  return runModel(c.project, { ...caseOptions(c), fixedDebt })
}

const str = (x: Decimal | null) => (x === null ? null : x.toString())

/**
 * One driver's row: the change of every engine line between the base and the moved run, read into the
 * ledger's columns. gross = Σ output × Δ merchant price (the driver's products; for by-products their
 * sales' change); the offtake removes gross − Δ(merchant + contract sales); every other column removes
 * −Δ of its lines (a cost that rises with the price removes what it rises by); debt service removes its
 * own rise. Their sum is exact: net = ΔCFADS − Δ debt service.
 */
export function ledgerRow(driver: ExposureDriver, base: WindowTotals, up: WindowTotals, down: WindowTotals, baseCfads: Decimal): LedgerRow {
  const delta = up.lines.map((l, i) => ({ ...l, change: l.amount.minus(base.lines[i]!.amount) }))
  const moved = (groups: readonly LineGroup[]) => delta.reduce((a, l) => (groups.includes(l.group) ? a.plus(l.change) : a), ZERO)
  const grossProducts = [...up.merchantValue].reduce((a, [id, v]) => a.plus(v.minus(base.merchantValue.get(id)!)), ZERO)
  // Stryker disable next-line ConditionalExpression: equivalent, a metal or FX move leaves by-product sales (priced on their line, in the reporting currency), so their change is 0 for every other driver
  const byproductsInGross = driver.kind === 'byproducts' ? moved(['byproducts']) : ZERO
  const gross = grossProducts.plus(byproductsInGross)
  const removed: Record<OffsetKey, Decimal> = {
    offtake: grossProducts.minus(moved(['product', 'contract'])),
    feed: moved(['feed']).neg(),
    supply: moved(['supply']).neg(),
    byproducts: byproductsInGross.minus(moved(['byproducts', 'epr'])),
    tax: moved(['tax']).neg(),
    workingCapital: moved(['workingCapital']).neg(),
    // Stryker disable next-line ArrayDeclaration,StringLiteral: equivalent today, no driver moves opex, logistics or maintenance (reporting-currency costs, no deck price); the column keeps net = gross − offsets exact should one ever do so
    other: moved(['opex', 'logistics', 'maintenance']).neg(),
    debtService: up.debtService.minus(base.debtService)
  }
  const net = netExposure(gross, OFFSET_KEYS.map((k) => removed[k]))
  return {
    driverId: driver.id, kind: driver.kind, label: driver.label, gross: gross.toString(),
    removed: Object.fromEntries(OFFSET_KEYS.map((k) => [k, removed[k].toString()])) as Record<OffsetKey, string>,
    cfadsChange: up.cfads.minus(base.cfads).toString(), debtServiceChange: removed.debtService.toString(), net: net.toString(),
    shareOfCfads: str(shareOfCfads(net, baseCfads)), minDscrUp: str(up.minDscr), minDscrDown: str(down.minDscr),
    netDown: down.cfads.minus(base.cfads).minus(down.debtService.minus(base.debtService)).toString(),
    parts: delta.filter((l) => !l.change.isZero()).map((l) => ({ id: l.id, label: l.label, change: l.change.toString() }))
  }
}

export type LedgerSettings = { step: string }

/**
 * The natural-hedge ledger (issue 19): for each metal, FX and the by-products, the engine run with that
 * driver moved up and down by `step` (debt held as sized), and what each offset removes of the move,
 * summed over the loan life. Finite differences of the engine itself: nothing is re-modelled.
 */
export function computeExposureLedger(project: Project, settings: LedgerSettings, onProgress?: (done: number, total: number) => void): ExposureLedger {
  const sized = runModel(project)
  const fixedDebt = sized.debt
  const start = baseCase(project)
  const heldBase = runHeld(start, fixedDebt)
  const { window, inWindow } = exposureWindow(heldBase)
  const base = windowTotals(heldBase, inWindow)
  const drivers = exposureDrivers(project)
  const step = new Decimal(settings.step)
  const total = drivers.length * 2
  let done = 0
  const at = (d: ExposureDriver, f: Decimal) => {
    const t = windowTotals(runHeld(applyExposureDriver(start, d, f), fixedDebt), inWindow)
    onProgress?.(++done, total)
    return t
  }
  const rows = drivers.map((d) => ledgerRow(d, base, at(d, ONE.plus(step)), at(d, ONE.minus(step)), base.cfads))
  return {
    currency: project.reportingCurrency, step: step.toString(), window, baseCfads: base.cfads.toString(), baseDebtService: base.debtService.toString(),
    baseMinDscr: str(base.minDscr), covenantDscr: project.lender.minDscr, rows, evaluations: total + 2
  }
}
