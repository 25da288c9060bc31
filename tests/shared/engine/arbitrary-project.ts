import { tranche } from '../model/tranche-fixtures'
import fc from 'fast-check'
import type { Project } from '@shared/model'
import { handProject } from './hand-project'

/** Decimal string from an integer range scaled by 10^-places (always canonical, never exponent). */
const decStr = (min: number, max: number, places = 0) =>
  fc.integer({ min, max }).map((n) => {
    if (places === 0) return String(n)
    const neg = n < 0
    const digits = String(Math.abs(n)).padStart(places + 1, '0')
    const s = `${digits.slice(0, -places)}.${digits.slice(-places)}`.replace(/\.?0+$/, '')
    return neg && s !== '0' ? `-${s}` : s
  })

const batteryStream = (id: string) =>
  fc.record({
    inputTonnesPerYear: decStr(100, 50000),
    ramp: fc.array(decStr(30, 120, 2), { minLength: 1, maxLength: 3 }),
    purchase: fc.oneof(
      fc.record({ basis: fc.constant('fixed' as const), pricePerQuantity: decStr(-500, 3000), logisticsPerTonne: decStr(0, 200), escalation: decStr(0, 5, 2) }),
      fc.record({ basis: fc.constant('pctOfContained' as const), pctOfContained: decStr(10, 80, 2), logisticsPerTonne: decStr(0, 200), escalation: decStr(0, 5, 2) })
    ),
    li: decStr(0, 6, 2),
    ni: decStr(5, 25, 2)
  }).map((r) => ({
    id, name: `Stream ${id}`, kind: 'battery' as const, chemistry: 'NMC622' as const, form: 'module' as const, inputTonnesPerYear: r.inputTonnesPerYear, rampUp: r.ramp,
    routeId: 'hydro', recoveryOverrides: {}, purchase: r.purchase, blackMassYield: '0.4', grades: { Li: r.li, Co: '0.05', Ni: r.ni, Mn: '0.05' }
  }))

const catalystStream = (id: string) =>
  fc.record({ unitsPerYear: decStr(1000, 200000), pt: decStr(0, 300, 2), pd: decStr(0, 500, 2), pct: decStr(40, 90, 2) }).map((r) => ({
    id, name: `Cats ${id}`, kind: 'catalyst' as const, converterClassId: null, massKgPerUnit: '7', unitsPerYear: r.unitsPerYear, rampUp: ['1'], routeId: 'smelt',
    recoveryOverrides: {}, purchase: { basis: 'pctOfContained' as const, pctOfContained: r.pct, logisticsPerTonne: '50', escalation: '0.02' },
    loading: { mode: 'gramsPerUnit' as const, gramsPerUnit: { Pt: r.pt, Pd: r.pd, Rh: '0.1' } }
  }))

type Shape = { plainContracts?: boolean }

