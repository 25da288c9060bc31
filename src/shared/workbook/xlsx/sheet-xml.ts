/**
 * One worksheet part, emitted row by row as XML text so a million-cell model never exists as a
 * document tree. Cell text goes to the shared-string table, styles to the shared cell formats;
 * formulas carry no cached value (the workbook asks for a full calculation on load).
 */
import { colLetter } from '../a1'
import type { Cell, SheetDesc, StyleId } from '../types'
import type { SheetLayout } from './print-layout'
import { CHECK_DXF, CHECK_FILLS, GRADE_DXF, GRADE_FILLS, type StyleTable } from './styles'
import { cleanText, esc, textElement } from './xml'

const MAX_TEXT = 32_767
const BOUND = 1e15
/**
 * Numeric input cells refuse text, so a typo in the exported model shows a message instead of
 * #VALUE! spreading through every sheet. Years must be whole; the bounds only exclude nonsense.
 */
const NUMERIC_INPUTS: ReadonlySet<StyleId> = new Set<StyleId>(['inMoney', 'inTolerance', 'inQuantity', 'inNumber', 'inFactor', 'inPct', 'inRatio', 'inDate'])

/** The workbook's shared-string table: each distinct text once, cells refer to it by index. */
export class SharedStrings {
  private readonly index = new Map<string, number>()
  readonly items: string[] = []
  count = 0

  add(v: string): number {
    this.count++
    let i = this.index.get(v)
    if (i === undefined) {
      i = this.items.push(v) - 1
      this.index.set(v, i)
    }
    return i
  }

  xml(): string {
    return `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.items.length}">${this.items.map((t) => `<si>${textElement(t)}</si>`).join('')}</sst>`
  }
}

/** A data validation (as its XML without the cells) and the cells it covers, as vertical runs. */
type Validation = { attrs: string; formulas: string; runs: [col: number, from: number, to: number][]; lastRun: Map<number, [number, number, number]> }

/** A validation rule: its attributes and its formulas (the cells it covers are added when written). */
type Rule = [attrs: string, formulas: string]

function numericValidation(whole: boolean, allowBlank: boolean): Rule {
  const blank = allowBlank ? ' allowBlank="1"' : ''
  return whole
    ? [`type="whole" operator="between"${blank} showErrorMessage="1" errorStyle="stop" errorTitle="Year expected" error="Enter a calendar year (1900 to 9999)."`, '<formula1>1900</formula1><formula2>9999</formula2>']
    : [`type="decimal" operator="between"${blank} showErrorMessage="1" errorStyle="stop" errorTitle="Number expected" error="${allowBlank ? 'This input must be a number, or blank for none.' : 'This input must be a number.'}"`, `<formula1>${-BOUND}</formula1><formula2>${BOUND}</formula2>`]
}

/** A drop-down of our own fixed words (never user text: a comma or quote would break the list). */
function choiceValidation(choices: readonly string[]): Rule {
  if (choices.some((x) => !/^[A-Za-z0-9 ]+$/.test(x))) throw new Error(`choice list must be plain words: ${choices.join('|')}`)
  return [`type="list" showErrorMessage="1" errorStyle="stop" errorTitle="Choose from the list" error="One of: ${choices.join(', ')}."`, `<formula1>&quot;${choices.join(',')}&quot;</formula1>`]
}

/** The one validation of a cell: a list named by a defined name, else a fixed list, else a numeric input's. */
function validationOf(c: Cell): Rule | undefined {
  if (c.choicesFrom) return [`type="list" showErrorMessage="1" errorStyle="stop" errorTitle="Choose from the list" error="One of the values of ${esc(c.choicesFrom)}."`, `<formula1>${esc(c.choicesFrom)}</formula1>`]
  if (c.choices) return choiceValidation(c.choices)
  if (c.style && (NUMERIC_INPUTS.has(c.style) || c.style === 'inYear')) return numericValidation(c.style === 'inYear', c.blankOk === true)
  return undefined
}

/** A shared run is written as such only when the following `count - 1` cells really are its clones. */
function sharedRunOk(cells: (Cell | undefined)[], from: number, count: number): boolean {
  for (let i = from + 1; i < from + count; i++) {
    const c = cells[i]
    if (!c || c.t !== 'f' || !c.shared || c.shared.master) return false
  }
  return true
}

