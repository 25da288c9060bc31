import { describe, expect, it } from 'vitest'
import pgm from '@resources/samples/pgm-catalyst-recovery.json'
import { bridgeStreamFromLots, parseLotFile, type BlackMassLot, type CatalystLot, type LotFile } from '@shared/lot'
import { parseProject, type Project } from '@shared/model'
import { handProject } from '../engine/hand-project'

const lot = (x: unknown): LotFile => {
  const r = parseLotFile(x)
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.value
}
const catalyst = (over: Partial<CatalystLot>): LotFile => lot({
  schemaVersion: 1, kind: 'catalyst-lot', id: 'a', name: 'A', currency: 'USD', pricingDate: '2025-06-15',
  weights: { grossKg: '0', netWetKg: '1000', moistureFraction: '0' }, assays: {}, treatmentChargePerWetKg: '1', lotCharges: [], advance: null, ...over
})
const blackMass = (over: Partial<BlackMassLot>): LotFile => lot({
  schemaVersion: 1, kind: 'black-mass-lot', id: 'x', name: 'X', currency: 'USD', pricingDate: '2025-06-15', dryTonnes: '10', grades: { Ni: '0.2', Co: '0.05', Li: '0.03' },
  prices: { nickel: { amount: '16000', per: 't' }, cobalt: { amount: '15', per: 'lb' }, lithiumCarbonate: { amount: '10000', per: 't' } },
  payables: { convention: 'li-separate', nickel: '0.75', cobalt: '0.7', lithiumOfLce: '0.6' }, lotCharges: [], ...over
})
const sample = (): Project => {
  const r = parseProject(structuredClone(pgm))
  if (!r.ok) throw new Error('sample')
  return r.value
}
/** The aftermarket stream: loaded in ppm on a 0.6 kg monolith, bought at 55 % of contained value. */
const ppmStream = () => sample().feedstock[2]!

// Two catalyst lots. A: 1,000 kg wet at 2 % moisture = 980 kg dry; Pt 1,000 ppm (return 98 %, $1,000/toz, RC $10),
// Pd 2,000 ppm (97 %, $1,200, RC $8); TC $1/wet kg. B: 500 kg dry; Pt 1,500 ppm; TC $500 and $200 freight.
const lotA = catalyst({ id: 'a', weights: { grossKg: '0', netWetKg: '1000', moistureFraction: '0.02' }, assays: {
  Pt: { ppm: '1000', returnFraction: '0.98', pricePerToz: '1000', refiningChargePerToz: '10' }, Pd: { ppm: '2000', returnFraction: '0.97', pricePerToz: '1200', refiningChargePerToz: '8' } } })
const lotB = catalyst({ id: 'b', weights: { grossKg: '0', netWetKg: '500', moistureFraction: '0' }, assays: { Pt: { ppm: '1500', returnFraction: '0.98', pricePerToz: '1000', refiningChargePerToz: '10' } },
  lotCharges: [{ name: 'freight', amount: '200' }] })

