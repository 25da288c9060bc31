import type { Project } from '@shared/model'
import { projectSha256 as hashProject } from '@shared/review/project-hash'
import { exportModelXlsx } from '@shared/workbook/export-model'
import type { WorkbookAnalysis } from '@shared/workbook/model/analysis-sheets'

/**
 * Excel export off the UI thread: engine run, workbook description with its formula guard, and the
 * .xlsx bytes, through the same `exportModelXlsx` the command line uses (so both give one file).
 */
/** `analysis`: last computed analysis results to add as value sheets (none: the plain model). */
export type ExportRequest = { project: Project; appVersion: string; nowIso: string; analysis?: WorkbookAnalysis }
export type ExportReply = { ok: true; bytes: Uint8Array } | { ok: false; message: string }

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = async (ev: MessageEvent<ExportRequest>) => {
  const { project, appVersion, nowIso, analysis } = ev.data
  let reply: ExportReply
  try {
    const projectSha256 = hashProject(project)
    const r = await exportModelXlsx(project, { exportedAt: nowIso, appVersion, projectSha256, created: new Date(nowIso), ...(analysis ? { analysis } : {}) })
    reply = r.ok ? { ok: true, bytes: r.bytes } : { ok: false, message: r.message }
  } catch (e) {
    reply = { ok: false, message: e instanceof Error ? e.message : String(e) }
  }
  if (reply.ok) scope.postMessage(reply, [reply.bytes.buffer])
  else scope.postMessage(reply)
}
