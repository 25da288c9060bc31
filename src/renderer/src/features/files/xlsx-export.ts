import type { ModelResult } from '@shared/engine'
import type { Project } from '@shared/model'
import { writeProjectFile } from '@shared/model/project-file'
import { buildModelWorkbook } from '@shared/workbook/build-model'

/**
 * The heavy half of "Export Excel", loaded with `import()` on first use so the workbook builder
 * and exceljs (~1 MB) stay out of the app's startup bundle.
 */
export type ExportStage = 'building' | 'writing'
export type XlsxOutcome = { ok: true; bytes: Uint8Array } | { ok: false; message: string }

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** Let the progress message paint before the next synchronous step. */
const nextFrame = () => new Promise<void>((r) => setTimeout(r, 0))

export async function buildXlsx(project: Project, result: ModelResult, meta: { appVersion: string; now: Date }, onStage: (s: ExportStage) => void): Promise<XlsxOutcome> {
  onStage('building')
  await nextFrame()
  const projectSha256 = await sha256Hex(writeProjectFile(project))
  const built = buildModelWorkbook(project, result, { exportedAt: meta.now.toISOString(), appVersion: meta.appVersion, projectSha256 })
  if (!built.ok) return { ok: false, message: built.message }
  onStage('writing')
  await nextFrame()
  const { writeWorkbookXlsx } = await import('@shared/workbook/write-exceljs')
  try {
    const bytes = await writeWorkbookXlsx(built.workbook, { creator: `Bankable ${meta.appVersion}`, created: meta.now })
    return { ok: true, bytes }
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) }
  }
}