describe('lot-to-project bridge (issue 16)', () => {
  it('catalyst: ppm weighted by dry mass, price paid = Σ net ÷ Σ contained value at the lots\' prices', () => {
    const b = bridgeStreamFromLots(ppmStream(), [lotA, lotB])
    if (!b.ok) throw new Error(b.reason)
    // Pt (980 × 1,000 + 500 × 1,500) / 1,480 = 1,168.9189…; Pd 980 × 2,000 / 1,480 = 1,324.3243…; Rh none.
    expect(b.stream.kind === 'catalyst' && b.stream.loading.mode === 'monolithPpm' && b.stream.loading).toMatchObject({ monolithKgPerUnit: '0.6', ppm: { Pt: '1168.92', Pd: '1324.32', Rh: '0' } })
    // toz = kg dry × ppm / 1000 / 31.1034768. Contained A = 31.5078 toz × 1,000 + 63.0157 × 1,200 = 107,126.29, net
    // A = 30.8777 × 990 + 61.1252 × 1,192 − 1,000 = 102,429.80; B: 24,113.06 contained, 23,394.49 − 500 − 200 = 22,694.49.
    // (102,429.80 + 22,694.49) / (107,126.29 + 24,113.06) = 0.9534053 (Python fractions).
    expect(b.pctOfContained?.toFixed()).toBe('0.953405')
    expect(b.stream.purchase).toEqual({ basis: 'pctOfContained', pctOfContained: '0.953405', logisticsPerTonne: '60', escalation: '0.03' })
    expect([b.lots, b.dryMass.toString(), b.massUnit]).toEqual([2, '1480', 'kg dry'])
    expect(b.changes.map((c) => c.label)).toEqual(['Pt loading (ppm on the monolith)', 'Pd loading (ppm on the monolith)', 'Rh loading (ppm on the monolith)', 'Price paid (share of contained metal value)'])
    expect(b.changes.map((c) => [c.field, c.from, c.to])).toEqual([
      ['loading.ppm.Pt', '60', '1168.92'], ['loading.ppm.Pd', '400', '1324.32'], ['loading.ppm.Rh', '50', '0'], ['purchase.pctOfContained', '0.55', '0.953405']])
    // The stream it returns is valid where it stands.
    const p = sample()
    p.feedstock[2] = b.stream
    expect(parseProject(p).ok).toBe(true)
  })

  it('black mass: Ni, Co and Li grades weighted by dry tonnes, Mn kept; the share across both payable conventions', () => {
    // X: 10 t, Ni 20 %, Co 5 %, Li 3 %, Li paid separately; $1,000 of charges. Y: 30 t, Ni 10 %, Co 10 %, Li 4 %, Li-inclusive 80/80.
    const x = blackMass({ id: 'x', lotCharges: [{ name: 'assay', amount: '1000' }] })
    const y = blackMass({ id: 'y', dryTonnes: '30', grades: { Ni: '0.1', Co: '0.1', Li: '0.04' }, payables: { convention: 'li-inclusive', nickel: '0.8', cobalt: '0.8' } })
    const s = handProject().feedstock[0]!
    const b = bridgeStreamFromLots(s, [x, y, lotA])
    if (!b.ok) throw new Error(b.reason)
    // Ni (2 + 3) / 40 = 12.5 %; Co (0.5 + 3) / 40 = 8.75 %; Li (0.3 + 1.2) / 40 = 3.75 %.
    expect(b.stream.kind === 'battery' && b.stream.grades).toEqual({ Ni: '0.125', Co: '0.0875', Li: '0.0375', Mn: s.kind === 'battery' ? s.grades.Mn : '' })
    // Contained at the index (Li on LCE × 5.3227; Co $15/lb = $33,069.34/t): X 64,502.77, Y 211,080.42; net X 44,155.13,
    // Y 117,766.41 (Li not paid under li-inclusive): 161,921.54 / 275,583.19 = 0.5875596.
    expect(b.pctOfContained?.toFixed()).toBe('0.58756')
    // Only the black-mass lots count (the catalyst lot is another feed's).
    expect([b.lots, b.dryMass.toString(), b.massUnit]).toEqual([2, '40', 't dry'])
    // The fixed price it replaces is shown as "" (no share before); logistics and escalation kept.
    expect(b.changes.slice(0, 3).map((c) => [c.field, c.label])).toEqual([['grades.Ni', 'Ni grade in black mass'], ['grades.Co', 'Co grade in black mass'], ['grades.Li', 'Li grade in black mass']])
    expect(b.changes.at(-1)).toEqual({ field: 'purchase.pctOfContained', label: 'Price paid (share of contained metal value)', from: '', to: '0.58756' })
    expect(b.stream.purchase).toEqual({ basis: 'pctOfContained', pctOfContained: '0.58756', logisticsPerTonne: '0', escalation: '0' })
  })

  it('refuses what it cannot take, and says why', () => {
    expect(bridgeStreamFromLots(ppmStream(), [blackMass({})])).toEqual({ ok: false, reason: expect.stringMatching(/^no catalyst lots/) })
    expect(bridgeStreamFromLots(handProject().feedstock[0]!, [lotA])).toEqual({ ok: false, reason: expect.stringMatching(/^no black-mass lots/) })
    // A stream in grams per converter has no monolith mass to carry a ppm assay.
    expect(bridgeStreamFromLots(sample().feedstock[0]!, [lotA])).toEqual({ ok: false, reason: expect.stringMatching(/grams per converter: switch its loading to ppm/) })
  })

  it('takes the grades but leaves the terms when the share cannot be formed: two currencies, no priced metal, outside 0–100 %', () => {
    const inr = blackMass({ id: 'i', currency: 'INR' })
    const two = bridgeStreamFromLots(handProject().feedstock[0]!, [blackMass({}), inr])
    expect(two.ok && [two.pctOfContained, two.pctNote, two.stream.purchase.basis, two.changes.length]).toEqual([null, expect.stringMatching(/settled in USD and INR/), 'fixed', 3])
    // Catalyst lots in two currencies likewise (the share reads each lot's own currency).
    const twoCat = bridgeStreamFromLots(ppmStream(), [lotA, catalyst({ ...lotB, id: 'c', currency: 'INR' } as Partial<CatalystLot>)])
    expect(twoCat.ok && [twoCat.pctOfContained, twoCat.pctNote, twoCat.stream.purchase]).toEqual([null, expect.stringMatching(/settled in USD and INR/), ppmStream().purchase])
    const free = blackMass({ prices: { nickel: { amount: '0', per: 't' }, cobalt: { amount: '0', per: 't' }, lithiumCarbonate: { amount: '0', per: 't' } } })
    const none = bridgeStreamFromLots(handProject().feedstock[0]!, [free])
    expect(none.ok && none.pctNote).toMatch(/no priced metal/)
    // Charges above the metal's value: a negative share is reported, not applied.
    const costly = blackMass({ lotCharges: [{ name: 'hazmat', amount: '100000' }] })
    const neg = bridgeStreamFromLots(handProject().feedstock[0]!, [costly])
    expect(neg.ok && [neg.pctOfContained, neg.pctNote]).toEqual([null, expect.stringMatching(/settled at -\d+(\.\d)? % of contained value, outside 0–100 %/)])
  })

  it('does not touch the stream it was given', () => {
    const s = ppmStream()
    const before = JSON.stringify(s)
    bridgeStreamFromLots(s, [lotA])
    expect(JSON.stringify(s)).toBe(before)
  })
})
