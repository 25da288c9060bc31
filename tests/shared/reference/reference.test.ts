import { describe, expect, it } from 'vitest'
import { DECIMAL_STRING_PATTERN, Decimal } from '@shared/decimal'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { lenderSchema, routeSchema, taxSchema, type Project } from '@shared/model'
import {
  REFERENCE_FILES, batteryChemistries, byproductDefaultsFor, byproductReferences, blackMassYieldDefault, converterClass, defaultFxPerUsd, idealBlackMassYield, isJudgementConsistent,
  lenderForProject, lenderPreset, lenderPresets, productFactorReferences, referencePrice, referencePriceDeck, referenceRoute, routeForProject,
  sourcedValueSchema, taxForProject, taxIndia, type ReferenceFileName
} from '@shared/reference'
import { PRODUCT_FACTORS, pricePerPoundToPerTonne } from '@shared/units'

const d = (s: string) => new Decimal(s)
const names = Object.keys(REFERENCE_FILES) as ReferenceFileName[]

/** Every object that has a `value` key, with its path. */
function sourcedObjects(node: unknown, path = ''): [string, Record<string, unknown>][] {
  if (Array.isArray(node)) return node.flatMap((x, i) => sourcedObjects(x, `${path}.${i}`))
  if (node === null || typeof node !== 'object') return []
  const o = node as Record<string, unknown>
  if ('value' in o) return [[path, o]]
  return Object.entries(o).flatMap(([k, v]) => sourcedObjects(v, path ? `${path}.${k}` : k))
}

/** Decimal-looking strings that are NOT inside a sourced value: a bare number would have no source. */
function bareNumbers(node: unknown, path = ''): string[] {
  if (Array.isArray(node)) return node.flatMap((x, i) => bareNumbers(x, `${path}.${i}`))
  if (typeof node === 'number') return [path]
  if (typeof node === 'string') return DECIMAL_STRING_PATTERN.test(node) ? [path] : []
  if (node === null || typeof node !== 'object') return []
  const o = node as Record<string, unknown>
  if ('value' in o) return []
  return Object.entries(o).flatMap(([k, v]) => (k === 'schemaVersion' ? [] : bareNumbers(v, path ? `${path}.${k}` : k)))
}

describe('reference files', () => {
  it.each(names)('%s validates against its schema', (name) => {
    const { data, schema } = REFERENCE_FILES[name]
    const r = schema.safeParse(data)
    expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([])
  })

  it.each(names)('%s: every value carries source, date and confidence, and no number is bare', (name) => {
    const { data } = REFERENCE_FILES[name]
    const objects = sourcedObjects(data)
    expect(objects.length).toBeGreaterThan(0)
    for (const [path, o] of objects) {
      const r = sourcedValueSchema.safeParse(o)
      expect(r.success ? '' : `${path}: ${r.error.issues.map((i) => i.message).join(', ')}`).toBe('')
      if (r.success) expect(isJudgementConsistent(r.data) ? '' : `${path}: judgement values must be tagged [C] and say "Judgement"`).toBe('')
      if (r.success && r.data.confidence === 'D') expect(r.data.note ?? r.data.source, `${path}: derived values show their basis`).toBeTruthy()
    }
    expect(bareNumbers(data)).toEqual([])
  })

  it('rejects a value without a source, with an unknown tag, or a bad date — with paths', () => {
    const { schema, data } = REFERENCE_FILES['routes.json']
    const bad = structuredClone(data) as { routes: { recovery: Record<string, Record<string, unknown>> }[] }
    delete bad.routes[0]!.recovery.Co!.source
    bad.routes[1]!.recovery.Li!.confidence = 'X'
    bad.routes[1]!.recovery.Ni!.date = '2025-02-30'
    bad.routes[2]!.recovery.Li!.value = '1.5'
    const r = schema.safeParse(bad)
    expect(r.success).toBe(false)
    const paths = r.success ? [] : r.error.issues.map((i) => i.path.join('.'))
    expect(paths).toEqual(expect.arrayContaining(['routes.0.recovery.Co.source', 'routes.1.recovery.Li.confidence', 'routes.1.recovery.Ni.date', 'routes.2.recovery.Li.value']))
  })
})

