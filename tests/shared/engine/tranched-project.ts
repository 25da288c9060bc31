/**
 * Generated valid projects (arbitrary-project.ts) with their single debt split into 2–4 tranches in USD,
 * INR and JPY, hedged or not, fixed or floating, with commitment fees and ECA premiums, on an FX path.
 * Shared by the tranche and the statement properties.
 */
import fc from 'fast-check'
import { Decimal } from '@shared/decimal'
import { parseProject, type Currency, type Project, type Tranche } from '@shared/model'
import { arbitraryProject } from './arbitrary-project'

const trancheShape = fc.record({
  currency: fc.constantFrom<Currency>('USD', 'INR', 'JPY'),
  weight: fc.integer({ min: 1, max: 5 }),
  tenorFrac: fc.double({ min: 0.2, max: 1, noNaN: true }),
  graceFrac: fc.double({ min: 0, max: 1, noNaN: true }),
  rate: fc.integer({ min: 0, max: 150 }).map((x) => String(x / 1000)),
  floating: fc.boolean(),
  hedged: fc.boolean(),
  profile: fc.constantFrom<Tranche['repayment']>('annuity', 'equal', 'sculpted'),
  upfrontFee: fc.integer({ min: 0, max: 30 }).map((x) => String(x / 1000)),
  commitment: fc.integer({ min: 0, max: 10 }).map((x) => String(x / 1000)),
  premium: fc.integer({ min: 0, max: 80 }).map((x) => String(x / 1000))
})

export const fxPath = fc.record({ inr: fc.integer({ min: 60, max: 120 }), jpy: fc.integer({ min: 90, max: 180 }), depInr: fc.integer({ min: -5, max: 10 }), depJpy: fc.integer({ min: -5, max: 10 }) })

/** A generated project with its debt split into tranches; shares add up to exactly 1. */
type Shape = typeof trancheShape extends fc.Arbitrary<infer T> ? T : never
type FxPath = typeof fxPath extends fc.Arbitrary<infer T> ? T : never

function splitDebt(base: Project, shapes: readonly Shape[], fx: FxPath): Project {
  const p = structuredClone(base)
  const only = p.financing.tranches[0]!
  const m = p.timeline.periodMonths
  const opYears = p.timeline.operatingYears
  const year = Number(p.timeline.startDate.slice(0, 4))
  p.fx = { rates: [
    { currency: 'INR', points: [{ year, perUsd: String(fx.inr) }], annualDepreciation: String(fx.depInr / 100) },
    { currency: 'JPY', points: [{ year, perUsd: String(fx.jpy) }], annualDepreciation: String(fx.depJpy / 100) }
  ] }
  const total = shapes.reduce((a, s) => a + s.weight, 0)
  let given = new Decimal(0)
  p.financing.tranches = shapes.map((s, k) => {
    const share = k === shapes.length - 1 ? new Decimal(1).minus(given) : new Decimal(s.weight).div(total).toDecimalPlaces(6)
    given = given.plus(share)
    const tenorYears = Math.max(1, Math.floor(s.tenorFrac * opYears))
    const graceMonths = Math.min(120, Math.floor((((opYears - tenorYears) * 12) / m) * s.graceFrac) * m)
    const foreign = s.currency !== p.reportingCurrency
    return {
      ...only, id: `t${k}`, name: `Tranche ${k}`, currency: s.currency, share: share.toString(), tenorYears, graceMonths,
      repayment: p.financing.sizing === 'sculpted' ? 'sculpted' : s.profile,
      interest: s.floating ? { kind: 'floating', baseRates: [{ year, annualRate: s.rate }, { year: year + 3, annualRate: String(Number(s.rate) / 2) }], marginAnnualRate: '0.02' } : { kind: 'fixed', annualRate: s.rate },
      upfrontFee: s.upfrontFee, commitmentFeeAnnualRate: s.commitment, ecaPremium: s.premium, hedge: { hedged: foreign && s.hedged, annualCost: foreign && s.hedged ? '0.015' : '0' }
    }
  })
  const r = parseProject(p)
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('; '))
  return r.value
}

export const tranched = fc.tuple(arbitraryProject(), fc.array(trancheShape, { minLength: 2, maxLength: 4 }), fxPath).map(([p, shapes, fx]) => splitDebt(p, shapes, fx))
