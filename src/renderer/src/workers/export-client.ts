import type { Project } from '@shared/model'
import type { WorkbookAnalysis } from '@shared/workbook/model/analysis-sheets'
import type { ExportReply, ExportRequest } from './export.worker'

/**
 * Runs one Excel export in its own Worker (a separate chunk with the engine, the workbook builder and
 * the xlsx writer, loaded only when someone exports) and ends the worker afterwards.
 */
export function buildXlsx(project: Project, meta: { appVersion: string; now: Date }, analysis?: WorkbookAnalysis): Promise<ExportReply> {
  return new Promise((resolve) => {
    let worker: Worker
    try {
      worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module', name: 'bankable-export' })
    } catch (e) {
      return resolve({ ok: false, message: `the export could not start (${e instanceof Error ? e.message : String(e)})` })
    }
    const done = (r: ExportReply) => {
      worker.terminate()
      resolve(r)
    }
    worker.onmessage = (ev: MessageEvent<ExportReply>) => done(ev.data)
    worker.onerror = (ev) => {
      ev.preventDefault()
      done({ ok: false, message: `the export stopped (${ev.message || 'unknown error'})` })
    }
    worker.postMessage({ project, appVersion: meta.appVersion, nowIso: meta.now.toISOString(), ...(analysis ? { analysis } : {}) } satisfies ExportRequest)
  })
}
