/**
 * The one .xlsx writer (app, Worker and command line): SpreadsheetML written directly from a
 * WorkbookDesc, each sheet streamed row by row into its zip entry (deflated natively, see
 * xlsx/zip.ts). exceljs built a document tree of every cell first (3.4 s and about 1 GB for a
 * 30-year monthly model); this writes the same parts — shared strings, shared cell formats, shared
 * formulas without cached values, `fullCalcOnLoad` — in a fraction of it. The package mirrors what
 * exceljs wrote (parts, relationships, theme), which Excel, LibreOffice and Gnumeric open without
 * repair; `tests/shared/workbook/write-xlsx-parity.test.ts` reads both back cell by cell. Text is
 * always a plain string value (never a formula); numbers must be finite (else "Cannot export: …");
 * no notes are written.
 */
import type { WorkbookDesc } from './types'
import { appXml, contentTypesXml, coreXml, rootRelsXml, sheetPath, workbookRelsXml, workbookXml } from './xlsx/package-parts'
import { sheetLayout } from './xlsx/print-layout'
import { SharedStrings, sheetXml } from './xlsx/sheet-xml'
import { StyleTable } from './xlsx/styles'
import { THEME_XML } from './xlsx/theme'
import { XML_HEAD } from './xlsx/xml'
import { ZipWriter } from './xlsx/zip'

function* withHead(xml: Iterable<string>): Generator<string> {
  yield XML_HEAD
  yield* xml
}

/** The .xlsx bytes of a workbook description. Throws RangeError("Cannot export: …") on values Excel cannot hold. */
export async function writeWorkbookXlsx(desc: WorkbookDesc, meta: { creator: string; created: Date }): Promise<Uint8Array> {
  const zip = new ZipWriter(meta.created)
  const whole = (name: string, xml: string) => zip.add(name, [XML_HEAD, xml])
  const sheets = desc.sheets.map((s) => ({ name: s.name, desc: s, layout: sheetLayout(s) }))
  const strings = new SharedStrings()
  const styles = new StyleTable()
  await whole('[Content_Types].xml', contentTypesXml(sheets.length))
  await whole('_rels/.rels', rootRelsXml())
  await whole('docProps/app.xml', appXml(sheets.map((s) => s.name)))
  await whole('docProps/core.xml', coreXml({ ...meta, title: desc.title }))
  await whole('xl/workbook.xml', workbookXml(sheets, desc.names))
  await whole('xl/_rels/workbook.xml.rels', workbookRelsXml(sheets.length))
  // Strings and styles are collected while the sheets are written, so their parts come after them.
  for (const [i, s] of sheets.entries()) await zip.add(sheetPath(i), withHead(sheetXml(s.desc, s.layout, desc.title, strings, styles)))
  await whole('xl/theme/theme1.xml', THEME_XML)
  await whole('xl/styles.xml', styles.xml())
  await whole('xl/sharedStrings.xml', strings.xml())
  return zip.finish()
}
