/** Builds minimal hand-made .xlsx files (and hostile variants) for the import tests. */
import { strToU8, zipSync, type Zippable } from 'fflate'

export type SheetSpec = { name?: string; xml: string }

export function buildXlsx(sheets: SheetSpec[], opts: { sharedStrings?: string[]; richShared?: string; styles?: string; date1904?: boolean; extra?: Zippable } = {}): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(`<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${opts.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'}<sheets>${sheets.map((s, i) => `<sheet name="${s.name ?? `Sheet${i + 1}`}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`),
    ...Object.fromEntries(sheets.map((s, i) => [`xl/worksheets/sheet${i + 1}.xml`, strToU8(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${s.xml}</sheetData></worksheet>`)])),
    ...(opts.extra ?? {})
  }
  if (opts.sharedStrings || opts.richShared)
    files['xl/sharedStrings.xml'] = strToU8(`<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${(opts.sharedStrings ?? []).map((s) => `<si><t>${s}</t></si>`).join('')}${opts.richShared ?? ''}</sst>`)
  // Style 0 general, 1 percent (built-in 10), 2 date (built-in 14), 3 custom "0.0%".
  files['xl/styles.xml'] = strToU8(opts.styles ?? '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>')
  return zipSync(files)
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
/** A row of inline-string or number cells; `{ n, s }` sets a style. */
export function row(r: number, cells: (string | number | { n: number; s: number } | { raw: string } | null)[]): string {
  const col = (i: number) => String.fromCharCode(65 + i)
  return `<row r="${r}">${cells.map((c, i) => {
    const ref = `${col(i)}${r}`
    if (c === null) return ''
    if (typeof c === 'string') return `<c r="${ref}" t="inlineStr"><is><t>${esc(c)}</t></is></c>`
    if (typeof c === 'number') return `<c r="${ref}"><v>${c}</v></c>`
    if ('raw' in c) return c.raw.replace('REF', ref)
    return `<c r="${ref}" s="${c.s}"><v>${c.n}</v></c>`
  }).join('')}</row>`
}
