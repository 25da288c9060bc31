import { describe, expect, it } from 'vitest'
import { parseProject, type Project } from '@shared/model'
import { validProject, withValue } from './valid-project'

/**
 * One row per schema rule in src/shared/model: a wrong value at a path must be rejected with an issue
 * at that path. Paths are the CLI's `a.b.0.c` form.
 */
type Row = [rule: string, path: string, value: unknown, expectedPath?: string]

const DECIMAL_FIELD = 'costs.opex.fixedPerYear'
const notDecimal: Row[] = ['1e3', '0x1A', ' 12', '12 ', 'NaN', 'Infinity', '-Infinity', '1,000', '', '.5', '1.', '+5', '01', '1_000', '１２', '1234567890123456789012345678901'].map(
  (v) => [`non-decimal string ${JSON.stringify(v)}`, DECIMAL_FIELD, v]
)

const rows: Row[] = [
  ...notDecimal,
  ['JSON number for an amount', 'costs.capex.items.0.amount', 1000],
  ['null for an amount', 'costs.opex.variablePerTonne', null],
  ['negative volume', 'feedstock.0.inputTonnesPerYear', '-1'],
  ['recovery 1.2', 'routes.0.recovery.Li', '1.2'],
  ['negative recovery override', 'feedstock.1.recoveryOverrides.Pt', '-0.1'],
  ['ramp-up above 150 %', 'feedstock.0.rampUp', ['1.6'], 'feedstock.0.rampUp.0'],
  ['empty ramp-up', 'feedstock.0.rampUp', []],
  ['zero mass per unit', 'feedstock.1.massKgPerUnit', '0'],
  ['negative ppm loading', 'feedstock.1.loading.ppm.Pd', '-1'],
  ['unknown loading mode', 'feedstock.1.loading', { mode: 'guess' }, 'feedstock.1.loading.mode'],
  ['unknown chemistry', 'feedstock.0.chemistry', 'NMC999'],
  ['black-mass feed with a yield below 100 %', 'feedstock.0.blackMassYield', '0.9'],
  ['grades above 100 % in total', 'feedstock.0.grades', { Li: '0.5', Co: '0.3', Ni: '0.3', Mn: '0' }],
  ['purchase share above 100 %', 'feedstock.0.purchase.pctOfContained', '1.01'],
  ['escalation above 100 %/yr', 'costs.opex.escalation', '2'],
  ['bad date 2025-02-30', 'prices.decks.0.asOf', '2025-02-30'],
  ['bad month', 'offtake.0.startDate', '2027-13-01'],
  ['date with a time', 'offtake.0.startDate', '2027-01-01T00:00:00Z'],
  ['start date not the 1st', 'timeline.startDate', '2026-01-15'],
  ['period length not allowed', 'timeline.periodMonths', 5],
  ['construction not a multiple of the period', 'timeline.constructionMonths', 9],
  ['operating years zero', 'timeline.operatingYears', 0],
  ['unknown route id', 'feedstock.0.routeId', 'nope'],
  ['unknown route type', 'routes.0.type', 'alchemy'],
  ['duplicate stream ids', 'feedstock.1.id', 's1'],
  ['duplicate route ids', 'routes.1.id', 'r1'],
  ['two products for one metal', 'products.1.metal', 'Li'],
  ['zero product factor', 'products.0.factor', '0'],
  ['phasing not summing to 1', 'costs.capex.phasing', ['0.5', '0.4']],
  ['phasing with the wrong number of periods', 'costs.capex.phasing', ['1']],
  ['no capex items', 'costs.capex.items', []],
  ['contingency negative', 'costs.capex.contingency', '-0.1'],
  ['receivable days above 365', 'costs.workingCapital.receivableDays', '400'],
  ['tax rate above 100 %', 'tax.rate', '1.1'],
  ['zero depreciation years', 'tax.depreciation', { method: 'straightLine', years: 0 }, 'tax.depreciation.years'],
  ['floor > cap', 'offtake.0.floor', '2000000', 'offtake.0.cap'],
  ['end before start', 'offtake.0.endDate', '2026-12-31'],
  ['unknown contract product', 'offtake.0.productId', 'cobalt'],
  ['unknown rating', 'offtake.0.rating', 'ZZ'],
  ['take-or-pay above 100 %', 'offtake.0.takeOrPay', '1.5'],
  ['priority zero', 'offtake.0.priority', 0],
  ['missing FX for INR', 'fx.rates', [], 'fx.rates'],
  ['FX rate zero', 'fx.rates.0.points.0.perUsd', '0'],
  ['FX for an unknown currency', 'fx.rates.0.currency', 'EUR'],
  ['unknown reporting currency', 'reportingCurrency', 'EUR'],
  ['no price decks', 'prices.decks', []],
  ['unknown active deck', 'prices.activeDeckId', 'd9'],
  ['unknown price scenario', 'prices.activeScenarioId', 'nope'],
  ['product priced twice', 'prices.decks.0.prices.1.productId', 'li2co3'],
  ['price years not increasing', 'prices.decks.0.prices.1.points', [{ year: 2026, price: '1' }, { year: 2025, price: '1' }]],
  ['priced product that does not exist', 'prices.decks.0.prices.0.productId', 'ghost'],
  ['year out of range', 'prices.decks.0.prices.0.baseYear', 1800],
  ['multiplier negative', 'prices.scenarios.0.allMultiplier', '-1'],
  ['scenario with an unknown deck', 'scenarios.0.priceDeckId', 'd9'],
  ['scenario multiplier for an unknown product', 'scenarios.0.priceMultipliers.0.productId', 'ghost'],
  ['gearing of 100 %', 'financing.gearing', '1'],
  ['target DSCR zero', 'financing.targetDscr', '0'],
  ['interest above 50 %', 'financing.tranches.0.interest.annualRate', '0.6'],
  ['grace not a multiple of the period', 'financing.tranches.0.graceMonths', 4],
  ['grace plus tenor past operations', 'financing.tranches.0.tenorYears', 12],
  ['sculpted sizing without sculpted repayment', 'financing.sizing', 'sculpted', 'financing.tranches.0.repayment'],
  ['DSRA months above 24', 'financing.dsra.months', 25],
  ['sweep share of zero', 'financing.waterfall', { sweep: { share: '0', trigger: null, allocation: 'pro-rata' } }, 'financing.waterfall.sweep.share'],
  ['sweep share above 100 %', 'financing.waterfall', { sweep: { share: '1.01', trigger: null, allocation: 'pro-rata' } }, 'financing.waterfall.sweep.share'],
  ['sweep trigger DSCR of zero', 'financing.waterfall', { sweep: { share: '0.5', trigger: '0', allocation: 'pro-rata' } }, 'financing.waterfall.sweep.trigger'],
  ['sweep into a tranche that does not exist', 'financing.waterfall', { sweep: { share: '0.5', trigger: null, allocation: 'nope' } }, 'financing.waterfall.sweep.allocation'],
  ['sweep without its allocation', 'financing.waterfall', { sweep: { share: '0.5', trigger: null } }, 'financing.waterfall.sweep.allocation'],
  ['lender max gearing above 100 %', 'lender.maxGearing', '1.2'],
  ['control character in a name', 'name', 'Plant\u0000A'],
  ['bidi override in a counterparty', 'offtake.0.counterparty', 'Buyer\u202ELtd'],
  ['zero-width space in a name', 'routes.0.name', 'Hy\u200Bdro'],
  ['lone surrogate', 'description', 'bad \uD800 text'],
  ['blank name', 'name', '   '],
  ['name too long', 'name', 'x'.repeat(201)],
  ['id with a space', 'id', 'a b'],
  ['unknown key at the root', 'colour', 'blue', '(root)'],
  ['unknown key in a stream', 'feedstock.0.colour', 'blue', 'feedstock.0'],
  ['unknown key in costs', 'costs.opex.bonus', '1', 'costs.opex'],
  ['missing required field', 'valuation', undefined],
  ['wrong schema version (an old file must go through readProjectFile)', 'schemaVersion', 1],
  ['too many risks', 'sheet.risks', Array.from({ length: 31 }, (_, i) => ({ id: `k${i}`, risk: '', mitigant: '' }))]
]

