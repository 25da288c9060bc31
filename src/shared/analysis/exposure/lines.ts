import { type Decimal, ZERO } from '@shared/decimal'
import type { ModelResult, Series } from '@shared/engine/types'

/**
 * The window the ledger sums over: the loan life (operating periods up to final maturity), or the whole
 * operating life when the project carries no debt — the window of offtake and supply coverage (§4, §13).
 */
export type ExposureWindow = { kind: 'loanLife' | 'operatingLife'; firstPeriod: number; lastPeriod: number; from: string; to: string }

export function exposureWindow(r: ModelResult): { window: ExposureWindow; inWindow: boolean[] } {
  const hasDebt = r.financing.maturityPeriod !== null
  const inWindow = r.periods.map((p) => p.phase === 'operations' && (!hasDebt || p.isLoanLife))
  const first = inWindow.indexOf(true)
  const last = inWindow.lastIndexOf(true)
  // A valid project has at least one operating year, and maturity falls after COD: the window is never empty.
  return {
    window: { kind: hasDebt ? 'loanLife' : 'operatingLife', firstPeriod: first + 1, lastPeriod: last + 1, from: r.periods[first]!.start, to: r.periods[last]!.end },
    inWindow
  }
}

/** Which of the ledger's columns a cash line falls in. */
export type LineGroup = 'product' | 'contract' | 'byproducts' | 'epr' | 'feed' | 'supply' | 'logistics' | 'opex' | 'tax' | 'workingCapital' | 'maintenance'

/**
 * One cash line of the engine, summed over the window, signed as cash (in positive, out negative):
 * merchant sales per product, each offtake contract, by-products, EPR, the feed bought on the streams'
 * own terms, each supply contract, logistics, opex, tax, the working-capital build and maintenance capex.
 * Their sum is CFADS over the window (§6: EBITDA − tax − ΔWC − maintenance; EBITDA = revenue − feedstock − opex).
 */
export type CashLine = { id: string; label: string; group: LineGroup; amount: Decimal }

export type WindowTotals = {
  lines: CashLine[]
  cfads: Decimal
  debtService: Decimal
  /** Σ output × merchant price per product over the window: its revenue if all were sold merchant. */
  merchantValue: Map<string, Decimal>
  minDscr: Decimal | null
}

export function windowTotals(r: ModelResult, inWindow: readonly boolean[]): WindowTotals {
  const sum = (s: Series) => s.reduce((a, x, i) => (inWindow[i] ? a.plus(x) : a), ZERO)
  const neg = (s: Series) => sum(s).neg()
  const lines: CashLine[] = []
  for (const p of r.products) lines.push({ id: `merchant:${p.productId}`, label: `${p.name}: merchant sales`, group: 'product', amount: sum(p.merchantRevenue) })
  for (const c of r.contracts)
    lines.push({ id: `contract:${c.contractId}`, label: `Offtake ${c.counterparty}`, group: 'contract', amount: sum(c.revenue) })
  lines.push({ id: 'byproducts', label: 'By-product sales', group: 'byproducts', amount: sum(r.operations.byproductRevenue) })
  lines.push({ id: 'epr', label: 'EPR certificates', group: 'epr', amount: sum(r.operations.eprRevenue) })
  // A stream's purchase cost includes its supply contracts' (§13): the own terms are the rest.
  const supplyOf = (streamId: string) => r.supply.contracts.filter((c) => c.streamId === streamId)
  const ownPurchase = r.streams.reduce((a, s) => a.plus(sum(s.purchaseCost)).minus(supplyOf(s.streamId).reduce((b, c) => b.plus(sum(c.purchaseCost)), ZERO)), ZERO)
  lines.push({ id: 'feed', label: 'Feed bought on the streams’ own terms', group: 'feed', amount: ownPurchase.neg() })
  for (const c of r.supply.contracts) lines.push({ id: `supply:${c.contractId}`, label: `Supply ${c.supplier}`, group: 'supply', amount: neg(c.purchaseCost) })
  lines.push({ id: 'logistics', label: 'Feed logistics', group: 'logistics', amount: r.streams.reduce((a, s) => a.minus(sum(s.logisticsCost)), ZERO) })
  lines.push({ id: 'opex', label: 'Opex', group: 'opex', amount: neg(r.operations.opex) })
  lines.push({ id: 'tax', label: 'Tax', group: 'tax', amount: neg(r.tax.tax) })
  lines.push({ id: 'workingCapital', label: 'Working-capital build', group: 'workingCapital', amount: neg(r.operations.deltaWorkingCapital) })
  lines.push({ id: 'maintenance', label: 'Maintenance capex', group: 'maintenance', amount: neg(r.operations.maintenanceCapex) })
  const merchantValue = new Map(r.products.map((p) => [p.productId, p.output.reduce((a, q, i) => (inWindow[i] ? a.plus(q.times(p.merchantPrice[i]!)) : a), ZERO)]))
  const m = r.metrics.minDscr
  return { lines, cfads: sum(r.financing.cfads), debtService: sum(r.financing.debtService), merchantValue, minDscr: m.ok ? m.value : null }
}
