/**
 * The fixed parts of the .xlsx package around the sheets: content types, relationships, document
 * properties and the workbook part (sheet list, defined names, full calculation on load).
 */
import type { DefinedName } from '../types'
import type { SheetLayout } from './print-layout'
import { cleanText, esc } from './xml'

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships'
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml'

export const sheetPath = (i: number): string => `xl/worksheets/sheet${i + 1}.xml`

export function contentTypesXml(sheets: number): string {
  const over = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`
  return '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    over('xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml') +
    Array.from({ length: sheets }, (_, i) => over(sheetPath(i), SHEET_TYPE)).join('') +
    over('xl/theme/theme1.xml', 'application/vnd.openxmlformats-officedocument.theme+xml') +
    over('xl/styles.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml') +
    over('xl/sharedStrings.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml') +
    over('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    over('docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml') +
    '</Types>'
}

export function rootRelsXml(): string {
  return `<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    `<Relationship Id="rId2" Type="${PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`
}

/** Styles, theme and strings are rId1–3; sheet i is rId(i + 4). */
export function workbookRelsXml(sheets: number): string {
  const rel = (id: number, type: string, target: string) => `<Relationship Id="rId${id}" Type="${REL}/${type}" Target="${target}"/>`
  return `<Relationships xmlns="${PKG_REL}">` + rel(1, 'styles', 'styles.xml') + rel(2, 'theme', 'theme/theme1.xml') + rel(3, 'sharedStrings', 'sharedStrings.xml') +
    Array.from({ length: sheets }, (_, i) => rel(i + 4, 'worksheet', `worksheets/sheet${i + 1}.xml`)).join('') + '</Relationships>'
}

export function appXml(sheetNames: string[]): string {
  return '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Application>Bankable</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheetNames.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheetNames.length}" baseType="lpstr">${sheetNames.map((n) => `<vt:lpstr>${esc(n)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts></Properties>`
}

/** Creator and title are user text (the project's name): cleaned and escaped like any cell text. */
export function coreXml(meta: { creator: string; created: Date; title: string }): string {
  const when = meta.created.toISOString().replace(/\.\d{3}Z$/, 'Z')
  return '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${esc(cleanText(meta.creator))}</dc:creator><dc:title>${esc(cleanText(meta.title))}</dc:title><cp:lastModifiedBy>${esc(cleanText(meta.creator))}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
}

/** A sheet name as a formula reads it: always quoted, a quote inside doubled. */
const quoted = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'!`

/**
 * The workbook part: sheets in order, the model's names (workbook-scoped) and each sheet's print area
 * and print titles (sheet-scoped built-in names), and a full calculation on load since no formula
 * carries a cached value.
 */
export function workbookXml(sheets: { name: string; layout: SheetLayout }[], names: DefinedName[]): string {
  const defined = names.map((n) => `<definedName name="${esc(n.name)}">${esc(quoted(n.sheet) + n.ref)}</definedName>`)
  sheets.forEach(({ name, layout }, i) => {
    if (layout.printArea) defined.push(`<definedName name="_xlnm.Print_Area" localSheetId="${i}">${esc(quoted(name) + layout.printArea)}</definedName>`)
    const titles = [layout.titleCols, layout.titleRows].filter((t) => t !== undefined).map((t) => quoted(name) + t)
    if (titles.length) defined.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${esc(titles.join(','))}</definedName>`)
  })
  return `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr defaultThemeVersion="164011"/><bookViews><workbookView/></bookViews><sheets>` +
    sheets.map(({ name }, i) => `<sheet name="${esc(name)}" sheetId="${i + 1}" r:id="rId${i + 4}"/>`).join('') +
    `</sheets>${defined.length ? `<definedNames>${defined.join('')}</definedNames>` : ''}<calcPr calcId="171027" fullCalcOnLoad="1"/></workbook>`
}