describe('price process (issue 19)', () => {
  it('every metal the model tracks has a volatility with its citation; judgements are marked assumptions', async () => {
    const { referenceVolatility } = await import('@shared/reference')
    for (const m of ['Pt', 'Pd', 'Rh', 'Li', 'Co', 'Ni', 'Mn'] as const) {
      const v = referenceVolatility(m)!
      expect(v.volatility).toBeGreaterThan(0)
      expect(v.citation.length).toBeGreaterThan(10)
      expect(v.assumption).toBe(v.citation.startsWith('assumption'))
    }
  })
})

describe('price deck (domain F)', () => {
  it('is dated, in USD, and every metal the model tracks has a price', () => {
    const deck = referencePriceDeck()
    expect(deck.currency).toBe('USD')
    expect(deck.asOf).toBe('2025-06-30')
    for (const m of ['Pt', 'Pd', 'Rh', 'Li', 'Co', 'Ni', 'Mn'] as const) expect(referencePrice(m)).not.toBeNull()
  })
  it('Rh has no firm quote: marked as an assumption, tagged [C], and says so', () => {
    const rh = referencePrice('Rh')!
    expect(rh.assumption).toBe(true)
    expect(rh.price.confidence).toBe('C')
    expect(rh.price.source).toMatch(/^ASSUMPTION — no firm mid-2025 Rh spot quote/)
  })
  it('anchors: Pt $1,308/toz, Pd $1,090/toz, Ni $15,200/t', () => {
    expect(referencePrice('Pt')!.price.value).toBe('1308')
    expect(referencePrice('Pd')!.price.value).toBe('1090')
    expect(referencePrice('Ni')!.price.value).toBe('15200')
  })
  it('derived prices re-compute: Li2CO3 60,200 CNY/t ÷ 7.17 ≈ $8,400; Co $12.25/lb = $27,006.63/t', () => {
    const li = d(referencePrice('Li')!.price.value)
    expect(d('60200').div('7.17').div(li).minus(1).abs().lt('0.001')).toBe(true)
    expect(pricePerPoundToPerTonne('12.25').toFixed(2)).toBe(referencePrice('Co')!.price.value)
  })
})

describe('FX (June 2025)', () => {
  it('USD/INR 85.48 (27 Jun) and USD/JPY 144.25 = midpoint of 143.5–145', () => {
    expect(defaultFxPerUsd('INR')!.value).toBe('85.48')
    expect(d('143.5').plus('145').div(2).toString()).toBe(defaultFxPerUsd('JPY')!.value)
    expect(defaultFxPerUsd('JPY')!.confidence).toBe('D')
  })
})

describe('chemistries and black-mass yields (B1, B3, B4)', () => {
  it('cell/pack ratios match B1 (NMC111 63.3 %, LFP 65.3 %)', () => {
    const ratio = (id: string) => {
      const c = batteryChemistries().find((x) => x.id === id)!
      return d(c.masses.cellKg.value).div(c.masses.packKg.value).times(100).toFixed(1)
    }
    expect(ratio('NMC111')).toBe('63.3')
    expect(ratio('NMC811')).toBe('60.9')
    expect(ratio('LFP')).toBe('65.3')
  })
  it('black-mass grades add up to at most 100 % and NMC532 has none (no B2 column)', () => {
    for (const c of batteryChemistries()) {
      if (!c.blackMass) {
        expect(c.id).toBe('NMC532')
        continue
      }
      const b = c.blackMass
      const total = [b.Li, b.Ni, b.Co, b.Mn, b.graphite].reduce((a, v) => a.plus(v.value), d('0'))
      expect(total.lte(1)).toBe(true)
    }
  })
  it('NMC811 grades agree with cathode stoichiometry: Li 7.14 % × 31.1 % cathode / 57.0 % BM ≈ 3.9 %', () => {
    const c = batteryChemistries().find((x) => x.id === 'NMC811')!
    const li = d(c.cathodeMetalFractions.Li!.value).times('0.311').div(c.blackMass!.blackMassOfCell.value)
    expect(li.toFixed(3)).toBe(c.blackMass!.Li.value.padEnd(5, '0'))
  })
  it('idealised pack yields fall in the 34–39 % band that B4 reports (Li-Cycle 38.9 %, Primobius 34.0 %)', () => {
    for (const chem of ['NMC111', 'NMC622', 'NMC811', 'NCA'] as const) {
      const y = idealBlackMassYield(chem, 'pack')!
      expect(y.gte('0.34') && y.lte('0.39')).toBe(true)
    }
    expect(idealBlackMassYield('NMC811', 'pack')!.toFixed(3)).toBe('0.347') // 0.570 × 297.6 / 488.7
    expect(idealBlackMassYield('NMC811', 'cell')!.toString()).toBe('0.57')
    expect(idealBlackMassYield('NMC532', 'pack')).toBeNull()
    expect(idealBlackMassYield('NMC532', 'blackMass')!.toString()).toBe('1')
  })
  it('form defaults: black mass 1, module 34 % (Primobius)', () => {
    expect(blackMassYieldDefault('blackMass').value).toBe('1')
    expect(blackMassYieldDefault('module').value).toBe('0.34')
  })
})

