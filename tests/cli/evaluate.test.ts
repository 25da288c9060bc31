import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EVALUATE_METRIC_KEYS, evaluateCommand, type EvaluateJson } from '../../src/cli/commands/evaluate'
import { handProject } from '../shared/engine/hand-project'
import { captureOutput, ROOT, runCliProcess } from './cli-helpers'

const dir = mkdtempSync(join(tmpdir(), 'bankable-evaluate-'))
const handFile = join(dir, 'hand.json')
writeFileSync(handFile, JSON.stringify(handProject()))

describe('evaluate command', () => {
  it('--json prints one object with exactly the contract metric keys; hand-case values (see hand-case.test.ts)', async () => {
    const { out, sink } = captureOutput()
    expect(await evaluateCommand([handFile, '--json'], sink)).toBe(0)
    const doc = JSON.parse(out.stdout) as EvaluateJson
    expect(Object.keys(doc.metrics)).toEqual([...EVALUATE_METRIC_KEYS])
    expect(doc.metrics.minDscr).toBeCloseTo(2.0184257867935553, 10)
    expect(doc.metrics.projectIrr).toBeCloseTo(0.368267956575433, 10)
    expect(doc.metrics.npv).toBeCloseTo(504011.5584723142, 5)
    expect(doc.metrics.debtAtCod).toBe(600000)
    expect(doc.metrics.totalRevenue).toBe(3 * 1521000)
    expect(doc.periods.map((p) => p.index)).toEqual([1, 2, 3, 4])
    expect(Object.keys(doc.periods[1]!)).toEqual(['index', 'start', 'revenue', 'ebitda', 'tax', 'cfads', 'interest', 'principal', 'debtService', 'dscr', 'balance', 'tranches', 'processedTonnes', 'unprocessedTonnes',
      'distributions', 'sponsorSupport', 'wcFacilityBalance', 'dsraBalance', 'mraBalance', 'lockupBalance', 'sweep', 'cashBalance', 'totalAssets', 'balanceCheck', 'byproductRevenue', 'disposalCost', 'eprRevenue'])
    expect([doc.periods[1]!.byproductRevenue, doc.periods[1]!.disposalCost, doc.periods[1]!.eprRevenue]).toEqual([0, 0, 0])
    // No plant capacity: everything offered is processed, and there is no utilisation to report.
    expect([doc.periods[1]!.processedTonnes, doc.periods[1]!.unprocessedTonnes]).toEqual([1000, 0])
    expect([doc.metrics.capacityUtilisation, doc.notes.capacityUtilisation]).toEqual([null, 'no plant capacity set'])
    expect(doc.periods[1]!.interest).toBe(60000)
    expect(doc.periods[0]!.dscr).toBeNull()
    expect(doc.annual.map((a) => a.year)).toEqual([2026, 2027, 2028, 2029])
    expect(Object.keys(doc.annual[1]!)).toEqual(['year', 'revenue', 'ebitda', 'tax', 'cfads', 'interest', 'principal', 'debtService', 'minDscr', 'debtBalance', 'distributions',
      'processedTonnes', 'unprocessedTonnes', 'byproductRevenue', 'eprRevenue', 'disposalCost', 'sponsorSupport', 'wcFacilityBalance', 'mraBalance', 'lockupBalance'])
    expect([doc.annual[1]!.byproductRevenue, doc.annual[1]!.sponsorSupport, doc.annual[1]!.lockupBalance]).toEqual([0, 0, 0])
    // Breakeven: the all-prices multiplier for minimum DSCR 1.00x lies below 1 and is a number.
    expect(doc.metrics.breakevenAllPricesDscr1).toBeGreaterThan(0)
    expect(doc.metrics.breakevenAllPricesDscr1).toBeLessThan(1)
  })
  it('a stream with its own processing cost (issue #16) in the file: EBITDA falls by its rate × tonnes; a negative rate is refused at its path', async () => {
    const before = captureOutput()
    expect(await evaluateCommand([handFile, '--json'], before.sink)).toBe(0)
    const base = JSON.parse(before.out.stdout) as EvaluateJson
    const p = handProject()
    p.feedstock[0]!.treatmentPerTonne = '50' // 1,000 t × 50 = 50,000 a year (no opex escalation)
    const f = join(dir, 'stream-opex.json')
    writeFileSync(f, JSON.stringify(p))
    const { out, sink } = captureOutput()
    expect(await evaluateCommand([f, '--json'], sink)).toBe(0)
    const doc = JSON.parse(out.stdout) as EvaluateJson
    expect(doc.periods.map((x, i) => base.periods[i]!.ebitda - x.ebitda)).toEqual([0, 50000, 50000, 50000])
    p.feedstock[0]!.treatmentPerTonne = '-5'
    writeFileSync(f, JSON.stringify(p))
    const bad = captureOutput()
    expect(await evaluateCommand([f, '--json'], bad.sink)).toBe(1)
    expect(bad.out.stdout).toMatch(/^feedstock\.0\.treatmentPerTonne: /m)
  })
  it('a cash sweep (issue #15): every period\'s sweep, totalSwept and the balance check in --json, the text summary names it', async () => {
    const p = handProject()
    p.financing.waterfall = { sweep: { share: '0.5', trigger: null, allocation: 'pro-rata' } }
    const f = join(dir, 'sweep.json')
    writeFileSync(f, JSON.stringify(p))
    const { out, sink } = captureOutput()
    expect(await evaluateCommand([f, '--json'], sink)).toBe(0)
    const doc = JSON.parse(out.stdout) as EvaluateJson
    const swept = doc.periods.map((x) => x.sweep)
    expect(swept[0]).toBe(0)
    expect(swept.some((x) => x > 0)).toBe(true)
    expect(doc.metrics.totalSwept).toBeCloseTo(swept.reduce((a, b) => a + b, 0), 6)
    expect(doc.notes.totalSwept).toBeUndefined()
    for (const x of doc.periods) {
      expect(x.distributions).toBeGreaterThanOrEqual(0)
      expect(Math.abs(x.balanceCheck)).toBeLessThanOrEqual(1e-9 * Math.max(1, x.totalAssets))
    }
    // Without a sweep in the terms: null with the reason.
    const none = captureOutput()
    expect(await evaluateCommand([handFile, '--json'], none.sink)).toBe(0)
    const base = JSON.parse(none.out.stdout) as EvaluateJson
    expect([base.metrics.totalSwept, base.notes.totalSwept]).toEqual([null, 'the financing terms have no cash sweep'])
    const text = captureOutput()
    expect(await evaluateCommand([f], text.sink)).toBe(0)
    expect(text.out.stdout).toMatch(/Cash swept \(life\)\s+\S/)
  })
  it('plant capacity (issue #16): processed and unprocessed tonnes per period and per year, utilisation over operations', async () => {
    const p = handProject()
    p.plant = { capacities: [{ id: 'plant', routeId: null, tonnesPerYear: '800', availability: '0.9' }] } // 720 t of 1,000 t (plant-capacity.test.ts)
    const f = join(dir, 'capacity.json')
    writeFileSync(f, JSON.stringify(p))
    const { out, sink } = captureOutput()
    expect(await evaluateCommand([f, '--json'], sink)).toBe(0)
    const doc = JSON.parse(out.stdout) as EvaluateJson
    expect(doc.periods.map((x) => [x.processedTonnes, x.unprocessedTonnes])).toEqual([[0, 0], [720, 280], [720, 280], [720, 280]])
    expect(doc.annual.map((x) => x.unprocessedTonnes)).toEqual([0, 280, 280, 280])
    expect(doc.metrics.capacityUtilisation).toBe(1)
    const text = captureOutput()
    expect(await evaluateCommand([f], text.sink)).toBe(0)
    expect(text.out.stdout).toMatch(/Capacity utilisation \(operations average\)\s+100 %/)
    expect(text.out.stdout).toMatch(/Feed not processed \(over capacity, life\)\s+840 t/)
  })
  it('supply contracts (issue #16): metrics.supplyCoverage over the loan life, the feed cost on the contracts\' terms; null with a note without contracts', async () => {
    const none = captureOutput()
    expect(await evaluateCommand([handFile, '--json'], none.sink)).toBe(0)
    const base = JSON.parse(none.out.stdout) as EvaluateJson
    expect([base.metrics.supplyCoverage, base.notes.supplyCoverage]).toEqual([null, 'no supply contracts'])
    // 600 t/yr at 450 escalated 10 % in 2027–2028, and half the feed at 30 % of contained value in 2027–2029
    // (supply-contracts.test.ts): feed cost 537,000 / 566,700 / 550,000 instead of 500,000; coverage 2,500 / 3,000.
    const p = handProject()
    p.supplyContracts = [
      { id: 'a', supplier: 'Cell maker', streamId: 'bm', rating: 'BBB', volume: { basis: 'fixed', tonnesPerYear: '600' }, startDate: '2027-01-01', endDate: '2028-12-31', price: { basis: 'fixed', pricePerQuantity: '450', escalation: '0.1' } },
      { id: 'b', supplier: 'Collector', streamId: 'bm', rating: 'BB', volume: { basis: 'share', share: '0.5' }, startDate: '2027-01-01', endDate: '2029-12-31', price: { basis: 'pctOfContained', pctOfContained: '0.3', floorPerQuantity: '400', capPerQuantity: '700' } }
    ]
    const f = join(dir, 'supply.json')
    writeFileSync(f, JSON.stringify(p))
    const { out, sink } = captureOutput()
    expect(await evaluateCommand([f, '--json'], sink)).toBe(0)
    const doc = JSON.parse(out.stdout) as EvaluateJson
    expect(doc.metrics.supplyCoverage).toBeCloseTo(2500 / 3000, 12)
    expect(doc.notes.supplyCoverage).toBeUndefined()
    expect(doc.periods.map((x, i) => base.periods[i]!.ebitda - x.ebitda)).toEqual([0, 37000, 66700, 50000])
    const text = captureOutput()
    expect(await evaluateCommand([f], text.sink)).toBe(0)
    expect(text.out.stdout).toMatch(/Supply coverage \(loan life\)\s+83\.33 %/)
  })
  it('by-products, residues and EPR certificates (issue #16): byproductRevenue, disposalCost and eprRevenue per period (byproducts-epr.test.ts)', async () => {
    const p = handProject()
    p.feedstock[0]!.byproducts = [
      { id: 'cu', name: 'Copper foil', massFraction: '0.15', fate: { kind: 'sold', pricePerTonne: '6000', payable: '0.9', escalation: '0.05' } },
      { id: 'elec', name: 'Electrolyte residue', massFraction: '0.1', fate: { kind: 'disposed', costPerTonne: '400' } }
    ]
    p.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '80' }] }] }
    p.epr = { activeFrom: '2028-01-01', kgPerTonneRecovered: { Ni: '1000' }, currency: 'INR', pricePerKg: [{ year: 2027, pricePerKg: '5' }, { year: 2029, pricePerKg: '8' }] }
    const f = join(dir, 'byproducts.json')
    writeFileSync(f, JSON.stringify(p))
    const { out, sink } = captureOutput()
    expect(await evaluateCommand([f, '--json'], sink)).toBe(0)
    const doc = JSON.parse(out.stdout) as EvaluateJson
    expect(doc.periods.map((x) => [x.byproductRevenue, x.disposalCost, x.eprRevenue])).toEqual([[0, 0, 0], [850500, 40000, 0], [893025, 40000, 11250], [937676.25, 40000, 18000]])
    expect(doc.periods[1]!.revenue).toBe(1521000 + 850500)
    // One period a calendar year: the annual lines are the periods' figures.
    expect(doc.annual.map((x) => [x.byproductRevenue, x.disposalCost, x.eprRevenue])).toEqual([[0, 0, 0], [850500, 40000, 0], [893025, 40000, 11250], [937676.25, 40000, 18000]])
    const text = captureOutput()
    expect(await evaluateCommand([f], text.sink)).toBe(0)
    // 850,500 + 893,025 + 937,676.25; 3 × 40,000; 11,250 + 18,000.
    expect(text.out.stdout).toMatch(/By-product revenue \(life\)\s+2,681,201.25 USD/)
    expect(text.out.stdout).toMatch(/Disposal of residues \(life\)\s+120,000.00 USD/)
    expect(text.out.stdout).toMatch(/EPR certificate revenue \(life\)\s+29,250.00 USD/)
  })
  it('a metric that does not exist is null with a note', async () => {
    const p = handProject()
    p.financing.gearing = '0'
    const f = join(dir, 'nodebt.json')
    writeFileSync(f, JSON.stringify(p))
    const { out, sink } = captureOutput()
    expect(await evaluateCommand([f, '--json'], sink)).toBe(0)
    const doc = JSON.parse(out.stdout) as EvaluateJson
    expect(doc.metrics.minDscr).toBeNull()
    expect(doc.notes.minDscr).toMatch(/no debt/)
    expect(doc.metrics.llcr).toBeNull()
    expect(doc.metrics.projectIrr).not.toBeNull()
  })
  it('invalid file: exit 1, one "path: message" line per problem', async () => {
    const p = handProject() as unknown as { financing: { gearing: string }; costs: { opex: { escalation: string } } }
    p.financing.gearing = '1.5'
    p.costs.opex.escalation = 'abc'
    const f = join(dir, 'bad.json')
    writeFileSync(f, JSON.stringify(p))
    const { out, sink } = captureOutput()
    expect(await evaluateCommand([f], sink)).toBe(1)
    const lines = out.stdout.trim().split('\n')
    expect(lines.some((l) => l.startsWith('financing.gearing: '))).toBe(true)
    expect(lines.some((l) => l.startsWith('costs.opex.escalation: '))).toBe(true)
  })
  it('usage errors exit 2; a missing file exits 1', async () => {
    expect(await evaluateCommand([], captureOutput().sink)).toBe(2)
    expect(await evaluateCommand([handFile, '--bogus'], captureOutput().sink)).toBe(2)
    // Two files are a batch (evaluate-batch.test.ts), which prints CSV: asking it for JSON is the usage error.
    expect(await evaluateCommand([handFile, handFile, '--json'], captureOutput().sink)).toBe(2)
    expect(await evaluateCommand([join(dir, 'missing.json')], captureOutput().sink)).toBe(1)
  })
  it('the shipped samples evaluate as bankable (min DSCR > 1.2x, positive IRRs) through the real CLI', () => {
    for (const sample of ['india-black-mass-hydromet', 'pgm-catalyst-recovery']) {
      const r = runCliProcess(['evaluate', join(ROOT, `resources/samples/${sample}.json`), '--json'])
      expect(r.code, r.stderr).toBe(0)
      const doc = JSON.parse(r.stdout) as EvaluateJson
      expect(doc.metrics.minDscr!).toBeGreaterThan(1.2)
      expect(doc.metrics.projectIrr!).toBeGreaterThan(0)
      expect(doc.metrics.equityIrr!).toBeGreaterThan(0)
      expect(doc.metrics.paybackYears).not.toBeNull()
    }
  })
  it('a version-1 project file (old field names) evaluates to exactly the figures of its version-2 file', async () => {
    for (const sample of ['india-black-mass-hydromet', 'pgm-catalyst-recovery']) {
      const outputs = []
      // The version-2 file as kept verbatim: the sample itself has moved on since (the India sample turned on §14's tax inputs).
      for (const file of [`tests/fixtures/migrations/v1/${sample}.json`, `tests/fixtures/migrations/v2/${sample}.json`]) {
        const { out, sink } = captureOutput()
        expect(await evaluateCommand([join(ROOT, file), '--json'], sink), out.stderr).toBe(0)
        outputs.push(out.stdout)
      }
      expect(outputs[0]).toBe(outputs[1])
    }
  })
  it('prints the tax position (§14): blocks with their method, base and depreciation, loss expiry, holiday, the tax lines per period', async () => {
    const sample = join(ROOT, 'resources/samples/india-black-mass-hydromet.json')
    const { out, sink } = captureOutput()
    expect(await evaluateCommand([sample, '--json'], sink)).toBe(0)
    const doc = JSON.parse(out.stdout) as EvaluateJson
    expect(doc.tax.blocks.map((b) => [b.id, b.method, b.rate])).toEqual([['depreciable', 'wdv', 0.15], ['buildings', 'wdv', 0.1]])
    expect(doc.tax.lossExpiryYears).toBe(8)
    expect(doc.tax.holiday).toBeNull()
    const taxes = doc.tax.periods.map((p) => p.tax)
    expect(taxes).toEqual(doc.periods.map((p) => p.tax))
    // Each period: taxable = max(0, before − losses used); tax = rate × taxable.
    for (const p of doc.tax.periods) {
      expect(p.taxableIncome).toBeCloseTo(Math.max(0, p.taxableIncomeBeforeLosses - p.lossesUsed), 4)
      expect(p.tax).toBeCloseTo(p.taxRate * p.taxableIncome, 4)
      expect(p.unabsorbedDepreciation).not.toBeNull()
    }
    const text = captureOutput()
    expect(await evaluateCommand([sample], text.sink)).toBe(0)
    expect(text.out.stdout).toContain('Buildings (non-residential)  WDV 10 %')
    expect(text.out.stdout).toContain('business losses usable for 8 tax years')
    // Without §14's inputs: one pool, no expiry.
    const hand = captureOutput()
    expect(await evaluateCommand([handFile, '--json'], hand.sink)).toBe(0)
    const plain = JSON.parse(hand.out.stdout) as EvaluateJson
    expect([plain.tax.blocks.length, plain.tax.lossExpiryYears, plain.tax.periods[1]!.unabsorbedDepreciation]).toEqual([1, null, null])
  })
  it('the readable summary names the key metrics', async () => {
    const { out, sink } = captureOutput()
    expect(await evaluateCommand([handFile], sink)).toBe(0)
    expect(out.stdout).toContain('Minimum DSCR')
    expect(out.stdout).toContain('2.018x')
    expect(out.stdout).toContain('2027')
  })
})