describe('project schema rules', () => {
  it('the base project is valid', () => {
    const r = parseProject(validProject())
    expect(r.ok ? [] : r.issues).toEqual([])
  })

  it.each(rows)('rejects %s at %s', (_rule, path, value, expectedPath) => {
    const r = parseProject(withValue(validProject(), path, value))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain(expectedPath ?? path)
  })

  it('NFC-normalises names so one counterparty typed two ways is equal', () => {
    const r = parseProject(withValue(validProject(), 'offtake.0.counterparty', 'Mu\u0308ller'))
    expect(r.ok && r.value.offtake[0]!.counterparty).toBe('M\u00fcller')
  })

  it('accepts a cash sweep: 100 % every period pro rata, or a share on a trigger into a named tranche', () => {
    for (const sweep of [{ share: '1', trigger: null, allocation: 'pro-rata' }, { share: '0.25', trigger: '1.4', allocation: (validProject() as unknown as Project).financing.tranches[0]!.id }]) {
      const r = parseProject(withValue(validProject() as never, 'financing.waterfall', { sweep }))
      expect(r.ok ? [] : r.issues).toEqual([])
    }
  })

  it('accepts the boundaries: recovery 0 and 1, gearing 0.9999, negative premium', () => {
    let p = withValue(validProject(), 'routes.0.recovery.Li', '1')
    p = withValue(p, 'routes.0.recovery.Co', '0')
    p = withValue(p, 'financing.gearing', '0.9999')
    p = withValue(p, 'offtake.0.premiumPerUnit', '-25.5')
    const r = parseProject(p)
    expect(r.ok ? [] : r.issues).toEqual([])
  })
})