function sheetPr(s: SheetDesc, layout: SheetLayout): string {
  return `<sheetPr>${s.tabColor ? `<tabColor rgb="${esc(s.tabColor)}"/>` : ''}<outlinePr summaryBelow="0" summaryRight="0"/>${layout.print.fit ? '<pageSetUpPr fitToPage="1"/>' : ''}</sheetPr>`
}

function sheetView(layout: SheetLayout): string {
  const f = layout.freeze
  if (!f) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>'
  const pane = f.rows > 0 && f.cols > 0 ? 'bottomRight' : f.rows > 0 ? 'bottomLeft' : 'topRight'
  const split = (f.cols > 0 ? ` xSplit="${f.cols}"` : '') + (f.rows > 0 ? ` ySplit="${f.rows}"` : '')
  return `<sheetViews><sheetView workbookViewId="0"><pane${split} topLeftCell="${colLetter(f.cols + 1)}${f.rows + 1}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`
}

function cols(widths: number[]): string {
  const out: string[] = []
  for (let i = 0; i < widths.length; i++) {
    const w = widths[i]
    if (w === undefined) continue
    let j = i
    while (widths[j + 1] === w) j++
    out.push(`<col min="${i + 1}" max="${j + 1}" width="${w}" customWidth="1"/>`)
    i = j
  }
  return out.length ? `<cols>${out.join('')}</cols>` : ''
}

/** Cells equal to each value get that value's dxf; `quoted`: the values are texts (grades), else booleans (checks). */
function conditional(sqref: string, fills: [string, string, string][], quoted: boolean, dxf: number, priority: number): string {
  const rules = fills.map(([v], i) => `<cfRule type="cellIs" dxfId="${dxf + i}" priority="${priority + i}" operator="equal"><formula>${quoted ? `&quot;${esc(v)}&quot;` : v}</formula></cfRule>`)
  return `<conditionalFormatting sqref="${esc(sqref)}">${rules.join('')}</conditionalFormatting>`
}

/** Page header and footer text: `&` starts a code in Excel's header language, so a literal one is doubled. */
const headerText = (v: string): string => cleanText(v).replace(/&/g, '&&').slice(0, 120)

/**
 * The worksheet part of `s`, a row at a time (the text is deflated as it comes). Throws
 * RangeError("Cannot export: …") on a value Excel cannot hold: a number that is not finite, a text
 * longer than a cell holds.
 */
