/**
 * The swept projects every sweep test reads (methodology §11; issue 15): the PGM sample with 50 % of the
 * cash left swept in every period, pro rata; the three lenders' sample swept 75 % while the test DSCR
 * (trailing 12 months since the sample has its lock-up) is below 4.0x — its minimum DSCR is 3.11x since
 * the sample turned on supply contracts and by-products: INR 1.56 bn swept, the debt repaid in period 21
 * instead of 25; at 3.4x (the trigger edit) INR 1.04 bn and period 24; at 3.0x or below only INR 94 m
 * (the first edit would then change nothing) — into the IFC tranche first. And the analyst's edits on
 * them: the sweep's share, its trigger, a metal price and the interest rate.
 */
import type { Project } from '@shared/model'
import type { Edit } from './edits'
import { samples } from './cases'

const sample = (file: string): Project => {
  const found = samples().find(([n]) => n === `sample ${file}.json`)
  if (!found) throw new Error(`no sample ${file}`)
  return found[1]()
}

export const SWEPT_CASES: [string, () => Project][] = [
  ['PGM sample, 50 % swept every period, pro rata', () => {
    const p = sample('pgm-catalyst-recovery')
    p.financing.waterfall = { ...p.financing.waterfall, sweep: { share: '0.5', trigger: null, allocation: 'pro-rata' } }
    return p
  }],
  ['three lenders, 75 % swept below a 4.0x DSCR, into IFC first', () => {
    const p = sample('india-black-mass-three-lenders')
    p.financing.waterfall = { ...p.financing.waterfall, sweep: { share: '0.75', trigger: '4', allocation: 'ifc' } }
    return p
  }]
]

const n = (s: string) => Number(s)
const d = (x: number) => String(Number(x.toPrecision(12)))

/** The sweep's share and trigger, the first product's price, the first tranche's rate, typed into the file. */
export function sweepEditsFor(project: Project): Edit[] {
  const sweep = project.financing.waterfall!.sweep!
  const deck = project.prices.decks.find((x) => x.id === project.prices.activeDeckId)!
  const first = deck.prices.find((x) => x.productId === project.products[0]!.id)!
  const priceIndex = project.products.findIndex((x) => x.id === first.productId)
  const findPrice = (q: Project) => q.prices.decks.find((x) => x.id === q.prices.activeDeckId)!.prices.find((x) => x.productId === first.productId)!
  const tranche = project.financing.tranches[0]!
  const share = n(sweep.share) > 0.6 ? 0.3 : 0.9
  const edits: Edit[] = [
    { name: `sweep share ${sweep.share} → ${share}`, cells: { Sweep_Share: share }, apply: (q) => { q.financing.waterfall!.sweep!.share = d(share) } },
    sweep.trigger === null
      ? { name: 'sweep only while the test DSCR is below 2.0x', cells: { Sweep_Every_Period: 0, Sweep_Trigger: 2 }, apply: (q) => { q.financing.waterfall!.sweep!.trigger = '2' } }
      : { name: `sweep trigger ${sweep.trigger} → 3.4x`, cells: { Sweep_Trigger: 3.4 }, apply: (q) => { q.financing.waterfall!.sweep!.trigger = '3.4' } },
    first.mode === 'escalating'
      ? { name: `${project.products[0]!.name} price −15 %`, cells: { [`Price${priceIndex + 1}_Base`]: n(first.basePricePerUnit) * 0.85 },
        apply: (q) => { const x = findPrice(q); if (x.mode === 'escalating') x.basePricePerUnit = d(n(first.basePricePerUnit) * 0.85) } }
      : { name: `${project.products[0]!.name} price −15 % in every year`, cells: { [`Price${priceIndex + 1}_Values`]: first.points.map((x) => n(x.price) * 0.85) },
        apply: (q) => { const x = findPrice(q); if (x.mode === 'table') x.points = x.points.map((pt) => ({ ...pt, price: d(n(pt.price) * 0.85) })) } },
    tranche.interest.kind === 'fixed'
      ? { name: `${tranche.name}: rate +2 points`, cells: { Tranche1_Rate: n(tranche.interest.annualRate) + 0.02 },
        apply: (q) => { const i = q.financing.tranches[0]!.interest; if (i.kind === 'fixed') i.annualRate = d(n(i.annualRate) + 0.02) } }
      : { name: `${tranche.name}: margin +2 points`, cells: { Tranche1_Margin: n(tranche.interest.marginAnnualRate) + 0.02 },
        apply: (q) => { const i = q.financing.tranches[0]!.interest; if (i.kind === 'floating') i.marginAnnualRate = d(n(i.marginAnnualRate) + 0.02) } }
  ]
  return edits
}
