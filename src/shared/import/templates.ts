/**
 * Downloadable import templates: the allow-listed headers and one worked example row per target,
 * as CSV text and as a workbook description (percent cells formatted as %, so nothing is ambiguous).
 * The examples are the constructed lots C1 and C3 in resources/lots and an illustrative Li2CO3 deck with
 * one by-product price (copper foil, per tonne).
 */
import type { Cell, WorkbookDesc } from '../workbook/types'
import type { ImportTarget } from './index'
import { IMPORT_COLUMNS } from './index'

type Example = Record<string, string | number>

const EXAMPLES: Record<ImportTarget, Example[]> = {
  'price-deck': [
    { productId: 'li2co3', year: 2026, price: '9000', currency: 'USD', source: 'Illustrative deck (replace with your source)' },
    { productId: 'li2co3', year: 2027, price: '11000', currency: 'USD', source: 'Illustrative deck (replace with your source)' },
    // A by-product kind of the reference library, priced per tonne (methodology §13): EverBatt 2019's copper price.
    { productId: 'li-copper-foil', year: 2026, price: '6600', currency: 'USD', source: 'Illustrative deck (replace with your source)' }
  ],
  'catalyst-lots': [{
    id: 'c1-catalyst-lot', name: 'C1 catalyst lot (constructed example)', currency: 'USD', pricingDate: '2025-06-15', notes: '',
    grossKg: '2100', netWetKg: '2000', moistureFraction: '0.015',
    'Pt.ppm': '1000', 'Pt.returnFraction': '0.98', 'Pt.pricePerToz': '1308', 'Pt.refiningChargePerToz': '15',
    'Pd.ppm': '1500', 'Pd.returnFraction': '0.98', 'Pd.pricePerToz': '1090', 'Pd.refiningChargePerToz': '15',
    'Rh.ppm': '250', 'Rh.returnFraction': '0.9', 'Rh.pricePerToz': '5500', 'Rh.refiningChargePerToz': '60', treatmentChargePerWetKg: '1.5'
  }],
  'black-mass-lots': [{
    id: 'c3-black-mass-lot', name: 'C3 NMC black mass, 1 t (constructed example)', currency: 'USD', pricingDate: '2025-06-23', notes: '',
    dryTonnes: '1', Ni: '0.2', Co: '0.06', Li: '0.035', niPrice: '15200', niPer: 't', coPrice: '14', coPer: 'lb', liPrice: '8400', liPer: 't',
    convention: 'li-separate', niPayable: '0.74', coPayable: '0.74', liPayable: '0.05'
  }]
}

const pctText = (fraction: string) => `${(Number(fraction) * 100).toFixed(6).replace(/\.?0+$/, '')}%`

export function templateCsv(target: ImportTarget): string {
  const cols = IMPORT_COLUMNS[target]
  const esc = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)
  const lines = [cols.map((c) => esc(c.header)).join(',')]
  for (const ex of EXAMPLES[target])
    lines.push(cols.map((c) => {
      const v = ex[c.field]
      if (v === undefined) return ''
      return esc(c.type.kind === 'percent' ? pctText(String(v)) : String(v))
    }).join(','))
  return `${lines.join('\r\n')}\r\n`
}

export function templateWorkbook(target: ImportTarget): WorkbookDesc {
  const cols = IMPORT_COLUMNS[target]
  const header: Cell[] = cols.map((c) => ({ t: 's', v: c.header, style: 'header' }))
  const rows: Cell[][] = [header]
  for (const ex of EXAMPLES[target])
    rows.push(cols.map((c): Cell => {
      const v = ex[c.field]
      if (v === undefined || v === '') return { t: 's', v: '', style: 'inText' }
      if (c.type.kind === 'percent') return { t: 'n', v: Number(v), style: 'inPct' }
      if (c.type.kind === 'decimal' || c.type.kind === 'int') return { t: 'n', v: Number(v), style: 'inNumber' }
      return { t: 's', v: String(v), style: 'inText' }
    }))
  return {
    title: `Bankable import template: ${target}`,
    sheets: [{ name: target, rows, colWidths: cols.map((c) => Math.max(12, c.header.length + 2)), freeze: { rows: 1, cols: 0 }, groups: [], landscape: true }],
    names: []
  }
}
