/**
 * One call from a project to .xlsx bytes, shared by the app and the command line: run the engine,
 * build the description (live or values-only), write the .xlsx bytes (write-xlsx.ts).
 */
import { runModel } from '../engine'
import type { Project } from '../model'
import { buildModelWorkbook, type BuildOptions } from './build-model'

export type ExportResult = { ok: true; bytes: Uint8Array } | { ok: false; code: 'undefined-value' | 'invalid-project'; message: string }

export async function exportModelXlsx(project: Project, options: BuildOptions & { created: Date }): Promise<ExportResult> {
  const result = runModel(project)
  const built = buildModelWorkbook(project, result, options)
  if (!built.ok) return built
  try {
    // The writer and its zip library load on first export only: their own chunk in the renderer, never on the startup path.
    const { writeWorkbookXlsx } = await import('./write-xlsx')
    return { ok: true, bytes: await writeWorkbookXlsx(built.workbook, { creator: `Bankable ${options.appVersion}`, created: options.created }) }
  } catch (e) {
    if (e instanceof RangeError && e.message.startsWith('Cannot export')) return { ok: false, code: 'undefined-value', message: e.message }
    throw e
  }
}

