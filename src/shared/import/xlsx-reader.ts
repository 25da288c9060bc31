/**
 * Reads the cells of an untrusted .xlsx in a browser Worker or in Node (no Node built-ins): our own
 * small SpreadsheetML reader over the guarded ZIP reader, so no spreadsheet library ever sees the file.
 * It keeps what validation needs: numbers with their kind of format (percent/date), text (rich text
 * flattened), booleans, error cells and formulas without a cached value. Hyperlinks are never followed.
 */
import { type ImportFailure, type ZipArchive, ZIP_LIMITS, openZip, sniff } from './zip'

export const SHEET_LIMITS = { maxRows: 100_000, maxCols: 200 } as const

export type RawCell =
  | { kind: 'number'; value: number; format: 'percent' | 'date' | 'general' }
  | { kind: 'text'; value: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'error'; value: string }
  | { kind: 'formula-uncached' }

export type RawSheet = { name: string; rows: Map<number, ReadonlyMap<number, RawCell>>; maxRow: number; maxCol: number }
export type RawWorkbook = { ok: true; sheets: RawSheet[]; date1904: boolean }

const fail = (code: ImportFailure['code'], message: string): ImportFailure => ({ ok: false, code, message })

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
/** XML text → string: entities and Excel's _xHHHH_ escapes. */
export function decodeXml(s: string): string {
  return s
    .replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (m, e: string) => {
      if (e[0] === '#') {
        const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
        return cp <= 0x10ffff ? String.fromCodePoint(cp) : m
      }
      return ENTITY[e] ?? m
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
}

const attr = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)
  return m ? decodeXml(m[1]!) : null
}

/** Concatenated text of every <t> inside a fragment (rich-text runs flattened). */
function textOf(fragment: string): string {
  let out = ''
  let i = 0
  for (;;) {
    const a = fragment.indexOf('<t', i)
    if (a < 0) break
    const close = fragment.indexOf('>', a)
    if (close < 0) break
    const nextCh = fragment[a + 2]
    if (nextCh !== '>' && nextCh !== ' ' && nextCh !== '/') { i = a + 2; continue }
    if (fragment[close - 1] === '/') { i = close + 1; continue }
    const b = fragment.indexOf('</t>', close)
    if (b < 0) break
    out += decodeXml(fragment.slice(close + 1, b))
    i = b + 4
  }
  return out
}

/** Each `<name …>…</name>` or `<name …/>` element, scanned with indexOf (no backtracking regex). */
function* elements(xml: string, name: string): Generator<{ tag: string; body: string }> {
  let i = 0
  const open = `<${name}`
  for (;;) {
    const a = xml.indexOf(open, i)
    if (a < 0) return
    const after = xml[a + open.length]
    if (after !== ' ' && after !== '>' && after !== '/') { i = a + open.length; continue }
    const end = xml.indexOf('>', a)
    if (end < 0) return
    const tag = xml.slice(a, end + 1)
    if (xml[end - 1] === '/') { yield { tag, body: '' }; i = end + 1; continue }
    const close = xml.indexOf(`</${name}>`, end)
    if (close < 0) return
    yield { tag, body: xml.slice(end + 1, close) }
    i = close + name.length + 3
  }
}

const BUILTIN_PERCENT = new Set([9, 10])
const BUILTIN_DATE = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47])

function formatKinds(stylesXml: string | null): ('percent' | 'date' | 'general')[] {
  if (!stylesXml) return []
  const custom = new Map<number, string>()
  for (const e of elements(stylesXml, 'numFmt')) custom.set(Number(attr(e.tag, 'numFmtId')), attr(e.tag, 'formatCode') ?? '')
  const xfs = [...elements(stylesXml, 'cellXfs')][0]?.body ?? ''
  const kinds: ('percent' | 'date' | 'general')[] = []
  for (const e of elements(xfs, 'xf')) {
    const id = Number(attr(e.tag, 'numFmtId') ?? 0)
    const code = custom.get(id)
    if (code !== undefined) {
      const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '')
      kinds.push(bare.includes('%') ? 'percent' : /[dmyhs]/i.test(bare) ? 'date' : 'general')
    } else kinds.push(BUILTIN_PERCENT.has(id) ? 'percent' : BUILTIN_DATE.has(id) ? 'date' : 'general')
  }
  return kinds
}

