/**
 * Construction funding with tranches (engine/tranche-construction.ts), by hand: two construction years,
 * IDC on each tranche's balance, an ECA premium on one tranche only (charged once, at financial close,
 * on the commitment it itself increases), and held per-tranche drawdowns under a scenario.
 *
 * Project: the hand project (USD, capex 1,000,000, no contingency, no grant, no upfront or commitment fee)
 * with 24 months of construction (2026, 2027; capex phased 50/50), 60 % gearing, two USD tranches 50/50 at
 * 10 %: "ECA" with a 5 % premium, "Bank" without.
 *   2026: no balance, no IDC. Premium P = 5 % · C (C = the ECA tranche's commitment = all it draws).
 *         Aggregate draw = 0.6 · (500,000 + P); each tranche d1 = 0.3 · (500,000 + P) = 150,000 + 0.015·C.
 *   2027: IDC 10 % · d1 on each tranche (0.2·d1 in all). Each draws d2 = 0.3 · (500,000 + 0.2·d1)
 *         = 150,000 + 0.06·d1 = 159,000 + 0.0009·C.
 *   C = d1 + d2 = 309,000 + 0.0159·C → C = 309,000 / 0.9841 = 313,992.48043898…
 *   P = 15,699.62402195, d1 = 154,709.88720659, d2 = 159,282.59323240, debt at COD = 2·C = 627,984.96087796.
 */
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { runModel } from '@shared/engine'
import { parseProject, type Project } from '@shared/model'
import { handProject } from './hand-project'
import { tranche } from '../model/tranche-fixtures'

const C = 309000 / 0.9841
const P = 0.05 * C
const d1 = 150000 + 0.015 * C
const d2 = 159000 + 0.0009 * C

function project(): Project {
  const p = handProject()
  p.timeline.constructionMonths = 24
  p.costs.capex.phasing = ['0.5', '0.5']
  p.financing.sizing = 'gearing'
  p.financing.gearing = '0.6'
  const terms = { annualRate: '0.1', tenorYears: 3, graceMonths: 0, repayment: 'equal' as const, upfrontFee: '0' }
  p.financing.tranches = [
    tranche('USD', terms, { id: 'eca', name: 'ECA', lenderType: 'eca', share: '0.5', ecaPremium: '0.05' }),
    tranche('USD', terms, { id: 'bank', name: 'Bank', lenderType: 'commercialBank', share: '0.5' })
  ]
  const r = parseProject(p)
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  return r.value
}

const close = (got: Decimal | undefined, want: number) => expect(Math.abs(got!.toNumber() - want)).toBeLessThan(1e-6)

describe('tranche construction funding by hand (two construction years, an ECA premium on one tranche)', () => {
  it('the premium is charged once, on the commitment it increases; each tranche draws its share; IDC on its own balance', () => {
    const r = runModel(project())
    const [eca, bank] = r.financing.tranches!
    close(r.metrics.debtAtCod, 2 * C)
    for (const t of [eca!, bank!]) {
      close(t.drawdowns[0], d1)
      close(t.drawdowns[1], d2)
      expect(t.drawdowns.length).toBe(5)
      // IDC: none in 2026 (no balance), 10 % of d1 in 2027.
      expect(t.idc.length).toBe(5)
      close(t.idc[0], 0)
      close(t.idc[1], 0.1 * d1)
    }
    // The premium at financial close (2026) only; the bank tranche pays no fee.
    close(eca!.fees[0], P)
    close(eca!.fees[1], 0)
    close(bank!.fees[0], 0)
    close(r.financing.fees[0], P)
    close(r.financing.fees[1], 0)
  })

  it('a scenario holds each tranche\'s drawdowns in its currency, and the premium on the held commitment', () => {
    const p = project()
    const r = runModel(p, { scenario: { id: 'capex', name: 'Capex +10 %', capexMultiplier: '1.1' } })
    const [eca, bank] = r.financing.tranches!
    for (const t of [eca!, bank!]) {
      close(t.drawdownsInCurrency[0], d1)
      close(t.drawdownsInCurrency[1], d2)
    }
    close(eca!.fees[0], P)
    close(r.metrics.debtAtCod, 2 * C)
    // Equity funds the rest: uses = capex 1,100,000 + IDC 0.2·d1 + P, less the held debt.
    close(r.financing.equityContributions[0]!.plus(r.financing.equityContributions[1]!), 1100000 + 0.2 * d1 + P - 2 * C)
  })
})
