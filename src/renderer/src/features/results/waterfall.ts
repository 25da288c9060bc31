import { Decimal, ZERO } from '@shared/decimal'
import type { AnnualRow, ModelResult } from '@shared/engine'
import type { MessageKey } from '@shared/i18n'
import { english, type Translate } from './translate'

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

type Line = { id: string; label: MessageKey; kind: WaterfallRow['kind']; of: (a: AnnualRow) => Decimal; total?: boolean; onlyIfAny?: boolean }

const LINES: readonly Line[] = [
  { id: 'revenue', label: 'results.wf.revenue', kind: 'line', of: (a) => a.revenue },
  { id: 'contractRevenue', label: 'results.wf.contractRevenue', kind: 'detail', of: (a) => a.contractRevenue },
  // §13: sold by-products and EPR certificates are revenue outside offtake coverage; residues' disposal is inside opex.
  { id: 'byproductRevenue', label: 'results.wf.byproductRevenue', kind: 'detail', of: (a) => a.byproductRevenue, onlyIfAny: true },
  { id: 'eprRevenue', label: 'results.wf.eprRevenue', kind: 'detail', of: (a) => a.eprRevenue, onlyIfAny: true },
  { id: 'feedstock', label: 'results.wf.feedstock', kind: 'line', of: (a) => a.feedstockCost.neg() },
  { id: 'opex', label: 'results.wf.opex', kind: 'line', of: (a) => a.opex.neg() },
  { id: 'disposalCost', label: 'results.wf.disposalCost', kind: 'detail', of: (a) => a.disposalCost.neg(), onlyIfAny: true },
  { id: 'ebitda', label: 'results.wf.ebitda', kind: 'subtotal', of: (a) => a.ebitda },
  { id: 'deltaWc', label: 'results.wf.deltaWc', kind: 'line', of: (a) => a.deltaWorkingCapital.neg() },
  { id: 'tax', label: 'results.wf.tax', kind: 'line', of: (a) => a.tax.neg() },
  { id: 'maintenance', label: 'results.wf.maintenance', kind: 'line', of: (a) => a.maintenanceCapex.neg() },
  { id: 'cfads', label: 'results.wf.cfads', kind: 'subtotal', of: (a) => a.cfads },
  { id: 'debtService', label: 'results.wf.debtService', kind: 'line', of: (a) => a.debtService.neg() },
  { id: 'interest', label: 'results.wf.interest', kind: 'detail', of: (a) => a.interest.neg() },
  // Only with a hedged tranche (§10): so the details still add up to debt service.
  { id: 'debtFees', label: 'results.wf.debtFees', kind: 'detail', of: (a) => a.debtFees.neg(), onlyIfAny: true },
  { id: 'principal', label: 'results.wf.principal', kind: 'detail', of: (a) => a.principal.neg() },
  // The §11 waterfall's own lines, each only where the project uses it, so every column still adds up.
  { id: 'waterfallFees', label: 'results.wf.waterfallFees', kind: 'line', of: (a) => a.waterfallFees.neg(), onlyIfAny: true },
  { id: 'sponsorSupport', label: 'results.wf.sponsorSupport', kind: 'line', of: (a) => a.sponsorSupport, onlyIfAny: true },
  { id: 'facility', label: 'results.wf.facility', kind: 'line', of: (a) => a.facilityFlow, onlyIfAny: true },
  { id: 'dsra', label: 'results.wf.dsra', kind: 'line', of: (a) => a.dsraMovement.neg() },
  { id: 'mra', label: 'results.wf.mra', kind: 'line', of: (a) => a.mraMovement.neg(), onlyIfAny: true },
  { id: 'sweep', label: 'results.wf.sweep', kind: 'line', of: (a) => a.sweep.neg(), onlyIfAny: true },
  { id: 'lockup', label: 'results.wf.lockup', kind: 'line', of: (a) => a.lockupMovement.neg(), onlyIfAny: true },
  { id: 'distributions', label: 'results.wf.distributions', kind: 'subtotal', of: (a) => a.distributions },
  { id: 'debtBalance', label: 'results.wf.debtBalance', kind: 'detail', of: (a) => a.debtBalance, total: false }
]

/** `t`: the reader's language (the row labels); English by default. */
export function waterfallRows(result: ModelResult, t: Translate = english): WaterfallRow[] {
  const lines = LINES.filter((l) => !l.onlyIfAny || result.annual.some((a) => !l.of(a).isZero()))
  return lines.map((l) => {
    const values = result.annual.map(l.of)
    return { id: l.id, label: t(l.label), kind: l.kind, values, total: l.total === false ? null : values.reduce((s, v) => s.plus(v), ZERO) }
  })
}