/** Valid projects across period lengths, sizing/repayment modes, streams, contracts, DSRA, grants and tax methods. */
export function arbitraryProject(shape: Shape = {}): fc.Arbitrary<Project> {
  return fc
    .record({
      m: fc.constantFrom(1, 3, 6, 12),
      cPeriods: fc.integer({ min: 1, max: 3 }),
      opYears: fc.integer({ min: 2, max: 8 }),
      tenorFrac: fc.double({ min: 0.1, max: 1, noNaN: true }),
      graceFrac: fc.double({ min: 0, max: 1, noNaN: true }),
      mode: fc.constantFrom('gearing-annuity', 'gearing-equal', 'gearing-sculpted', 'sculpted'),
      gearing: decStr(0, 90, 2),
      rate: decStr(0, 150, 3),
      fee: decStr(0, 30, 3),
      dsra: fc.boolean(),
      dsraMonths: fc.integer({ min: 1, max: 12 }),
      grant: decStr(0, 3000000),
      capex: decStr(1000000, 50000000),
      taxRate: decStr(0, 35, 2),
      wdv: fc.boolean(),
      battery: fc.array(batteryStream('b'), { minLength: 0, maxLength: 1 }),
      catalyst: fc.array(catalystStream('c'), { minLength: 0, maxLength: 1 }),
      prices: fc.record({ li: decStr(3000, 20000), ni: decStr(8000, 25000), pt: decStr(600, 2000), pd: decStr(500, 2000), esc: decStr(-3, 5, 2) }),
      contracts: fc.array(
        fc.record({
          product: fc.constantFrom('li', 'ni', 'pt', 'pd'),
          share: fc.option(decStr(10, 100, 2), { nil: undefined }),
          fixed: decStr(1, 2000),
          payable: decStr(70, 100, 2),
          premiumPerUnit: decStr(-200, 200),
          floor: fc.option(decStr(100, 5000), { nil: null }),
          capAdd: fc.option(decStr(0, 20000), { nil: null }),
          charge: decStr(0, 100),
          rating: fc.constantFrom('AA' as const, 'BBB-' as const, 'BB' as const, 'NR' as const),
          top: decStr(0, 100, 2),
          priority: fc.integer({ min: 1, max: 3 })
        }),
        { maxLength: 3 }
      ),
      wc: fc.record({ dso: decStr(0, 90), dio: decStr(0, 60), dpo: decStr(0, 60) }),
      // The §11 waterfall's terms, each off or on (off keeps a version-3 file's reading).
      waterfall: fc.record({
        lc: fc.option(fc.record({ fee: decStr(0, 5, 3), draw: decStr(0, 20, 2) }), { nil: undefined }),
        mraMonths: fc.option(fc.integer({ min: 1, max: 24 }), { nil: undefined }),
        wcFacility: fc.option(fc.record({ limit: decStr(0, 5000000), rate: decStr(0, 30, 2) }), { nil: undefined }),
        lockup: fc.option(fc.record({ dscr: decStr(50, 300, 2), test: fc.constantFrom('period' as const, 'trailing-12m' as const), releaseAfterPeriods: fc.integer({ min: 1, max: 4 }) }), { nil: undefined })
      })
    })
    .filter((r) => r.battery.length + r.catalyst.length > 0)
    .map((r) => {
      const p = handProject()
      const opMonths = r.opYears * 12
      const tenorYears = Math.max(1, Math.floor(r.tenorFrac * r.opYears))
      const spare = Math.floor(((opMonths - tenorYears * 12) / r.m) * r.graceFrac) * r.m
      p.timeline = { startDate: '2026-04-01', constructionMonths: r.cPeriods * r.m, operatingYears: r.opYears, periodMonths: r.m as 1 | 3 | 6 | 12 }
      p.feedstock = [...r.battery, ...r.catalyst]
      p.routes = [
        { id: 'hydro', name: 'Hydro', type: 'hydro', recovery: { Li: '0.9', Co: '0.98', Ni: '0.98', Mn: '0.98' } },
        { id: 'smelt', name: 'Smelt', type: 'pgmSmeltRefine', recovery: { Pt: '0.97', Pd: '0.97', Rh: '0.9' } }
      ]
      p.products = [
        { id: 'li', metal: 'Li', name: 'Li2CO3', factor: '5.323', merchantPayable: '0.9' },
        { id: 'ni', metal: 'Ni', name: 'NiSO4', factor: '4.478', merchantPayable: '0.25' },
        { id: 'pt', metal: 'Pt', name: 'Pt', factor: '1', merchantPayable: '0.95' },
        { id: 'pd', metal: 'Pd', name: 'Pd', factor: '1', merchantPayable: '0.95' }
      ]
      const esc = r.prices.esc
      p.prices.decks[0]!.prices = [
        { productId: 'li', mode: 'escalating', basePricePerUnit: r.prices.li, baseYear: 2026, escalation: esc },
        { productId: 'ni', mode: 'escalating', basePricePerUnit: String(Math.round(Number(r.prices.ni) / 4.478)), baseYear: 2026, escalation: esc },
        { productId: 'pt', mode: 'table', points: [{ year: 2027, price: r.prices.pt }, { year: 2030, price: r.prices.pd }] },
        { productId: 'pd', mode: 'escalating', basePricePerUnit: r.prices.pd, baseYear: 2027, escalation: '0' }
      ]
      p.offtake = r.contracts.map((c, i) => ({
        id: `k${i}`, counterparty: `Buyer ${i}`, rating: c.rating, productId: c.product, priority: c.priority,
        volume: c.share === undefined ? { basis: 'fixed' as const, productUnitsPerYear: c.fixed } : { basis: 'share' as const, share: c.share },
        payable: c.payable, premiumPerUnit: shape.plainContracts ? '0' : c.premiumPerUnit, floor: shape.plainContracts ? null : c.floor,
        cap: shape.plainContracts || c.capAdd === null ? null : String(Number(c.floor ?? '0') + Number(c.capAdd)),
        chargePerUnit: shape.plainContracts ? '0' : c.charge, currency: 'USD' as const, startDate: '2026-01-01', endDate: '2031-06-30', takeOrPay: c.top
      }))
      p.costs = {
        capex: { items: [{ id: 'plant', name: 'Plant', amount: r.capex }], contingency: '0.1', phasing: [] },
        opex: { fixedPerYear: '500000', variablePerTonne: '50', variablePerUnit: '1', treatmentPerTonne: '20', escalation: '0.03' },
        maintenanceCapexPerYear: '100000',
        workingCapital: { receivableDays: r.wc.dso, inventoryDays: r.wc.dio, payableDays: r.wc.dpo }
      }
      p.tax = { rate: r.taxRate, depreciation: r.wdv ? { method: 'wdv', rate: '0.15' } : { method: 'straightLine', years: 5 } }
      const [sizing, repayment] = r.mode === 'sculpted' ? ['sculpted', 'sculpted'] : ['gearing', r.mode.slice('gearing-'.length)]
      p.financing = {
        sizing: sizing as 'gearing' | 'sculpted', gearing: r.gearing, targetDscr: '1.35',
        tranches: [tranche(p.reportingCurrency, { annualRate: r.rate, tenorYears, graceMonths: Math.min(spare, 120), repayment: repayment as 'annuity' | 'equal' | 'sculpted', upfrontFee: r.fee })],
        dsra: { enabled: r.dsra, months: r.dsraMonths, ...(r.waterfall.lc ? { form: 'lc' as const, lcFeeRate: r.waterfall.lc.fee, lcDrawRate: r.waterfall.lc.draw } : {}) },
        ...(r.waterfall.mraMonths || r.waterfall.wcFacility || r.waterfall.lockup
          ? { waterfall: { mraMonths: r.waterfall.mraMonths, wcFacility: r.waterfall.wcFacility, lockup: r.waterfall.lockup } }
          : {}),
        grants: r.grant === '0' ? [] : [{ id: 'g', name: 'Grant', amount: r.grant }]
      }
      return p
    })
}
