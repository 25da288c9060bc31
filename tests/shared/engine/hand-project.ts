import { setDebt, tranche } from '../model/tranche-fixtures'
import { PROJECT_SCHEMA_VERSION, parseProject, type Project } from '@shared/model'

/**
 * A small project every line of which is computed by hand in hand-case.test.ts (and in
 * docs/methodology.md): annual periods, one construction year, three operating years, one
 * black-mass stream, one nickel product, one contract for half the output, 60 % gearing, annuity.
 */
export function handProject(): Project {
  return {
    schemaVersion: PROJECT_SCHEMA_VERSION,
    id: 'hand',
    name: 'Hand-computable case',
    description: 'Engine test case; figures derived in the test comments.',
    reportingCurrency: 'USD',
    timeline: { startDate: '2026-01-01', constructionMonths: 12, operatingYears: 3, periodMonths: 12 },
    feedstock: [
      {
        id: 'bm', name: 'Black mass', kind: 'battery', chemistry: 'NMC622', form: 'blackMass', inputTonnesPerYear: '1000', rampUp: ['1'], routeId: 'hydro',
        recoveryOverrides: {}, purchase: { basis: 'fixed', pricePerQuantity: '500', logisticsPerTonne: '0', escalation: '0' }, blackMassYield: '1',
        grades: { Li: '0', Co: '0', Ni: '0.2', Mn: '0' }
      }
    ],
    routes: [{ id: 'hydro', name: 'Hydromet', type: 'hydro', recovery: { Ni: '0.9' } }],
    products: [{ id: 'ni', metal: 'Ni', name: 'Nickel metal', factor: '1', merchantPayable: '0.8' }],
    prices: {
      decks: [{ id: 'deck', name: 'Flat', currency: 'USD', source: 'test', asOf: '2025-12-31', prices: [{ productId: 'ni', mode: 'escalating', basePricePerUnit: '10000', baseYear: 2026, escalation: '0' }] }],
      activeDeckId: 'deck',
      scenarios: [],
      activeScenarioId: null
    },
    fx: { rates: [] },
    offtake: [
      {
        id: 'c1', counterparty: 'Trader', rating: 'A', productId: 'ni', priority: 1, volume: { basis: 'share', share: '0.5' }, payable: '0.9', premiumPerUnit: '0',
        floor: null, cap: null, chargePerUnit: '100', currency: 'USD', startDate: '2027-01-01', endDate: '2029-12-31', takeOrPay: '1'
      }
    ],
    offtakePolicy: { bankableTakeOrPayMin: '0.8' },
    costs: {
      capex: { items: [{ id: 'plant', name: 'Plant', amount: '1000000' }], contingency: '0', phasing: [] },
      opex: { fixedPerYear: '200000', variablePerTonne: '100', variablePerUnit: '0', treatmentPerTonne: '0', escalation: '0' },
      maintenanceCapexPerYear: '0',
      workingCapital: { receivableDays: '36.5', inventoryDays: '0', payableDays: '0' }
    },
    tax: { rate: '0.25', depreciation: { method: 'straightLine', years: 3 } },
    financing: {
      sizing: 'gearing', gearing: '0.6', targetDscr: '1.3', tranches: [tranche('USD', { annualRate: '0.1', tenorYears: 3, graceMonths: 0, repayment: 'annuity', upfrontFee: '0' })],
      dsra: { enabled: false, months: 6 }, grants: []
    },
    valuation: { discountRate: '0.1' },
    lender: { presetId: null, minDscr: '1.3', lockupDscr: '1.1', minLlcr: '1.3', maxGearing: '0.75', dsraMonths: 6, minBankableCoverage: '0.5' },
    scenarios: [],
    sheet: { sponsor: '', location: '', summary: '', risks: [] }
  }
}

/**
 * Domain case C2: CFADS exactly 100 a year for 5 years: 1,000 t × Ni 10 % × 100 % recovery × price 1 ×
 * payable 1; no costs, no tax, no WC; capex 1,000; sculpted sizing at DSCR 1.3 and 8 %. `edit` changes
 * the project before validation.
 */
export function c2Project(gearing: string, edit?: (p: Project) => void): Project {
  const p = handProject()
  p.timeline.operatingYears = 5
  const stream = p.feedstock[0]!
  if (stream.kind === 'battery') stream.grades.Ni = '0.1'
  p.feedstock[0]!.purchase = { basis: 'fixed', pricePerQuantity: '0', logisticsPerTonne: '0', escalation: '0' }
  p.routes[0]!.recovery = { Ni: '1' }
  p.products[0]!.merchantPayable = '1'
  p.prices.decks[0]!.prices = [{ productId: 'ni', mode: 'escalating', basePricePerUnit: '1', baseYear: 2026, escalation: '0' }]
  p.offtake = []
  p.costs.opex = { fixedPerYear: '0', variablePerTonne: '0', variablePerUnit: '0', treatmentPerTonne: '0', escalation: '0' }
  p.costs.workingCapital = { receivableDays: '0', inventoryDays: '0', payableDays: '0' }
  p.tax.rate = '0'
  p.costs.capex.items[0]!.amount = '1000'
  p.financing = { ...p.financing, sizing: 'sculpted', gearing, targetDscr: '1.3' }
  setDebt(p, { repayment: 'sculpted', annualRate: '0.08', tenorYears: 5 })
  edit?.(p)
  const r = parseProject(p)
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  return r.value
}
