/**
 * Import of price decks and feedstock lots (R31–R36, fault cases 1–15, 19–27): good files import,
 * bad ones give clear errors and produce nothing, and hostile files never touch Object.prototype.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { afterAll, describe, expect, it } from 'vitest'
import { importLotRows, importRows } from '../../../src/shared/import'
import { templateCsv } from '../../../src/shared/import/templates'
import { buildXlsx, row } from './build-xlsx'

const templates = resolve(import.meta.dirname, '../../../resources/templates')
const lots = resolve(import.meta.dirname, '../../../resources/lots')
const read = (f: string) => new Uint8Array(readFileSync(resolve(templates, f)))
const csv = (s: string) => strToU8(s)
const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort()

const deckHeader = ['Product ID', 'Year', 'Price', 'Currency', 'Source']
const deck = (rows: string[][]) => csv([deckHeader, ...rows].map((r) => r.join(',')).join('\n'))
const fail = (r: ReturnType<typeof importRows>) => {
  expect(r.ok).toBe(false)
  expect('value' in r).toBe(false)
  return r as Extract<typeof r, { ok: false }>
}

describe('templates import cleanly (CSV and .xlsx give the same result)', () => {
  it('catalyst lots equal the C1 lot file', () => {
    const a = importRows(read('catalyst-lots.csv'), 'catalyst-lots.csv', 'catalyst-lots')
    const b = importRows(read('catalyst-lots.xlsx'), 'catalyst-lots.xlsx', 'catalyst-lots')
    if (!a.ok || !b.ok) throw new Error(JSON.stringify(a.ok ? b : a))
    expect(b.value).toEqual(a.value)
    const c1 = JSON.parse(readFileSync(resolve(lots, 'c1-catalyst-lot.json'), 'utf8'))
    const { notes: _n, ...lot } = a.value[0]!
    const { notes: _m, ...expected } = c1
    expect(lot).toEqual(expected)
    expect(a.preview.rows[0]![0]).toBe('Lot ID')
  })

  it('black-mass lots equal the C3 lot file', () => {
    const a = importRows(read('black-mass-lots.csv'), 'black-mass-lots.csv', 'black-mass-lots')
    const b = importRows(read('black-mass-lots.xlsx'), 'black-mass-lots.xlsx', 'black-mass-lots')
    if (!a.ok || !b.ok) throw new Error(JSON.stringify(a.ok ? b : a))
    expect(b.value).toEqual(a.value)
    const { notes: _m, ...expected } = JSON.parse(readFileSync(resolve(lots, 'c3-black-mass-lot.json'), 'utf8'))
    const { notes: _n, ...lot } = a.value[0]!
    expect(lot).toEqual(expected)
  })

  it('price deck becomes table prices, years sorted, one currency', () => {
    const a = importRows(read('price-deck.xlsx'), 'price-deck.xlsx', 'price-deck', { knownProductIds: ['li2co3'] })
    if (!a.ok) throw new Error(JSON.stringify(a))
    expect(a.value).toEqual({
      currency: 'USD', source: 'Illustrative deck (replace with your source)', prices: [{ productId: 'li2co3', mode: 'table', points: [{ year: 2026, price: '9000' }, { year: 2027, price: '11000' }] }],
      byproductPrices: [{ byproductId: 'li-copper-foil', points: [{ year: 2026, pricePerTonne: '6600' }] }]
    })
    const csv = importRows(read('price-deck.csv'), 'price-deck.csv', 'price-deck', { knownProductIds: ['li2co3'] })
    expect(csv.ok && csv.value).toEqual(a.value)
    const b = importRows(deck([['pt', '2030', '1200', 'USD', ''], ['pt', '2027', '1000.50', 'USD', 'LBMA']]), 'd.csv', 'price-deck')
    expect(b.ok && b.value.prices[0]!.points).toEqual([{ year: 2027, price: '1000.5' }, { year: 2030, price: '1200' }])
  })

  it('a by-product kind of the reference library is priced per tonne, years sorted; an unknown id names both places it looked; a kind priced twice in a year is refused', () => {
    const r = importRows(deck([['cat-shells', '2029', '310', 'USD', ''], ['cat-shells', '2026', '300', 'USD', '']]), 'd.csv', 'price-deck', { knownProductIds: ['pt'] })
    expect(r.ok && r.value).toMatchObject({ prices: [], byproductPrices: [{ byproductId: 'cat-shells', points: [{ year: 2026, pricePerTonne: '300' }, { year: 2029, pricePerTonne: '310' }] }] })
    const bad = fail(importRows(deck([['copper', '2026', '1', 'USD', '']]), 'd.csv', 'price-deck', { knownProductIds: ['pt'] }))
    expect('errors' in bad && bad.errors[0]!.message).toBe('\'Product ID\': no product "copper" in this project, nor a by-product of the reference library')
    const twice = fail(importRows(deck([['cat-shells', '2026', '1', 'USD', ''], ['cat-shells', '2026', '2', 'USD', '']]), 'd.csv', 'price-deck', { knownProductIds: ['pt'] }))
    expect('errors' in twice && twice.errors[0]!.message).toBe('cat-shells 2026 is priced twice (also row 2)')
  })
})

describe('bad files: a clear error and nothing imported', () => {
  it.each([
    ['text renamed .xlsx', strToU8('hello, I am not a workbook'), 'not-xlsx', /Not an Excel workbook/],
    ['PDF renamed .xlsx', strToU8('%PDF-1.7\n...'), 'not-xlsx', /Not an Excel workbook/],
    ['zero bytes', new Uint8Array(0), 'empty', /File is empty/],
    ['encrypted (CFB) workbook', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'encrypted', /Encrypted workbooks are not supported/]
  ])('%s', (_n, bytes, code, message) => {
    const r = fail(importRows(bytes, 'file.xlsx', 'price-deck'))
    expect(r).toMatchObject({ code })
    expect('message' in r && r.message).toMatch(message)
  })

  it('truncated ZIP (no central directory)', () => {
    const good = read('price-deck.xlsx')
    for (const cut of [10, 100, Math.floor(good.length / 2), good.length - 30]) {
      const r = fail(importRows(good.slice(0, cut), 'p.xlsx', 'price-deck'))
      expect(r).toMatchObject({ code: 'damaged', message: expect.stringMatching(/damaged or incomplete/) })
    }
  })

  it('.xls / .ods / .xlsb are named as unsupported', () => {
    expect(importRows(new Uint8Array([1]), 'old.xls', 'price-deck')).toMatchObject({ ok: false, code: 'unsupported-format', message: expect.stringMatching(/Unsupported format \.xls/) })
    const ods = zipSync({ 'content.xml': strToU8('<x/>'), mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet') })
    expect(importRows(ods, 'sheet.xlsx', 'price-deck')).toMatchObject({ ok: false, code: 'unsupported-format', message: expect.stringMatching(/\.ods/) })
  })

  it('zip bomb (ratio > 100:1) is rejected before inflating, in well under a second', () => {
    const huge = new Uint8Array(30 * 1024 * 1024) // 30 MB of zeros deflates ~1000:1
    const bomb = buildXlsx([{ xml: row(1, deckHeader) }], { extra: { 'xl/worksheets/pad.xml': [huge, { level: 9 }] } })
    expect(bomb.length).toBeLessThan(200_000)
    const t = performance.now()
    const r = fail(importRows(bomb, 'bomb.xlsx', 'price-deck'))
    expect(performance.now() - t).toBeLessThan(1000)
    expect(r).toMatchObject({ code: 'zip-bomb', message: expect.stringMatching(/File expands too much/) })
  })

  it('a ZIP whose declared sizes lie is stopped by the inflate cap', () => {
    const sheet = `<row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(2_000_000)}</t></is></c></row>`
    const bytes = buildXlsx([{ xml: sheet }])
    // Rewrite every declared uncompressed size (central directory and local headers) to 1000 bytes.
    const v = new DataView(bytes.buffer)
    for (let i = 0; i + 4 <= bytes.length; i++) {
      const sig = v.getUint32(i, true)
      if (sig === 0x02014b50) v.setUint32(i + 24, 1000, true)
      if (sig === 0x04034b50) v.setUint32(i + 22, 1000, true)
    }
    const r = fail(importRows(bytes, 'liar.xlsx', 'price-deck'))
    expect(r).toMatchObject({ code: 'zip-bomb' })
  })

  it('single cell at XFD1048576 → range too large, fast', () => {
    const t = performance.now()
    const a = fail(importRows(buildXlsx([{ xml: '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>' }]), 'far.xlsx', 'price-deck'))
    expect(a).toMatchObject({ code: 'range-too-large', message: expect.stringMatching(/range too large \(max 100,000 rows × 200 columns\)/) })
    const withDim = buildXlsx([{ xml: '' }], { extra: {} })
    expect(withDim.length).toBeGreaterThan(0)
    expect(performance.now() - t).toBeLessThan(2000)
  })

  it('more than 500 ZIP entries', () => {
    const files = Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`f${i}.xml`, strToU8('<a/>')]))
    expect(importRows(zipSync(files), 'many.xlsx', 'price-deck')).toMatchObject({ ok: false, code: 'too-many-entries' })
  })
})

describe('bad rows: per-cell errors {sheet,row,column,code,message}; all or nothing', () => {
  const lotHeader = 'Lot ID,Name,Currency,Pricing date,Gross kg,Net wet kg,Moisture %,Pt ppm,Pt return %,Pt price per toz,Treatment charge per wet kg'
  const goodLot = 'L1,Lot one,USD,2025-06-15,2100,2000,1.5%,1000,98%,1308,1.5'

  it('wrong types, negative masses, ambiguous percent, bad dates: every problem reported, nothing imported', () => {
    const text = [lotHeader, goodLot,
      'L2,Lot two,USD,2025-02-30,-5,2000,12.5,1000,98%,1308,1.5',
      'L3,Lot three,EUR,2025-06-15,2100,abc,1.5%,0x1A,98%,1_000,1 234',
      'L4,Lot four,USD,2025-06-15,2100,NaN,150%,1000,98%,Infinity,1.5'].join('\n')
    const r = fail(importRows(csv(text), 'lots.csv', 'catalyst-lots'))
    if (r.code !== 'invalid-rows') throw new Error(r.code)
    const got = r.errors.map((e) => `${e.row}:${e.column}:${e.code}`)
    expect(got).toEqual(expect.arrayContaining([
      '3:D:not-a-date', '3:E:out-of-range', '3:G:ambiguous-unit',
      '4:C:invalid-value', '4:F:not-a-number', '4:H:not-a-number', '4:J:not-a-number', '4:K:not-a-number',
      '5:F:not-a-number', '5:G:out-of-range', '5:J:not-a-number'
    ]))
    expect(r.errors.every((e) => e.sheet === 'lots.csv' && e.message.length > 10)).toBe(true)
    expect(r.errors.find((e) => e.code === 'ambiguous-unit')!.message).toMatch(/Ambiguous unit: enter 12\.5% or 0\.125/)
  })

  it('missing required column names the column and sheet', () => {
    const r = fail(importRows(deck([]).slice(0), 'd.csv', 'price-deck'))
    expect(r.code).toBe('invalid-rows')
    const r2 = fail(importRows(csv('Product ID,Year,Currency\nli2co3,2026,USD'), 'd.csv', 'price-deck'))
    expect(r2.code === 'invalid-rows' && r2.errors).toEqual([expect.objectContaining({ code: 'missing-column', message: "Missing column 'Price' in sheet \"d.csv\"" })])
  })

  it('unknown, reserved and duplicate headers are reported, not dropped', () => {
    const r = fail(importRows(csv('Product ID,Year,Price,Currency,__proto__,constructor,prototype,Price ,PRICE,Colour\nli2co3,2026,1,USD,x,y,z,2,3,red'), 'd.csv', 'price-deck'))
    if (r.code !== 'invalid-rows') throw new Error(r.code)
    expect(r.errors.map((e) => e.message)).toEqual([
      "Unknown column '__proto__'", "Unknown column 'constructor'", "Unknown column 'prototype'",
      "Duplicate column 'Price' (same as column C)", "Duplicate column 'PRICE' (same as column C)", "Unknown column 'Colour'"
    ])
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_KEYS)
    expect(({} as Record<string, unknown>).x).toBeUndefined()
  })

  it('formula without cached value, error cells, rich text and percent/date formats in .xlsx', () => {
    const header = row(1, deckHeader)
    const ok = buildXlsx([{ xml: header + row(2, [{ raw: '<c r="REF" t="s"><v>0</v></c>' }, 2026, 9000, 'USD', 'src']) }], { richShared: '<si><r><t>li2</t></r><r><rPr><b/></rPr><t>co3</t></r></si>' })
    const a = importRows(ok, 'x.xlsx', 'price-deck')
    expect(a.ok && a.value.prices[0]!.productId).toBe('li2co3')
    const bad = buildXlsx([{ xml: header + row(2, ['li2co3', 2026, { raw: '<c r="REF"><f>A1*2</f></c>' }, 'USD', null]) + row(3, ['li2co3', 2027, { raw: '<c r="REF" t="e"><v>#DIV/0!</v></c>' }, 'USD', null]) }])
    const b = fail(importRows(bad, 'x.xlsx', 'price-deck'))
    expect(b.code === 'invalid-rows' && b.errors.map((e) => [e.row, e.column, e.code])).toEqual([[2, 'C', 'formula-not-calculated'], [3, 'C', 'error-cell']])
    expect(b.code === 'invalid-rows' && b.errors[0]!.message).toMatch(/formula not calculated — open and save in Excel first/)
    expect(b.code === 'invalid-rows' && b.errors[1]!.message).toMatch(/C3 holds the error #DIV\/0!/)
  })

  it('percent and date cells: formats honoured, serial 60 refused, date1904 applied', () => {
    const head = row(1, ['Lot ID', 'Name', 'Currency', 'Pricing date', 'Gross kg', 'Net wet kg', 'Moisture %', 'Pt ppm', 'Pt return %', 'Pt price per toz', 'Treatment charge per wet kg'])
    const body = (date: { n: number; s: number }, moisture: { n: number; s: number } | number) => row(2, ['L1', 'Lot', 'USD', date, 2100, 2000, moisture, 1000, { n: 0.98, s: 3 }, 1308, 1.5])
    const a = importRows(buildXlsx([{ xml: head + body({ n: 45823, s: 2 }, { n: 0.015, s: 1 }) }]), 'l.xlsx', 'catalyst-lots')
    expect(a.ok && [a.value[0]!.pricingDate, a.value[0]!.weights.moistureFraction]).toEqual(['2025-06-15', '0.015'])
    const b = importRows(buildXlsx([{ xml: head + body({ n: 44361, s: 2 }, { n: 0.015, s: 1 }) }], { date1904: true }), 'l.xlsx', 'catalyst-lots')
    expect(b.ok && b.value[0]!.pricingDate).toBe('2025-06-15')
    const c = fail(importRows(buildXlsx([{ xml: head + body({ n: 60, s: 2 }, 1.5) }]), 'l.xlsx', 'catalyst-lots'))
    expect(c.code === 'invalid-rows' && c.errors.map((e) => e.code)).toEqual(['not-a-date', 'ambiguous-unit'])
  })

  it('CSV: formula-looking text stays text, the export apostrophe is removed, nothing is evaluated', () => {
    const r = importRows(csv(`${deckHeader.join(',')}\nli2co3,2026,9000,USD,"=HYPERLINK(""http://x"")"\nli2co3,2027,9000,USD,'@SUM(1)`), 'd.csv', 'price-deck')
    expect(r.ok && r.value.source).toBe('=HYPERLINK("http://x"); @SUM(1)')
  })

  it('unknown product and duplicate (product, year) rows', () => {
    const r = fail(importRows(deck([['li2co3', '2026', '1', 'USD', ''], ['li2co3', '2026', '2', 'USD', ''], ['zz', '2026', '1', 'USD', '']]), 'd.csv', 'price-deck', { knownProductIds: ['li2co3'] }))
    expect(r.code === 'invalid-rows' && r.errors.map((e) => e.code)).toEqual(['duplicate-row', 'invalid-value'])
  })
})

afterAll(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_KEYS)
})

describe('a lot sheet is read in the template its header is in (issue 17)', () => {
  it('the bundled catalyst sheet, with black mass as the fallback, reads as catalyst lots (before: 8 "Unknown column" errors)', () => {
    for (const f of ['catalyst-lots.csv', 'catalyst-lots.xlsx']) {
      const r = importLotRows(read(f), f, 'black-mass-lots')
      expect([r.target, r.detected, r.result.ok]).toEqual(['catalyst-lots', true, true])
      expect(r.result).toEqual(importRows(read(f), f, 'catalyst-lots'))
    }
    // The plain import in the wrong template still refuses it, as before.
    expect(fail(importRows(read('catalyst-lots.csv'), 'catalyst-lots.csv', 'black-mass-lots')).code).toBe('invalid-rows')
  })
  it('the black-mass sheet reads as black mass whichever fallback is given', () => {
    const r = importLotRows(read('black-mass-lots.xlsx'), 'black-mass-lots.xlsx', 'catalyst-lots')
    expect([r.target, r.detected, r.result.ok]).toEqual(['black-mass-lots', true, true])
  })
  it('only the columns the other template lacks count: a header of the shared columns alone names neither, and the fallback stands', () => {
    const shared = csv('Lot ID,Name,Currency,Pricing date\nx,X,USD,2025-06-15\n')
    const r = importLotRows(shared, 'shared.csv', 'catalyst-lots')
    expect([r.target, r.detected]).toEqual(['catalyst-lots', false])
    expect(fail(r.result).code).toBe('invalid-rows')
    // One black-mass column among unknown ones is enough to choose black mass (and report the rest).
    const one = importLotRows(csv('Lot ID,Dry tonnes,Colour\nx,1,red\n'), 'one.csv', 'catalyst-lots')
    expect([one.target, one.detected]).toEqual(['black-mass-lots', true])
    const errors = 'errors' in one.result ? one.result.errors.map((e) => e.message) : []
    expect(errors).toContain("Unknown column 'Colour'")
  })
  it('an unsupported or broken file fails as importRows fails it', () => {
    expect(importLotRows(new Uint8Array([1, 2]), 'x.xls', 'catalyst-lots').result).toEqual(importRows(new Uint8Array([1, 2]), 'x.xls', 'catalyst-lots'))
  })
})

describe('the bundled CSV templates are the app\'s templates', () => {
  it.each(['price-deck', 'catalyst-lots', 'black-mass-lots'] as const)('resources/templates/%s.csv = templateCsv', (t) => {
    expect(readFileSync(resolve(templates, `${t}.csv`), 'utf8')).toBe(templateCsv(t))
  })
})
