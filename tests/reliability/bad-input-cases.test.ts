import { afterEach, describe, expect, it } from 'vitest'
import { importRows } from '@shared/import'
import { parseProject, type Project } from '@shared/model'
import { readProjectFile } from '@shared/model/project-file'
import minimalText from '../fixtures/minimal-project.json?raw'
import { buildXlsx, row } from '../shared/import/build-xlsx'
import { reportTally, tally } from './tally'

reportTally('bad-input-cases')

/**
 * Fault cases of reliability.md §7 that concern the PROJECT document and had no test of their own
 * (18–22, 25, 26, 28, 29, 31, 32): each bad value is refused with an issue at its field path.
 */
// This file is typechecked with the renderer's (DOM) config; the TZ test only needs process.env.
declare const process: { env: Record<string, string | undefined> }

const base = (): Project => JSON.parse(minimalText) as Project
type Case = [label: string, change: (p: Project) => void, path: string, message?: RegExp]

function refused([label, change, path, message]: Case) {
  const p = base()
  change(p)
  const r = parseProject(p)
  expect(r.ok, label).toBe(false)
  if (r.ok) return
  const hit = r.issues.find((i) => i.path === path)
  expect(hit, `${label}: ${JSON.stringify(r.issues)}`).toBeDefined()
  if (message) expect(hit!.message, label).toMatch(message)
  tally.casesTried += 1
}

describe('project document: bad values are field errors', () => {
  it('the fixture itself is valid', () => expect(parseProject(base()).ok).toBe(true))

  it('case 19/20: NaN, Infinity, hex, underscores, padded, locale-formatted and blank amounts', () => {
    for (const v of ['NaN', 'Infinity', '-Infinity', '0x1A', '1_000', ' 12 ', '1.234,56', '', '1e3'])
      refused([`capex amount ${JSON.stringify(v)}`, (p) => void (p.costs.capex.items[0]!.amount = v), 'costs.capex.items.0.amount'])
  })

  it('case 18: a JSON number for an amount (1e400, 20 digits) is refused with "amounts must be strings"', () => {
    for (const raw of ['1e400', '12345678901234567890']) {
      const text = minimalText.replace('"amount":"50000000"', `"amount":${raw}`)
      expect(text).not.toBe(minimalText)
      const r = readProjectFile(text)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.issues.find((i) => i.path === 'costs.capex.items.0.amount')?.message).toMatch(/amounts must be strings/)
      tally.casesTried += 1
    }
  })

  it('case 21: negative tonnage, price and capacity are refused (negatives only where cash can flow out)', () => {
    refused(['negative tonnage', (p) => void ((p.feedstock[0] as { inputTonnesPerYear: string }).inputTonnesPerYear = '-10000'), 'feedstock.0.inputTonnesPerYear'])
    refused(['negative price', (p) => void ((p.prices.decks[0]!.prices[0] as { basePricePerUnit: string }).basePricePerUnit = '-8400'), 'prices.decks.0.prices.0.basePricePerUnit'])
    refused(['negative capex', (p) => void (p.costs.capex.items[0]!.amount = '-1'), 'costs.capex.items.0.amount'])
  })

  it('case 22: a 150 % recovery and a −5 % share are refused', () => {
    refused(['recovery 1.5', (p) => void (p.routes[0]!.recovery.Li = '1.5'), 'routes.0.recovery.Li'])
    refused(['gearing −5 %', (p) => void (p.financing.gearing = '-0.05'), 'financing.gearing'])
    refused(['payable 150 %', (p) => void (p.products[0]!.merchantPayable = '1.5'), 'products.0.merchantPayable'])
  })

  it('case 25: huge values beyond the documented maxima are range errors naming the field', () => {
    refused(['1e308 tonnes', (p) => void ((p.feedstock[0] as { inputTonnesPerYear: string }).inputTonnesPerYear = '1' + '0'.repeat(308)), 'feedstock.0.inputTonnesPerYear'])
    refused(['1e308 capex', (p) => void (p.costs.capex.items[0]!.amount = '1' + '0'.repeat(308)), 'costs.capex.items.0.amount'])
  })

  it('case 26: impossible calendar dates are refused, never rolled over', () => {
    refused(['2025-02-30', (p) => void (p.timeline.startDate = '2025-02-30'), 'timeline.startDate'])
    refused(['2025-13-01', (p) => void (p.timeline.startDate = '2025-13-01'), 'timeline.startDate'])
    refused(['asOf 2025-02-29', (p) => void (p.prices.decks[0]!.asOf = '2025-02-29'), 'prices.decks.0.asOf'])
  })

  it('case 28: an offtake contract that ends before it starts is a validation error', () => {
    refused([
      'end before start',
      (p) =>
        void p.offtake.push({ id: 'k', counterparty: 'Buyer', rating: 'A', productId: 'li2co3', priority: 1, volume: { basis: 'share', share: '0.5' }, payable: '0.9', premiumPerUnit: '0', floor: null, cap: null, chargePerUnit: '0', currency: 'USD', startDate: '2030-01-01', endDate: '2029-12-31', takeOrPay: '1' } as Project['offtake'][number]),
      'offtake.0.endDate',
      /ends before it starts/
    ])
  })

  it('case 31: control characters, bidi overrides, zero-width characters and lone surrogates in text are refused', () => {
    for (const bad of ['Plant\u0001', 'Plant\u202Egnp.exe', 'Pla\u200Bnt', 'Plant\uD800'])
      refused([`name ${JSON.stringify(bad)}`, (p) => void (p.name = bad), 'name'])
  })

  it('case 32: a 40,000-character text is refused at input (before any export)', () => {
    refused(['40,000-char description', (p) => void (p.description = 'x'.repeat(40_000)), 'description'])
  })
})