describe('converter classes (A1)', () => {
  it('gasoline OEM loading sums to the JM 4.5 g midpoint with Pd ≈ 7 × Rh', () => {
    const c = converterClass('gasoline-oem-ceramic')!
    if (c.loading?.mode !== 'gramsPerUnit') throw new Error('expected grams per unit')
    const { Pt, Pd, Rh } = c.loading
    expect(d(Pt.value).plus(Pd.value).plus(Rh.value).toString()).toBe('4.5')
    expect(d(Pd.value).div(Rh.value).toDecimalPlaces(0).toString()).toBe('7')
  })
  it('aftermarket is 10 % of OEM; foil has no loading and says why; no class invents a gross mass', () => {
    const oem = converterClass('gasoline-oem-ceramic')!.loading!
    const am = converterClass('aftermarket')!.loading!
    for (const m of ['Pt', 'Pd', 'Rh'] as const) expect(d(am[m].value).eq(d(oem[m].value).times('0.1'))).toBe(true)
    expect(converterClass('metallic-foil')!.loading).toBeNull()
    expect(converterClass('metallic-foil')!.loadingNote).toContain('No per-unit PGM figure')
    expect(converterClass('nope')).toBeNull()
  })
})

describe('routes, factors, lenders, tax → project blocks', () => {
  it('routes become valid project routes with EverBatt recoveries (B5)', () => {
    const hydro = routeForProject('everbatt-hydro')!
    expect(routeSchema.safeParse(hydro).success).toBe(true)
    expect(hydro.recovery).toEqual({ Co: '0.98', Ni: '0.98', Mn: '0.98', Li: '0.9' })
    expect(routeForProject('everbatt-pyro')!.recovery.Li).toBe('0')
    expect(referenceRoute('pgm-smelt-refine')!.recovery.Rh!.value).toBe('0.9')
    expect(routeForProject('nope')).toBeNull()
  })
  it('product factors agree with src/shared/units', () => {
    for (const f of productFactorReferences()) {
      const unit = PRODUCT_FACTORS[f.id as keyof typeof PRODUCT_FACTORS]
      expect(unit, f.id).toBeDefined()
      expect(unit.eq(f.factor.value)).toBe(true)
    }
    expect(productFactorReferences()).toHaveLength(Object.keys(PRODUCT_FACTORS).length)
  })
  it('lender presets become valid lender blocks; judgement values are flagged', () => {
    expect(lenderPresets().map((p) => p.id)).toEqual(['commercial-bank', 'export-credit-agency', 'development-finance-institution'])
    for (const p of lenderPresets()) expect(lenderSchema.safeParse(lenderForProject(p.id)).success).toBe(true)
    expect(lenderForProject('commercial-bank')).toEqual({ presetId: 'commercial-bank', minDscr: '1.3', lockupDscr: '1.1', minLlcr: '1.3', maxGearing: '0.75', dsraMonths: 6, minBankableCoverage: '0.5', minSupplyCoverage: '0.5' })
    expect(lenderPreset('commercial-bank')!.minBankableCoverage.judgement).toBe(true)
    // No public lender minimum for contracted feed (issue 16): every preset's is a judgement, said so.
    for (const p of lenderPresets()) expect(p.minSupplyCoverage?.judgement).toBe(true)
    expect(lenderPreset('commercial-bank')!.minDscr.judgement).toBe(false)
    expect(lenderPreset('export-credit-agency')!.minDscr.judgement).toBe(true)
  })
  it('by-product defaults (§13): fractions scaled to the stream’s form, prices and costs sourced or marked judgement', () => {
    const byId = (s: Project['feedstock'][number]) => Object.fromEntries(byproductDefaultsFor(s).map((x) => [x.ref.id, x.massFraction.toNumber()]))
    const pack = { kind: 'battery', chemistry: 'NMC111', form: 'pack' } as Project['feedstock'][number]
    // Copper foil 15.7 % of an NMC111 cell × 341.0 / 538.4 (cell kg / pack kg, EverBatt 2023) = 9.94 % of a pack; the pack hardware 29 %.
    expect(byId(pack)['li-copper-foil']).toBeCloseTo(0.157 * 341 / 538.4, 12)
    expect(byId(pack)['li-pack-housing']).toBe(0.29)
    // Black mass keeps only graphite: 19.4 % of the cell / 59.4 % black mass of the cell = 32.7 % of black mass.
    expect(byId({ kind: 'battery', chemistry: 'NMC111', form: 'blackMass' } as Project['feedstock'][number])).toEqual({ 'li-graphite': 0.194 / 0.594 })
    expect(Object.keys(byId({ kind: 'catalyst' } as Project['feedstock'][number]))).toEqual(['cat-shells', 'cat-ceramic'])
    for (const r of byproductReferences()) {
      expect(r.fate === 'sold' ? r.pricePerTonne !== null && r.payable !== null : r.disposalCostPerTonne !== null, r.id).toBe(true)
      for (const v of [r.massFraction, r.pricePerTonne, r.payable, r.disposalCostPerTonne]) if (v) expect(isJudgementConsistent(v), r.id).toBe(true)
    }
  })
  it('Indian tax: 22 % × 1.10 × 1.04 = 25.168 %, 15 % × 1.10 × 1.04 = 17.16 % (case 10); WDV plant 15 %', () => {
    const t = taxIndia()
    expect(d('0.22').times('1.1').times('1.04').toString()).toBe(t.regimes.find((r) => r.id === 'in-115baa')!.rate.value)
    expect(d('0.15').times('1.1').times('1.04').toString()).toBe(t.regimes.find((r) => r.id === 'in-115bab')!.rate.value)
    const block = taxForProject('in-115baa', 'in-wdv-plant')!
    expect(block).toEqual({ rate: '0.25168', depreciation: { method: 'wdv', rate: '0.15' } })
    expect(taxSchema.safeParse(block).success).toBe(true)
    expect(taxForProject('in-115baa', 'nope')).toBeNull()
  })
  it.each(['india-black-mass-hydromet', 'india-black-mass-three-lenders'])('Indian tax presets of §14: business losses 8 years (s.72); the India sample %s takes them and the Appendix I block rates', (file) => {
    const t = taxIndia()
    const s72 = t.losses.find((l) => l.id === 'in-business-loss-s72')!
    expect(s72.years.value).toBe('8')
    expect(s72.years.note).toContain('s.32(2)')
    const sample = JSON.parse(readFileSync(join(import.meta.dirname, `../../../resources/samples/${file}.json`), 'utf8')) as Project
    expect(String(sample.tax.lossExpiryYears)).toBe(s72.years.value)
    const rate = (id: string) => t.depreciation.find((x) => x.id === id)!.rate.value
    expect(sample.tax.depreciation).toEqual({ method: 'wdv', rate: rate('in-wdv-plant') })
    expect(sample.tax.blocks!.map((b) => b.depreciation)).toEqual([{ method: 'wdv', rate: rate('in-wdv-building') }])
    expect(sample.tax.rate).toBe(t.regimes.find((r) => r.id === 'in-115baa')!.rate.value)
  })
})