/** "BC12" → [row 12, col 55]. */
function parseRef(ref: string): [number, number] | null {
  const m = /^([A-Z]{1,3})(\d{1,7})$/.exec(ref)
  if (!m) return null
  let col = 0
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64
  return [Number(m[2]), col]
}

/** xsd:double as Excel writes it: decimal digits, optional fraction and exponent. */
const XML_NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d{1,3})?$/

/** The text of the first <v>…</v> of a cell body, or null; indexOf, so 80k "<v>" cost one pass. */
function valueOf(body: string): string | null {
  const a = body.indexOf('<v>')
  if (a < 0) return null
  const b = body.indexOf('</v>', a + 3)
  return b < 0 ? null : decodeXml(body.slice(a + 3, b))
}

const badCell = (sheet: string, tag: string, why: string) => fail('invalid-cell', `${sheet}!${attr(tag, 'r') ?? '?'}: ${why}`)

const rangeError = (sheet: string) => fail('range-too-large', `Sheet "${sheet}": range too large (max ${SHEET_LIMITS.maxRows.toLocaleString('en-US')} rows × ${SHEET_LIMITS.maxCols} columns)`)

function readText(zip: ZipArchive, name: string, budget: { left: number }): string | ImportFailure {
  const bytes = zip.read(name, budget.left)
  if (!(bytes instanceof Uint8Array)) return bytes
  budget.left -= bytes.length
  return new TextDecoder().decode(bytes)
}