describe('case 29: the same file imported under New York, Tokyo and UTC gives identical stored dates', () => {
  const saved = process.env.TZ
  afterEach(() => {
    process.env.TZ = saved
  })

  it('xlsx date serials, date1904 and a year boundary', () => {
    const head = row(1, ['Lot ID', 'Name', 'Currency', 'Pricing date', 'Gross kg', 'Net wet kg', 'Moisture %', 'Pt ppm', 'Pt return %', 'Pt price per toz', 'Treatment charge per wet kg'])
    const body = (serial: number) => row(2, ['L1', 'Lot', 'USD', { n: serial, s: 2 }, 2100, 2000, { n: 0.015, s: 1 }, 1000, { n: 0.98, s: 3 }, 1308, 1.5])
    const files = [
      buildXlsx([{ xml: head + body(45823) }]),
      buildXlsx([{ xml: head + body(44361) }], { date1904: true }),
      buildXlsx([{ xml: head + body(47119) }]) // 2029-01-01: a year boundary, where UTC-midnight bugs show
    ]
    const results: string[] = []
    for (const tz of ['UTC', 'America/New_York', 'Asia/Tokyo']) {
      process.env.TZ = tz
      expect(new Date(2030, 0, 1).getTimezoneOffset()).toBe({ UTC: 0, 'America/New_York': 300, 'Asia/Tokyo': -540 }[tz])
      results.push(JSON.stringify(files.map((f) => importRows(f, 'l.xlsx', 'catalyst-lots'))))
      tally.casesTried += 1
    }
    expect(results[1]).toBe(results[0])
    expect(results[2]).toBe(results[0])
    const first = JSON.parse(results[0]!) as { ok: boolean; value: { pricingDate: string }[] }[]
    expect(first.map((r) => r.ok && r.value[0]!.pricingDate)).toEqual(['2025-06-15', '2025-06-15', '2029-01-01'])
  })
})

describe('case 9: a sheet with more genuine rows than the limit', () => {
  it('is refused with the row limit naming the sheet, in .xlsx and in CSV, quickly', () => {
    const rows = 100_001
    const started = Date.now()
    let xml = row(1, ['Product ID', 'Year', 'Price', 'Currency', 'Source'])
    for (let r = 2; r <= rows + 1; r++) xml += row(r, ['li2co3', 2026, 1, 'USD', 'x'])
    const x = importRows(buildXlsx([{ name: 'Deck', xml }]), 'big.xlsx', 'price-deck')
    expect(x.ok).toBe(false)
    if (!x.ok) expect('message' in x ? x.message : JSON.stringify(x)).toMatch(/Sheet "Deck": range too large \(max 100,000 rows × 200 columns\)/)
    const csv = new TextEncoder().encode('Product ID,Year,Price,Currency,Source\n' + 'li2co3,2026,1,USD,x\n'.repeat(rows))
    const c = importRows(csv, 'big.csv', 'price-deck')
    expect(c.ok).toBe(false)
    if (!c.ok) expect('message' in c ? c.message : JSON.stringify(c)).toMatch(/range too large|rows/)
    expect(Date.now() - started).toBeLessThan(20_000)
    tally.casesTried += 2
  }, 30_000)
})

describe('case 24: wrong units are errors, never silent conversions', () => {
  const lotsHeader = 'Lot ID,Name,Currency,Pricing date,Notes,Gross kg,Net wet kg,Moisture %,Pt ppm,Pt return %,Pt price per toz,Pt refining charge per toz,Pd ppm,Pd return %,Pd price per toz,Pd refining charge per toz,Rh ppm,Rh return %,Rh price per toz,Rh refining charge per toz,Treatment charge per wet kg'
  const lotsRow = 'L1,Lot,USD,2025-06-15,,2100,2000,1.5%,1000,98%,1308,15,1500,98%,1090,15,250,90%,5500,60,1.5'
  const enc = (s: string) => new TextEncoder().encode(s)

  it('the template imports as it is (control)', () => {
    expect(importRows(enc(`${lotsHeader}\n${lotsRow}`), 'l.csv', 'catalyst-lots').ok).toBe(true)
  })

  it('tonnes instead of kg, grams instead of troy ounces, "thousands": the header is an unknown column, nothing imported', () => {
    for (const [from, to] of [['Gross kg', 'Gross t'], ['Pt price per toz', 'Pt price per g'], ['Net wet kg', 'Net wet kg (thousands)']] as const) {
      const r = importRows(enc(`${lotsHeader.replace(from, to)}\n${lotsRow}`), 'l.csv', 'catalyst-lots')
      expect(r.ok, to).toBe(false)
      const text = JSON.stringify(r)
      expect(text, to).toContain(`Unknown column '${to}'`)
      expect('value' in r, to).toBe(false)
      tally.casesTried += 1
    }
  })

  it('a price deck mixing currencies (USD and EUR rows) is refused', () => {
    const r = importRows(enc('Product ID,Year,Price,Currency,Source\nli2co3,2026,9000,USD,x\nli2co3,2027,8000,EUR,x'), 'd.csv', 'price-deck')
    expect(r.ok).toBe(false)
    tally.casesTried += 1
  })
})
