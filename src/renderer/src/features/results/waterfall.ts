import { Decimal, ZERO } from '@shared/decimal'
import type { AnnualRow, ModelResult } from '@shared/engine'

/**
 * The annual cash-flow waterfall as signed rows (cash in positive, cash out negative), one value
 * per calendar year plus the total. Costs the engine keeps as positive magnitudes are negated here
 * so every column adds up: CFADS = revenue − feedstock − opex − ΔWC − tax − maintenance capex;
 * distributions = CFADS − debt service − waterfall fees + sponsor support + facility draws − reserve
 * movements − the cash sweep − lock-up movements (§11), never negative.
 */
export type WaterfallRow = {
  id: string
  label: string
  kind: 'line' | 'subtotal' | 'detail'
  values: Decimal[]
  total: Decimal | null
}

type Line = { id: string; label: string; kind: WaterfallRow['kind']; of: (a: AnnualRow) => Decimal; total?: boolean; onlyIfAny?: boolean }

const LINES: readonly Line[] = [
  { id: 'revenue', label: 'Revenue', kind: 'line', of: (a) => a.revenue },
  { id: 'contractRevenue', label: 'of which under offtake contracts', kind: 'detail', of: (a) => a.contractRevenue },
  // §13: sold by-products and EPR certificates are revenue outside offtake coverage; residues' disposal is inside opex.
  { id: 'byproductRevenue', label: 'of which by-product sales', kind: 'detail', of: (a) => a.byproductRevenue, onlyIfAny: true },
  { id: 'eprRevenue', label: 'of which EPR certificate sales', kind: 'detail', of: (a) => a.eprRevenue, onlyIfAny: true },
  { id: 'feedstock', label: 'Feedstock purchases', kind: 'line', of: (a) => a.feedstockCost.neg() },
  { id: 'opex', label: 'Operating costs', kind: 'line', of: (a) => a.opex.neg() },
  { id: 'disposalCost', label: 'of which disposal of residues', kind: 'detail', of: (a) => a.disposalCost.neg(), onlyIfAny: true },
  { id: 'ebitda', label: 'EBITDA', kind: 'subtotal', of: (a) => a.ebitda },
  { id: 'deltaWc', label: 'Working capital (increase −)', kind: 'line', of: (a) => a.deltaWorkingCapital.neg() },
  { id: 'tax', label: 'Tax', kind: 'line', of: (a) => a.tax.neg() },
  { id: 'maintenance', label: 'Maintenance capex', kind: 'line', of: (a) => a.maintenanceCapex.neg() },
  { id: 'cfads', label: 'CFADS', kind: 'subtotal', of: (a) => a.cfads },
  { id: 'debtService', label: 'Debt service', kind: 'line', of: (a) => a.debtService.neg() },
  { id: 'interest', label: 'interest', kind: 'detail', of: (a) => a.interest.neg() },
  // Only with a hedged tranche (§10): so the details still add up to debt service.
  { id: 'debtFees', label: 'hedge cost (cross-currency swaps)', kind: 'detail', of: (a) => a.debtFees.neg(), onlyIfAny: true },
  { id: 'principal', label: 'principal', kind: 'detail', of: (a) => a.principal.neg() },
  // The §11 waterfall's own lines, each only where the project uses it, so every column still adds up.
  { id: 'waterfallFees', label: 'LC fee and facility interest', kind: 'line', of: (a) => a.waterfallFees.neg(), onlyIfAny: true },
  { id: 'sponsorSupport', label: 'Sponsor support (standby equity)', kind: 'line', of: (a) => a.sponsorSupport, onlyIfAny: true },
  { id: 'facility', label: 'Facility and LC draws (repaid −)', kind: 'line', of: (a) => a.facilityFlow, onlyIfAny: true },
  { id: 'dsra', label: 'DSRA (top-up −, draw or release +)', kind: 'line', of: (a) => a.dsraMovement.neg() },
  { id: 'mra', label: 'Maintenance reserve (top-up −, draw or release +)', kind: 'line', of: (a) => a.mraMovement.neg(), onlyIfAny: true },
  { id: 'sweep', label: 'Cash sweep (prepays senior debt)', kind: 'line', of: (a) => a.sweep.neg(), onlyIfAny: true },
  { id: 'lockup', label: 'Lock-up account (trapped −, released +)', kind: 'line', of: (a) => a.lockupMovement.neg(), onlyIfAny: true },
  { id: 'distributions', label: 'Distributions to equity', kind: 'subtotal', of: (a) => a.distributions },
  { id: 'debtBalance', label: 'Debt balance (end of year)', kind: 'detail', of: (a) => a.debtBalance, total: false }
]

export function waterfallRows(result: ModelResult): WaterfallRow[] {
  const lines = LINES.filter((l) => !l.onlyIfAny || result.annual.some((a) => !l.of(a).isZero()))
  return lines.map((l) => {
    const values = result.annual.map(l.of)
    return { id: l.id, label: l.label, kind: l.kind, values, total: l.total === false ? null : values.reduce((s, v) => s.plus(v), ZERO) }
  })
}