export function readXlsx(bytes: Uint8Array): RawWorkbook | ImportFailure {
  const kind = sniff(bytes)
  if (kind === 'empty') return fail('empty', 'File is empty')
  if (kind === 'cfb') return fail('encrypted', 'Encrypted workbooks are not supported — save without password (or this is an old .xls: save as .xlsx)')
  if (kind !== 'zip') return fail('not-xlsx', 'Not an Excel workbook (.xlsx)')
  const zip = openZip(bytes)
  if ('ok' in zip) return zip
  if (zip.entries.has('EncryptedPackage')) return fail('encrypted', 'Encrypted workbooks are not supported — save without password')
  if (!zip.entries.has('xl/workbook.xml')) {
    if (zip.entries.has('xl/workbook.bin')) return fail('unsupported-format', 'Unsupported format .xlsb — save as .xlsx')
    if (zip.entries.has('content.xml')) return fail('unsupported-format', 'Unsupported format .ods — save as .xlsx')
    return fail('not-xlsx', 'Not an Excel workbook (.xlsx)')
  }
  const budget = { left: ZIP_LIMITS.maxTotalUncompressedBytes }
  const wbXml = readText(zip, 'xl/workbook.xml', budget)
  if (typeof wbXml !== 'string') return wbXml
  const relsXml = zip.entries.has('xl/_rels/workbook.xml.rels') ? readText(zip, 'xl/_rels/workbook.xml.rels', budget) : ''
  if (typeof relsXml !== 'string') return relsXml
  // indexOf scanning, not /<workbookPr[^>]*…/: that regex rescans to the next ">" from every
  // "<workbookPr" and took 57 s on 80k repeats without one.
  const wbPr = elements(wbXml, 'workbookPr').next()
  const date1904 = !wbPr.done && /^(1|true)$/.test(attr(wbPr.value.tag, 'date1904') ?? '')
  const targets = new Map<string, string>()
  for (const e of elements(relsXml, 'Relationship')) {
    const target = attr(e.tag, 'Target') ?? ''
    targets.set(attr(e.tag, 'Id') ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`)
  }
  let shared: string[] = []
  if (zip.entries.has('xl/sharedStrings.xml')) {
    const ss = readText(zip, 'xl/sharedStrings.xml', budget)
    if (typeof ss !== 'string') return ss
    shared = [...elements(ss, 'si')].map((e) => textOf(e.body))
  }
  let stylesXml: string | null = null
  if (zip.entries.has('xl/styles.xml')) {
    const st = readText(zip, 'xl/styles.xml', budget)
    if (typeof st !== 'string') return st
    stylesXml = st
  }
  const formats = formatKinds(stylesXml)
  const sheets: RawSheet[] = []
  for (const e of elements(wbXml, 'sheet')) {
    const name = attr(e.tag, 'name') ?? `Sheet${sheets.length + 1}`
    const path = targets.get(attr(e.tag, 'r:id') ?? '') ?? ''
    if (!zip.entries.has(path)) continue
    const xml = readText(zip, path, budget)
    if (typeof xml !== 'string') return xml
    const dim = /<dimension\s+ref="([A-Z]+\d+)(?::([A-Z]+\d+))?"/.exec(xml)
    if (dim) {
      const last = parseRef(dim[2] ?? dim[1]!)
      if (last && (last[0] > SHEET_LIMITS.maxRows || last[1] > SHEET_LIMITS.maxCols)) return rangeError(name)
    }
    const rows = new Map<number, Map<number, RawCell>>()
    let maxRow = 0
    let maxCol = 0
    for (const c of elements(xml, 'c')) {
      const rc = parseRef(attr(c.tag, 'r') ?? '')
      if (!rc) return fail('damaged', `Sheet "${name}": a cell has no valid address`)
      const [r, col] = rc
      if (r > SHEET_LIMITS.maxRows || col > SHEET_LIMITS.maxCols) return rangeError(name)
      const t = attr(c.tag, 't') ?? 'n'
      const s = Number(attr(c.tag, 's') ?? 0)
      const hasF = c.body.includes('<f')
      const v = valueOf(c.body)
      let cell: RawCell | null = null
      if (t === 'inlineStr') cell = { kind: 'text', value: textOf(c.body) }
      else if (hasF && v === null) cell = { kind: 'formula-uncached' }
      else if (v === null) cell = null
      else if (t === 'str') cell = { kind: 'text', value: v }
      else if (v === '') return badCell(name, c.tag, 'the cell has an empty value (<v></v>)')
      else if (t === 's') {
        // An index that is not a number or points past the table would silently empty the cell.
        const k = /^\d{1,9}$/.test(v) ? Number(v) : -1
        if (k < 0 || k >= shared.length) return badCell(name, c.tag, `shared-string index "${v}" does not exist (the file has ${shared.length})`)
        cell = { kind: 'text', value: shared[k]! }
      } else if (t === 'b') {
        if (v !== '0' && v !== '1') return badCell(name, c.tag, `"${v}" is not a boolean (0 or 1)`)
        cell = { kind: 'bool', value: v === '1' }
      }
      else if (t === 'e') cell = { kind: 'error', value: v }
      else if (t === 'd') cell = { kind: 'text', value: v.slice(0, 10) }
      else {
        // Number() would also read "0x7D0" as 2000 and "0b101" as 5: only decimal notation is a number.
        if (!XML_NUMBER.test(v)) return badCell(name, c.tag, `"${v}" is not a decimal number`)
        const n = Number(v)
        cell = Number.isFinite(n) ? { kind: 'number', value: n, format: formats[s] ?? 'general' } : { kind: 'error', value: '#VALUE!' }
      }
      if (!cell) continue
      let row = rows.get(r)
      if (!row) { row = new Map(); rows.set(r, row) }
      row.set(col, cell)
      maxRow = Math.max(maxRow, r)
      maxCol = Math.max(maxCol, col)
    }
    sheets.push({ name, rows, maxRow, maxCol })
  }
  if (sheets.length === 0) return fail('not-xlsx', 'Not an Excel workbook (.xlsx): no worksheets')
  return { ok: true, sheets, date1904 }
}