export function* sheetXml(s: SheetDesc, layout: SheetLayout, title: string, strings: SharedStrings, styles: StyleTable): Generator<string> {
  let maxCol = 1
  for (const cells of s.rows) if (cells && cells.length > maxCol) maxCol = cells.length
  yield '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
  yield sheetPr(s, layout) + `<dimension ref="A1:${colLetter(maxCol)}${Math.max(1, s.rows.length)}"/>` + sheetView(layout)
  yield `<sheetFormatPr defaultRowHeight="15"${s.groups.length ? ' outlineLevelRow="1"' : ''}/>` + cols(layout.widths) + '<sheetData>'
  const grouped = new Uint8Array(s.rows.length + 2)
  for (const g of s.groups) for (let r = g.from; r <= g.to && r <= s.rows.length; r++) grouped[r] = 1
  const validations = new Map<string, Validation>()
  const checks: string[] = []
  // Shared-formula ids are the sheet's, not the row's: LibreOffice keys the whole sheet's masters by id.
  let si = -1
  for (let ri = 0; ri < s.rows.length; ri++) {
    const cells = s.rows[ri]
    if (!cells || cells.length === 0) continue
    const r = ri + 1
    const wrapLines = layout.wrapRows.get(r)
    let xml = `<row r="${r}"${grouped[r] ? ' outlineLevel="1"' : ''}${wrapLines !== undefined ? ` ht="${15 * wrapLines}" customHeight="1"` : ''}>`
    let master = -1
    let left = 0
    for (let ci = 0; ci < cells.length; ci++) {
      const c = cells[ci]
      if (!c) continue
      const ref = colLetter(ci + 1) + r
      const xf = c.style || (ci === 0 && wrapLines !== undefined) ? styles.xf(c.style ?? 'text', ci === 0 && wrapLines !== undefined) : 0
      const sAttr = xf ? ` s="${xf}"` : ''
      switch (c.t) {
        case 'n':
          if (typeof c.v !== 'number' || !Number.isFinite(c.v)) throw new RangeError(`Cannot export: ${s.name}!${ref} is undefined (${String(c.v)})`)
          xml += `<c r="${ref}"${sAttr}><v>${c.v}</v></c>`
          break
        case 's': {
          const v = String(c.v)
          if (v.length > MAX_TEXT) throw new RangeError(`Cannot export: text in ${s.name}!${ref} is longer than ${MAX_TEXT} characters`)
          xml += `<c r="${ref}"${sAttr} t="s"><v>${strings.add(v)}</v></c>`
          break
        }
        case 'b':
          xml += `<c r="${ref}"${sAttr} t="b"><v>${c.v === true ? 1 : 0}</v></c>`
          break
        case 'blank':
          if (xf) xml += `<c r="${ref}"${sAttr}/>`
          break
        case 'f': {
          // Shared formulas: one pattern per calculation row, stored once (smaller file, faster write and load).
          const sh = c.shared
          if (sh && sh.count > 1 && sh.master && sharedRunOk(cells, ci, sh.count)) {
            master = ++si
            left = sh.count - 1
            xml += `<c r="${ref}"${sAttr}><f t="shared" ref="${ref}:${colLetter(ci + sh.count)}${r}" si="${si}">${esc(String(c.f))}</f></c>`
          } else if (sh && sh.count > 1 && !sh.master && master >= 0 && left > 0) {
            left--
            xml += `<c r="${ref}"${sAttr}><f t="shared" si="${master}"/></c>`
          } else xml += `<c r="${ref}"${sAttr}><f>${esc(String(c.f))}</f></c>`
          break
        }
      }
      if (c.style === 'check') checks.push(ref)
      const v = c.style || c.choices || c.choicesFrom ? validationOf(c) : undefined
      if (v !== undefined) addValidation(validations, v, ci + 1, r)
    }
    yield xml + '</row>'
  }
  yield '</sheetData>' + tail(s, layout, title, validations, checks)
}

function addValidation(all: Map<string, Validation>, [attrs, formulas]: Rule, col: number, row: number): void {
  const key = attrs + formulas
  let v = all.get(key)
  if (!v) all.set(key, (v = { attrs, formulas, runs: [], lastRun: new Map() }))
  const run = v.lastRun.get(col)
  if (run && run[2] === row - 1) run[2] = row
  else {
    const fresh: [number, number, number] = [col, row, row]
    v.runs.push(fresh)
    v.lastRun.set(col, fresh)
  }
}

/** Conditional formats, validations, margins, page setup and the printed header and footer. */
function tail(s: SheetDesc, layout: SheetLayout, title: string, validations: Map<string, Validation>, checks: string[]): string {
  let out = ''
  let priority = 1
  for (const ref of s.gradeRanges ?? []) {
    out += conditional(ref, GRADE_FILLS, true, GRADE_DXF, priority)
    priority += GRADE_FILLS.length
  }
  if (checks.length) out += conditional(checks.join(' '), CHECK_FILLS, false, CHECK_DXF, priority)
  if (validations.size) {
    out += `<dataValidations count="${validations.size}">`
    for (const v of validations.values()) {
      const sqref = v.runs.map(([c, from, to]) => (from === to ? `${colLetter(c)}${from}` : `${colLetter(c)}${from}:${colLetter(c)}${to}`)).join(' ')
      out += `<dataValidation ${v.attrs} sqref="${sqref}">${v.formulas}</dataValidation>`
    }
    out += '</dataValidations>'
  }
  out += '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>'
  const fit = layout.print.fit ? ' fitToWidth="1" fitToHeight="0"' : ` scale="${layout.print.scale}"`
  out += `<pageSetup paperSize="9" orientation="${s.landscape ? 'landscape' : 'portrait'}"${fit}/>`
  // Every printed page says whose model, which sheet, and which page of how many.
  out += `<headerFooter><oddHeader>${esc(`&L&"Calibri,Bold"${headerText(title)}&R&A`)}</oddHeader><oddFooter>${esc('&LBankable model&CPage &P of &N&R&A')}</oddFooter></headerFooter>`
  return out + '</worksheet>'
}
