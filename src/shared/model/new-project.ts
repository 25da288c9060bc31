import { PROJECT_SCHEMA_VERSION, type Project } from './project'

/**
 * A new, valid project with neutral defaults: the user adds feedstock, routes, products and prices.
 * Capex starts at zero so nothing looks like a real figure until the user enters it.
 */
export function newProject(id: string, name: string, startYear: number): Project {
  return {
    schemaVersion: PROJECT_SCHEMA_VERSION,
    id,
    name,
    description: '',
    reportingCurrency: 'USD',
    timeline: { startDate: `${startYear}-01-01`, constructionMonths: 12, operatingYears: 10, periodMonths: 6 },
    feedstock: [],
    routes: [],
    products: [],
    prices: {
      decks: [{ id: 'deck-base', name: 'Base deck', currency: 'USD', source: '', asOf: `${startYear - 1}-12-31`, prices: [] }],
      activeDeckId: 'deck-base',
      scenarios: [],
      activeScenarioId: null
    },
    fx: { rates: [] },
    offtake: [],
    offtakePolicy: { bankableTakeOrPayMin: '0.8' },
    costs: {
      capex: { items: [{ id: 'capex-plant', name: 'Plant and equipment', amount: '0' }], contingency: '0.1', phasing: [] },
      opex: { fixedPerYear: '0', variablePerTonne: '0', variablePerUnit: '0', treatmentPerTonne: '0', escalation: '0.02' },
      maintenanceCapexPerYear: '0',
      workingCapital: { receivableDays: '45', inventoryDays: '30', payableDays: '30' }
    },
    tax: { rate: '0.25', maintenanceCapex: 'capitalised', depreciation: { method: 'straightLine', years: 10 } },
    financing: {
      sizing: 'gearing',
      gearing: '0.7',
      targetDscr: '1.3',
      // 'other' until the user says who lends (the single-debt card does not ask): as a migrated v2 file.
      tranches: [{
        id: 'senior', name: 'Senior debt', lenderType: 'other', currency: 'USD', share: '1', interest: { kind: 'fixed', annualRate: '0.09' },
        upfrontFee: '0.015', commitmentFeeAnnualRate: '0', ecaPremium: '0', tenorYears: 7, graceMonths: 6, repayment: 'annuity', hedge: { hedged: false, annualCost: '0' }
      }],
      dsra: { enabled: true, months: 6 },
      grants: []
    },
    valuation: { discountRate: '0.1' },
    lender: { presetId: null, minDscr: '1.3', lockupDscr: '1.1', minLlcr: '1.3', maxGearing: '0.75', dsraMonths: 6, minBankableCoverage: '0.5' },
    scenarios: [],
    sheet: { sponsor: '', location: '', summary: '', risks: [] }
  }
}