describe('tranche rules (file version 3)', () => {
  const base = () => validProject() as unknown as Project
  const second = (over: Record<string, unknown> = {}) => ({ ...base().financing.tranches[0]!, id: 'second', name: 'Second', ...over })
  const issuesOf = (edit: (p: Project) => void) => {
    const p = base()
    edit(p)
    const r = parseProject(p)
    return r.ok ? [] : r.issues
  }

  it('shares must add up to 100 % within 1e-9', () => {
    const issues = issuesOf((p) => {
      p.financing.tranches[0]!.share = '0.6'
      p.financing.tranches.push(second({ share: '0.3' }) as never)
    })
    expect(issues).toContainEqual({ path: 'financing.tranches', message: 'shares add up to 90 %, not 100 %' })
    // Written as a person types it: no trailing zeros, up to four decimals (33.335 % + 66.66 % = 99.995 %).
    expect(issuesOf((p) => {
      p.financing.tranches[0]!.share = '0.33335'
      p.financing.tranches.push(second({ share: '0.6666' }) as never)
    })).toContainEqual({ path: 'financing.tranches', message: 'shares add up to 99.995 %, not 100 %' })
    expect(issuesOf((p) => {
      p.financing.tranches[0]!.share = '0.3333333333'
      p.financing.tranches.push(second({ share: '0.6666666667' }) as never)
    })).toEqual([])
  })

  it('1 to 4 tranches, unique ids, a known currency and lender type, rates in range', () => {
    expect(issuesOf((p) => (p.financing.tranches = []))).toContainEqual({ path: 'financing.tranches', message: 'needs at least one tranche' })
    expect(issuesOf((p) => (p.financing.tranches = Array.from({ length: 5 }, (_, k) => ({ ...p.financing.tranches[0]!, id: `t${k}`, share: '0.2' })))))
      .toContainEqual({ path: 'financing.tranches', message: 'at most 4 tranches' })
    expect(issuesOf((p) => {
      p.financing.tranches[0]!.share = '0.5'
      p.financing.tranches.push(second({ id: p.financing.tranches[0]!.id, share: '0.5' }) as never)
    })).toContainEqual({ path: 'financing.tranches.1.id', message: expect.stringContaining('duplicate id') })
    expect(issuesOf((p) => ((p.financing.tranches[0] as Record<string, unknown>).currency = 'EUR')).map((i) => i.path)).toContain('financing.tranches.0.currency')
    expect(issuesOf((p) => ((p.financing.tranches[0] as Record<string, unknown>).lenderType = 'bank'))).toContainEqual({ path: 'financing.tranches.0.lenderType', message: 'must be one of eca, dfi, commercialBank, other' })
    expect(issuesOf((p) => (p.financing.tranches[0]!.commitmentFeeAnnualRate = '0.1')).map((i) => i.path)).toContain('financing.tranches.0.commitmentFeeAnnualRate')
    expect(issuesOf((p) => (p.financing.tranches[0]!.share = '0')).map((i) => i.path)).toContain('financing.tranches.0.share')
  })

  it('a tranche in a foreign currency needs its FX rate; a reporting-currency tranche has nothing to hedge', () => {
    const p = base()
    const foreign = p.reportingCurrency === 'JPY' ? 'INR' : 'JPY'
    p.fx.rates = p.fx.rates.filter((x) => x.currency !== foreign)
    p.financing.tranches[0]!.currency = foreign
    const r = parseProject(p)
    expect(r.ok ? [] : r.issues).toContainEqual({ path: 'fx.rates', message: `needs a USD/${foreign} rate (used by the project)` })
    expect(issuesOf((q) => (q.financing.tranches[0]!.hedge = { hedged: true, annualCost: '0.01' })).map((i) => i.path)).toContain('financing.tranches.0.hedge.hedged')
  })

  it('floating base rates by increasing year; FX depreciation within range', () => {
    expect(issuesOf((p) => (p.financing.tranches[0]!.interest = { kind: 'floating', baseRates: [{ year: 2030, annualRate: '0.05' }, { year: 2029, annualRate: '0.05' }], marginAnnualRate: '0.01' })))
      .toContainEqual({ path: 'financing.tranches.0.interest.baseRates', message: 'years must be in increasing order' })
    expect(issuesOf((p) => {
      p.fx.rates = [{ currency: 'INR', points: [{ year: 2025, perUsd: '85' }], annualDepreciation: '2' }]
    }).map((i) => i.path)).toContain('fx.rates.0.annualDepreciation')
  })
})
