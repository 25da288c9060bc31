/**
 * The model's cell styles (what each StyleId looks like) and the styles part that carries them. Every
 * cell of a style shares one cell format (`xf`): a million-cell model costs one lookup per cell.
 */
import type { StyleId } from '../types'
import { esc } from './xml'

export type Font = { bold?: boolean; italic?: boolean; size?: number; color?: string }
export type StyleDef = { font?: Font; fill?: string; numFmt?: string; topBorder?: boolean; align?: 'right' | 'center' }

export const NUMBER_FORMATS = {
  money: '#,##0;[Red]-#,##0',
  quantity: '#,##0.00;[Red]-#,##0.00',
  number: '#,##0.00',
  factor: '0.000000',
  pct: '0.00%',
  ratio: '0.00"x"',
  date: 'yyyy-mm-dd',
  year: '0',
  flag: '0',
  display: '#,##0.00;[Red]-#,##0.00'
} as const

const BLUE = 'FF0000FF'
const INPUT_FILL = 'FFFFF2CC'
const input = (numFmt?: string): StyleDef => ({ font: { color: BLUE }, fill: INPUT_FILL, numFmt })
const solved = (numFmt: string): StyleDef => ({ font: { bold: true, color: 'FFC65911' }, fill: 'FFFCE4D6', numFmt })
const bold = (numFmt: string): StyleDef => ({ font: { bold: true }, numFmt })

/** Input cells: blue on pale yellow; solved values: orange on peach; formulas: black. */
export const STYLES: Record<StyleId, StyleDef> = {
  title: { font: { bold: true, size: 14, color: 'FF1F4E78' } },
  subtitle: { font: { italic: true, color: 'FF595959' } },
  header: { font: { bold: true, color: 'FFFFFFFF' }, fill: 'FF1F4E78', numFmt: '0', align: 'right' },
  section: { font: { bold: true, color: 'FF1F4E78' }, fill: 'FFDDEBF7' },
  label: {},
  unit: { font: { italic: true, color: 'FF7F7F7F' } },
  note: { font: { italic: true, color: 'FF595959' } },
  text: {},
  money: { numFmt: NUMBER_FORMATS.money },
  quantity: { numFmt: NUMBER_FORMATS.quantity },
  number: { numFmt: NUMBER_FORMATS.number },
  factor: { numFmt: NUMBER_FORMATS.factor },
  // Right-aligned so a ratio that does not exist ("n/a" in the Annual summary) lines up with the numbers.
  pct: { numFmt: NUMBER_FORMATS.pct, align: 'right' },
  ratio: { numFmt: NUMBER_FORMATS.ratio, align: 'right' },
  date: { numFmt: NUMBER_FORMATS.date, font: { color: 'FF1F4E78' } },
  year: { numFmt: NUMBER_FORMATS.year },
  flag: { numFmt: NUMBER_FORMATS.flag, font: { color: 'FF7F7F7F' } },
  check: { font: { bold: true }, align: 'center' },
  /** A check repeated elsewhere (the Cover): not highlighted, since LibreOffice then shows a referenced TRUE as 1. */
  checkCopy: { font: { bold: true }, align: 'center' },
  inMoney: input(NUMBER_FORMATS.money),
  /** Small amounts (check tolerance, minor unit): at least two decimals, so 0.01 never shows as 0. */
  inTolerance: input('#,##0.00########'),
  inQuantity: input('#,##0.######'),
  inNumber: input('0.######'),
  inFactor: input('0.0#########'),
  inPct: input('0.00##%'),
  inRatio: input(NUMBER_FORMATS.ratio),
  inDate: input(NUMBER_FORMATS.date),
  inYear: input('0'),
  inText: input(),
  inChoice: input(),
  solved: solved(NUMBER_FORMATS.money),
  solvedPct: solved('0.0000000000%'),
  solvedRatio: solved('0.0000000000"x"'),
  total: { font: { bold: true }, numFmt: NUMBER_FORMATS.money, topBorder: true },
  metricPct: bold(NUMBER_FORMATS.pct),
  metricMoney: bold(NUMBER_FORMATS.money),
  metricRatio: bold(NUMBER_FORMATS.ratio),
  metricYears: bold('0.00'),
  display: { numFmt: NUMBER_FORMATS.display },
  displayTotal: { font: { bold: true }, numFmt: NUMBER_FORMATS.display, topBorder: true },
  metricDisplay: bold(NUMBER_FORMATS.display),
  banner: { font: { bold: true, color: 'FF9C0006' }, fill: 'FFFFEB9C' },
  multiplier: { numFmt: '0.0000"×"' },
  count: { numFmt: '#,##0' },
  grade: { font: { bold: true }, align: 'center' }
}

