/**
 * The debt-by-tranche figures of the Results section and the project sheet (methodology §10), by hand on
 * the two-tranche case of tests/shared/engine/tranches.test.ts: the hand project (USD reporting, one
 * construction year 2026, operations 2027–2029, debt 600,000) split 50/50 into
 * - "US bank": USD, 10 % fixed, equal principal over 3 years: service 130,000 / 120,000 / 110,000;
 * - "India DFI": INR, 8 % fixed, equal over 2 years; INR 80/USD in 2026–27, 100 from 2028. It draws
 *   INR 24,000,000 and pays INR 1,920,000 + 12,000,000 in 2027 (= USD 24,000 + 150,000 at 80) and
 *   INR 960,000 + 12,000,000 in 2028 (= USD 9,600 + 120,000 at 100). Hedged at 80 with a 2 % swap cost:
 *   USD 24,000 + 150,000 + 6,000 in 2027 and 12,000 + 150,000 + 3,000 in 2028.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Decimal, sum } from '@shared/decimal'
import { runModel } from '@shared/engine'
import { parseProject, type Project, type Tranche } from '@shared/model'
import { readProjectFile } from '@shared/model/project-file'
import { allInAnnualRate, coverText, debtByTranche, fxExposure, fxExposureShort, fxExposureText, lenderText, rateText, trancheDebtService, trancheYears } from '@shared/debt-report'
import { handProject } from '../engine/hand-project'
import { tranche } from '../model/tranche-fixtures'

const valid = (p: Project): Project => {
  const r = parseProject(p)
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  return r.value
}
const usd = () => tranche('USD', { annualRate: '0.1', tenorYears: 3, graceMonths: 0, repayment: 'equal', upfrontFee: '0' }, { id: 'us-bank', name: 'US bank', lenderType: 'commercialBank', share: '0.5' })
const inr = (extra: Partial<Tranche> = {}) =>
  tranche('INR', { annualRate: '0.08', tenorYears: 2, graceMonths: 0, repayment: 'equal', upfrontFee: '0' }, { id: 'india-dfi', name: 'India DFI', lenderType: 'dfi', share: '0.5', ...extra })

function twoTranches(hedged: boolean): Project {
  const p = handProject()
  p.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '80' }, { year: 2028, perUsd: '100' }] }] }
  p.financing.tranches = [usd(), inr(hedged ? { hedge: { hedged: true, annualCost: '0.02' } } : {})]
  return valid(p)
}
const n = (d: Decimal) => d.toNumber()

describe('debt by tranche', () => {
  const p = twoTranches(false)
  const d = debtByTranche(p, runModel(p))

  it('each tranche at COD in USD and in its own currency, with its first repayment and final maturity', () => {
    expect(d.lines.map((l) => [l.name, l.currency, n(l.debtAtCod), n(l.debtAtCodInCurrency), l.firstRepayment, l.finalMaturity])).toEqual([
      ['US bank', 'USD', 300000, 300000, '2027-01-01', '2029-12-31'],
      ['India DFI', 'INR', 300000, 24000000, '2027-01-01', '2028-12-31'] // 300,000 × 80
    ])
    expect(n(d.totalAtCod)).toBe(600000)
  })

  it('blended rate at COD: (300,000 × 10 % + 300,000 × 8 %) / 600,000 = 9 %; no hedge, so the same with hedge cost', () => {
    expect(n(d.blendedRate!.interest)).toBe(0.09)
    expect(n(d.blendedRate!.withHedge)).toBe(0.09)
  })

  it('hedged at 2 %: the swap cost joins the all-in figure, (30,000 + 300,000 × 10 %) / 600,000 = 10 %', () => {
    const h = twoTranches(true)
    const b = debtByTranche(h, runModel(h))
    expect(b.lines[1]!.hedged).toBe(true)
    expect(n(b.blendedRate!.interest)).toBe(0.09)
    expect(n(b.blendedRate!.withHedge)).toBe(0.1)
  })

  it('weights each rate by the tranche’s debt at COD in USD: a 70/30 split', () => {
    // 70/30 split: (420,000 × 10 % + 180,000 × 8 %) / 600,000 = 9.4 %.
    const q = twoTranches(false)
    q.financing.tranches[0]!.share = '0.7'
    q.financing.tranches[1]!.share = '0.3'
    const b = debtByTranche(q, runModel(valid(q)))
    expect(b.lines.map((l) => n(l.debtAtCod))).toEqual([420000, 180000])
    expect(n(b.blendedRate!.interest)).toBeCloseTo(0.094, 15)
  })

  it('no debt: no blended rate and no exposure', () => {
    const q = handProject()
    q.financing.gearing = '0'
    const r = runModel(valid(q))
    expect(debtByTranche(q, r).blendedRate).toBeNull()
    expect(fxExposure(r)).toBeNull()
  })

  it('a tranche the (stale) result does not carry is left out rather than shown with zeros', () => {
    const q = structuredClone(p)
    q.financing.tranches.push({ ...inr(), id: 'new-one', name: 'New' })
    expect(debtByTranche(q, runModel(p)).lines.map((l) => l.id)).toEqual(['us-bank', 'india-dfi'])
  })
})

describe('FX exposure of debt service', () => {
  it('unhedged: USD 360,000 (reporting) and INR 174,000 + 129,600 = 303,600 of 663,600: 45.8 % in INR, unhedged', () => {
    const x = fxExposure(runModel(twoTranches(false)))!
    expect(n(x.totalDebtService)).toBe(663600) // = 304,000 + 249,600 + 110,000, the aggregate debt service
    expect(x.lines.map((l) => [l.currency, l.reporting, n(l.unhedged), n(l.hedged)])).toEqual([
      ['USD', true, 360000, 0],
      ['INR', false, 303600, 0]
    ])
    expect(x.lines[1]!.unhedgedShare.toFixed(6)).toBe('0.457505') // 303,600 / 663,600
    expect(x.exposedShare.toFixed(6)).toBe('0.457505')
    expect(fxExposureText(x)).toBe('54.2 % of debt service is in USD, the reporting currency; 45.8 % is in INR, unhedged')
    expect(fxExposureText(x, 'ja')).toBe('元利金返済の54.2 %が報告通貨のUSD建て、45.8 %がINR建て（ヘッジなし）')
  })

  it('hedged: INR 180,000 + 165,000 = 345,000 of 705,000 is in INR hedged into USD; nothing exposed', () => {
    const x = fxExposure(runModel(twoTranches(true)))!
    expect(n(x.totalDebtService)).toBe(705000)
    expect(x.lines.map((l) => [l.currency, n(l.unhedged), n(l.hedged)])).toEqual([
      ['USD', 360000, 0],
      ['INR', 0, 345000]
    ])
    expect(x.lines[1]!.hedgedShare.toFixed(6)).toBe('0.489362') // 345,000 / 705,000
    expect(x.exposedShare.isZero()).toBe(true)
    expect(fxExposureText(x)).toBe('51.1 % of debt service is in USD, the reporting currency; 48.9 % is in INR, hedged into USD')
    expect(fxExposureText(x, 'ja')).toBe('元利金返済の51.1 %が報告通貨のUSD建て、48.9 %がINR建て（USDにヘッジ済み）')
  })

  it('one debt in the reporting currency: all of it, no FX exposure', () => {
    const x = fxExposure(runModel(valid(handProject())))!
    expect(x.lines).toHaveLength(1)
    expect(n(x.lines[0]!.unhedgedShare)).toBe(1)
    expect(fxExposureText(x)).toBe('All debt service is in USD, the reporting currency: no FX exposure')
    expect(fxExposureText(x, 'ja')).toBe('元利金返済はすべて報告通貨のUSD建て：為替エクスポージャーなし')
  })

  it('the tranches’ debt service adds up to the engine’s aggregate in every period (hand cases and both samples)', () => {
    const samples = ['india-black-mass-hydromet.json', 'pgm-catalyst-recovery.json'].map((f) => {
      const r = readProjectFile(readFileSync(join(import.meta.dirname, '../../../resources/samples', f), 'utf8'))
      if (!r.ok) throw new Error(f)
      return r.value
    })
    for (const project of [twoTranches(false), twoTranches(true), ...samples]) {
      const r = runModel(project)
      const per = r.financing.tranches.map((t) => trancheDebtService(r, t))
      r.financing.debtService.forEach((ds, i) => expect(sum(per.map((s) => s[i]!)).minus(ds).abs().lt('1e-9')).toBe(true))
    }
  })
})

describe('one tranche by year', () => {
  const r = runModel(twoTranches(false))

  it('India DFI: draws INR 24 m in 2026, pays 1.92 m + 12 m in 2027 and 0.96 m + 12 m in 2028, in INR and in USD', () => {
    const rows = trancheYears(r, 'india-dfi')
    expect(rows.map((y) => y.year)).toEqual([2026, 2027, 2028]) // nothing is owed in 2029
    expect(rows.map((y) => [n(y.drawdownsInCurrency), n(y.interestInCurrency), n(y.principalInCurrency), n(y.balanceInCurrency)])).toEqual([
      [24000000, 0, 0, 24000000],
      [0, 1920000, 12000000, 12000000],
      [0, 960000, 12000000, 0]
    ])
    expect(rows.map((y) => [n(y.drawdowns), n(y.interest), n(y.principal), n(y.debtService), n(y.balance)])).toEqual([
      [300000, 0, 0, 0, 300000],
      [0, 24000, 150000, 174000, 150000],
      [0, 9600, 120000, 129600, 0]
    ])
  })

  it('an unknown id has no rows', () => expect(trancheYears(r, 'nope')).toEqual([]))
})

describe('words', () => {
  it('the all-in rate by calendar year: the latest listed base rate not after the year (else the first) + margin, floored at 0', () => {
    const t = { interest: { kind: 'floating' as const, baseRates: [{ year: 2026, annualRate: '0.05' }, { year: 2028, annualRate: '0.06' }], marginAnnualRate: '0.02' } }
    expect([2025, 2027, 2028, 2030].map((y) => allInAnnualRate(t, y).toNumber())).toEqual([0.07, 0.07, 0.08, 0.08])
    expect(allInAnnualRate({ interest: { kind: 'floating', baseRates: [{ year: 2026, annualRate: '-0.05' }], marginAnnualRate: '0.01' } }, 2026).toNumber()).toBe(0)
    expect(rateText(t)).toBe('base + 2 %')
    expect(rateText({ interest: { kind: 'fixed', annualRate: '0.0925' } })).toBe('9.25 % fixed')
  })

  it('lender and cover', () => {
    expect(lenderText({ name: 'JBIC', lenderType: 'eca' })).toBe('JBIC (ECA)')
    expect(lenderText({ name: 'Commercial bank loan', lenderType: 'commercialBank' })).toBe('Commercial bank loan')
    // Japanese (#20): the type in the sheet's words; the name is the user's.
    expect(lenderText({ name: 'Senior debt', lenderType: 'other' }, 'ja')).toBe('Senior debt（その他のレンダー）')
    expect(lenderText({ name: 'JBIC', lenderType: 'eca' }, 'ja')).toBe('JBIC（ECA）')
    expect(lenderText({ name: 'Commercial bank loan', lenderType: 'commercialBank' }, 'ja')).toBe('Commercial bank loan')
    expect(coverText({ currency: 'USD', ecaPremium: '0.045', hedge: { hedged: true, annualCost: '0.012' } }, 'INR')).toBe('ECA premium 4.5 %; hedged, swap 1.2 %/yr')
    expect(coverText({ currency: 'USD', ecaPremium: '0', hedge: { hedged: false, annualCost: '0' } }, 'INR')).toBe('unhedged')
    expect(coverText({ currency: 'INR', ecaPremium: '0', hedge: { hedged: false, annualCost: '0' } }, 'INR')).toBeNull()
  })
})

describe('FX exposure in one short line (the project sheet)', () => {
  it('largest first: 51.1 % in USD, 48.9 % in INR hedged into USD', () => {
    expect(fxExposureShort(fxExposure(runModel(twoTranches(true)))!)).toBe('51.1 % in USD, 48.9 % in INR hedged into USD')
    expect(fxExposureShort(fxExposure(runModel(twoTranches(false)))!)).toBe('54.2 % in USD, 45.8 % in INR unhedged')
  })
})
