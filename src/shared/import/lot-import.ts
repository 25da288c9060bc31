/**
 * Feedstock-lot rows → lot files (src/shared/lot): one row per lot, one sheet (or CSV) per kind.
 * The lot schema validates the assembled object; its issues are mapped back to the cell they came from.
 */
import { PGM_METALS } from '../model/metals'
import { LOT_SCHEMA_VERSION, blackMassLotSchema, catalystLotSchema, type BlackMassLot, type CatalystLot } from '../lot'
import type { ProgressCounter } from './progress'
import type { CellError, ColumnSpec, Row } from './table'

const MONEY = { kind: 'decimal', min: '0', max: '1000000000000000' } as const
const PCT = { kind: 'percent', min: '0', max: '1' } as const
const common: ColumnSpec[] = [
  { field: 'id', header: 'Lot ID', required: true, type: { kind: 'text', max: 64 } },
  { field: 'name', header: 'Name', required: true, type: { kind: 'text', max: 200 } },
  { field: 'currency', header: 'Currency', required: true, type: { kind: 'enum', values: ['USD', 'INR', 'JPY'] } },
  { field: 'pricingDate', header: 'Pricing date', required: true, type: { kind: 'date' } },
  { field: 'notes', header: 'Notes', required: false, type: { kind: 'text', max: 4000 } }
]

const pgm = (m: 'Pt' | 'Pd' | 'Rh'): ColumnSpec[] => [
  { field: `${m}.ppm`, header: `${m} ppm`, required: false, type: { kind: 'decimal', min: '0', max: '1000000' } },
  { field: `${m}.returnFraction`, header: `${m} return %`, required: false, type: PCT },
  { field: `${m}.pricePerToz`, header: `${m} price per toz`, required: false, type: MONEY },
  { field: `${m}.refiningChargePerToz`, header: `${m} refining charge per toz`, required: false, type: MONEY }
]

export const CATALYST_LOT_COLUMNS: readonly ColumnSpec[] = [
  ...common,
  { field: 'grossKg', header: 'Gross kg', required: true, type: MONEY },
  { field: 'netWetKg', header: 'Net wet kg', required: true, type: MONEY },
  { field: 'moistureFraction', header: 'Moisture %', required: true, type: PCT },
  ...pgm('Pt'), ...pgm('Pd'), ...pgm('Rh'),
  { field: 'treatmentChargePerWetKg', header: 'Treatment charge per wet kg', required: true, type: MONEY }
]

const UNIT = { kind: 'enum', values: ['t', 'kg', 'lb'] } as const
export const BLACK_MASS_LOT_COLUMNS: readonly ColumnSpec[] = [
  ...common,
  { field: 'dryTonnes', header: 'Dry tonnes', required: true, type: MONEY },
  { field: 'Ni', header: 'Ni %', required: true, type: PCT },
  { field: 'Co', header: 'Co %', required: true, type: PCT },
  { field: 'Li', header: 'Li %', required: true, type: PCT },
  { field: 'niPrice', header: 'Ni price', required: true, type: MONEY },
  { field: 'niPer', header: 'Ni price per', required: true, type: UNIT },
  { field: 'coPrice', header: 'Co price', required: true, type: MONEY },
  { field: 'coPer', header: 'Co price per', required: true, type: UNIT },
  { field: 'liPrice', header: 'Li2CO3 price', required: true, type: MONEY },
  { field: 'liPer', header: 'Li2CO3 price per', required: true, type: UNIT },
  { field: 'convention', header: 'Payable convention', required: true, type: { kind: 'enum', values: ['li-separate', 'li-inclusive'] } },
  { field: 'niPayable', header: 'Ni payable %', required: true, type: PCT },
  { field: 'coPayable', header: 'Co payable %', required: true, type: PCT },
  { field: 'liPayable', header: 'Li payable % of LCE', required: false, type: PCT }
]

const s = (v: string | number | undefined) => (v === undefined ? undefined : String(v))

function catalystOf(v: Row['values']): unknown {
  const assays: Record<string, unknown> = {}
  for (const m of PGM_METALS) {
    if (v[`${m}.ppm`] === undefined && v[`${m}.pricePerToz`] === undefined) continue
    assays[m] = { ppm: s(v[`${m}.ppm`]), returnFraction: s(v[`${m}.returnFraction`]), pricePerToz: s(v[`${m}.pricePerToz`]), refiningChargePerToz: s(v[`${m}.refiningChargePerToz`]) ?? '0' }
  }
  return {
    schemaVersion: LOT_SCHEMA_VERSION, kind: 'catalyst-lot', id: s(v.id), name: s(v.name), currency: s(v.currency), pricingDate: s(v.pricingDate),
    ...(v.notes ? { notes: s(v.notes) } : {}),
    weights: { grossKg: s(v.grossKg), netWetKg: s(v.netWetKg), moistureFraction: s(v.moistureFraction) },
    assays, treatmentChargePerWetKg: s(v.treatmentChargePerWetKg), lotCharges: [], advance: null
  }
}

