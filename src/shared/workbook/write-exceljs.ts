/**
 * Kept for existing callers (the renderer's xlsx export imports this path). The bytes now come from
 * the direct SpreadsheetML writer in `write-xlsx.ts`: exceljs needed ~2 s to serialise a 30-year
 * monthly model and is no longer on the write path (CVE-2026-78207 has nothing to reach).
 */
import type { WorkbookDesc } from './types'
import { writeWorkbook } from './write-xlsx'

export async function writeWorkbookXlsx(desc: WorkbookDesc, meta: { creator: string; created: Date }): Promise<Uint8Array> {
  return writeWorkbook(desc, meta)
}