/** Conditional fills of a grade cell by its text (Excel's own good / neutral / bad colours). */
export const GRADE_FILLS: [text: string, fill: string, font: string][] = [['green', 'FFC6EFCE', 'FF006100'], ['amber', 'FFFFEB9C', 'FF9C5700'], ['red', 'FFFFC7CE', 'FF9C0006']]
/** Check cells: TRUE green, FALSE red. */
export const CHECK_FILLS: [text: string, fill: string, font: string][] = [['TRUE', 'FFC6EFCE', 'FF006100'], ['FALSE', 'FFFFC7CE', 'FF9C0006']]
/** Differential formats (dxfId) of the conditional formats: the grade fills (bold), then the check fills. */
export const GRADE_DXF = 0
export const CHECK_DXF = GRADE_FILLS.length

/** Excel's built-in number formats the styles use (a custom id starts at 164). */
const BUILT_IN_FORMATS: Record<string, number> = { '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0.00%': 10 }

/** Cell formats in order of first use; index 0 is the default (Calibri 11, no fill). */
export class StyleTable {
  private readonly fonts = ['<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>']
  private readonly fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']
  private readonly borders = ['<border><left/><right/><top/><bottom/><diagonal/></border>', '<border><left/><right/><top style="thin"/><bottom/><diagonal/></border>']
  private readonly numFmts: string[] = []
  private readonly xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']
  private readonly byKey = new Map<string, number>()

  /** The cell format index (`s`) of a style; `wrap`: the label column's wrapped variant (alignment = wrap only). */
  xf(id: StyleId, wrap = false): number {
    const key = wrap ? `${id}|wrap` : id
    const hit = this.byKey.get(key)
    if (hit !== undefined) return hit
    const d = STYLES[id]
    const font = d.font ? this.index(this.fonts, fontXml(d.font)) : 0
    const fill = d.fill ? this.index(this.fills, `<fill><patternFill patternType="solid"><fgColor rgb="${d.fill}"/></patternFill></fill>`) : 0
    const border = d.topBorder ? 1 : 0
    const numFmt = d.numFmt ? this.numFmtId(d.numFmt) : 0
    const align = wrap ? '<alignment wrapText="1"/>' : d.align ? `<alignment horizontal="${d.align}"/>` : ''
    const applies = (numFmt ? ' applyNumberFormat="1"' : '') + (font ? ' applyFont="1"' : '') + (fill ? ' applyFill="1"' : '') + (border ? ' applyBorder="1"' : '') + (align ? ' applyAlignment="1"' : '')
    const head = `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${applies}`
    const n = this.xfs.push(align ? `${head}>${align}</xf>` : `${head}/>`) - 1
    this.byKey.set(key, n)
    return n
  }

  private index(list: string[], xml: string): number {
    const i = list.indexOf(xml)
    return i >= 0 ? i : list.push(xml) - 1
  }

  private numFmtId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code]
    if (builtIn !== undefined) return builtIn
    const i = this.numFmts.indexOf(code)
    return 164 + (i >= 0 ? i : this.numFmts.push(code) - 1)
  }

  /** The styles part: formats, fonts, fills, borders, cell formats and the conditional formats' dxfs. */
  xml(): string {
    const list = (tag: string, items: string[], extra = '') => `<${tag} count="${items.length}"${extra}>${items.join('')}</${tag}>`
    const dxf = ([, fill, font]: [string, string, string], isBold: boolean) =>
      `<dxf><font>${isBold ? '<b/>' : ''}<color rgb="${font}"/></font><fill><patternFill patternType="solid"><bgColor rgb="${fill}"/></patternFill></fill></dxf>`
    return '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (this.numFmts.length ? list('numFmts', this.numFmts.map((c, i) => `<numFmt numFmtId="${164 + i}" formatCode="${esc(c)}"/>`)) : '') +
      list('fonts', this.fonts) + list('fills', this.fills) + list('borders', this.borders) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.xfs) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list('dxfs', [...GRADE_FILLS.map((g) => dxf(g, true)), ...CHECK_FILLS.map((g) => dxf(g, false))]) +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>'
  }
}

function fontXml(f: Font): string {
  return `<font>${f.bold ? '<b/>' : ''}${f.italic ? '<i/>' : ''}<sz val="${f.size ?? 11}"/>${f.color ? `<color rgb="${f.color}"/>` : ''}<name val="Calibri"/><family val="2"/></font>`
}