function blackMassOf(v: Row['values']): unknown {
  const payables = v.convention === 'li-inclusive'
    ? { convention: 'li-inclusive', nickel: s(v.niPayable), cobalt: s(v.coPayable) }
    : { convention: 'li-separate', nickel: s(v.niPayable), cobalt: s(v.coPayable), lithiumOfLce: s(v.liPayable) }
  return {
    schemaVersion: LOT_SCHEMA_VERSION, kind: 'black-mass-lot', id: s(v.id), name: s(v.name), currency: s(v.currency), pricingDate: s(v.pricingDate),
    ...(v.notes ? { notes: s(v.notes) } : {}),
    dryTonnes: s(v.dryTonnes), grades: { Ni: s(v.Ni), Co: s(v.Co), Li: s(v.Li) },
    prices: { nickel: { amount: s(v.niPrice), per: s(v.niPer) }, cobalt: { amount: s(v.coPrice), per: s(v.coPer) }, lithiumCarbonate: { amount: s(v.liPrice), per: s(v.liPer) } },
    payables, lotCharges: []
  }
}

/** Schema path → the column header it came from, for the error's column. */
function columnOf(path: readonly PropertyKey[], columns: readonly ColumnSpec[]): string {
  const p = path.map(String)
  const key = p[0] === 'weights' || p[0] === 'grades' ? p[1] : p[0] === 'assays' ? `${p[1]}.${p[2] ?? 'ppm'}` : p[0] === 'prices' ? ({ nickel: 'niPrice', cobalt: 'coPrice', lithiumCarbonate: 'liPrice' } as Record<string, string>)[p[1] ?? ''] : p[0] === 'payables' ? ({ nickel: 'niPayable', cobalt: 'coPayable', lithiumOfLce: 'liPayable' } as Record<string, string>)[p[1] ?? ''] : p[0]
  return columns.find((c) => c.field === key)?.header ?? p.join('.')
}

/** What the candidate holds at a schema path (zod 4 leaves `issue.input` out unless asked). */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root
  for (const k of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, k)) return undefined
    v = (v as Record<PropertyKey, unknown>)[k]
  }
  return v
}

/**
 * A schema issue → the code a person can act on: only an absent value is "required"; a value the
 * cell did give is out of range (too small/big) or otherwise invalid. (Before, zod 4 issues carried
 * no `input`, so every problem — "net wet is more than gross" too — was coded `required`.)
 */
function codeOf(issueCode: string, value: unknown): CellError['code'] {
  if (value === undefined) return 'required'
  if (issueCode === 'too_small' || issueCode === 'too_big') return 'out-of-range'
  return 'invalid-value'
}

/** `progress` is stepped once per row, after the row's lot is checked. */
export function toLots(sheet: string, rows: Row[], kind: 'catalyst' | 'black-mass', progress?: ProgressCounter): { lots: (CatalystLot | BlackMassLot)[]; errors: CellError[] } {
  const errors: CellError[] = []
  const lots: (CatalystLot | BlackMassLot)[] = []
  const columns = kind === 'catalyst' ? CATALYST_LOT_COLUMNS : BLACK_MASS_LOT_COLUMNS
  const ids = new Map<string, number>()
  for (const r of rows) {
    progress?.step()
    const candidate = kind === 'catalyst' ? catalystOf(r.values) : blackMassOf(r.values)
    const parsed = kind === 'catalyst' ? catalystLotSchema.safeParse(candidate) : blackMassLotSchema.safeParse(candidate)
    if (!parsed.success) {
      for (const i of parsed.error.issues) {
        const column = columnOf(i.path, columns)
        const code = codeOf(i.code, valueAt(candidate, i.path))
        errors.push({ sheet, row: r.row, column, code, message: code === 'required' ? `'${column}' is required` : `'${column}': ${i.message}` })
      }
      continue
    }
    const prev = ids.get(parsed.data.id)
    if (prev !== undefined) errors.push({ sheet, row: r.row, column: 'Lot ID', code: 'duplicate-row', message: `Lot ID "${parsed.data.id}" also on row ${prev}` })
    ids.set(parsed.data.id, r.row)
    lots.push(parsed.data)
  }
  return { lots: errors.length ? [] : lots, errors }
}
