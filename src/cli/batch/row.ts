/**
 * One summary row per project file for the batch screen (`evaluate DIR|FILES… --csv`): the headline
 * figures a financier reads first, or why the file gave none. A row is plain data (strings, numbers,
 * null) so it crosses the worker boundary by structured clone unchanged, and every failure — a file that
 * cannot be read, is not JSON, fails the schema, or trips the engine — is a row with its error, never an
 * exception that stops the batch.
 */
import { computeAllPricesBreakeven, runModel, type Metric } from '@shared/engine'
import { bankabilityChecklist, overallGrade } from '@shared/format/checklist'
import { readProjectFile } from '@shared/model/project-file'
import { projectSha256 } from '@shared/review/project-hash'
import { csvCell } from '@shared/analysis/monte-carlo/draws-table'
import { readTextFile } from '../io'

/** The CSV columns, in order (README "Batch screening" documents each). Numbers as `evaluate --json` prints them. */
export const BATCH_COLUMNS = [
  'file', 'fingerprint', 'name', 'currency', 'grade', 'projectIrr', 'equityIrr', 'npv', 'minDscr', 'minDscrAllOperating', 'llcr', 'debtAtCod',
  'supplyCoverage', 'offtakeCoverage', 'peakSponsorSupport', 'breakevenAllPricesDscr1', 'error'
] as const
export type BatchColumn = (typeof BATCH_COLUMNS)[number]

/** `grade`: the bankability checklist's overall grade (green, amber, red; na when nothing applies). Empty strings and nulls for a file that failed. */
export type BatchRow = Record<BatchColumn, string | number | null>

const orNull = (m: Metric): number | null => (m.ok ? m.value.toNumber() : null)

/** A row for a file that gave no figures: its name and the reason, every other cell empty. */
export function failedRow(file: string, error: string): BatchRow {
  const row = Object.fromEntries(BATCH_COLUMNS.map((c) => [c, null])) as BatchRow
  row.file = file
  row.error = error
  return row
}

/**
 * Read, validate and evaluate one project file. The schema's problems are summarised as the count and
 * the first `path: message`; an exception from the engine (a bug, never an expected outcome) becomes
 * "internal error: …" in the row, so one bad file never costs the rest of the pipeline.
 */
export async function summariseFile(file: string): Promise<BatchRow> {
  const read = await readTextFile(file)
  if (!read.ok) return failedRow(file, read.message.startsWith(`${file}: `) ? read.message.slice(file.length + 2) : read.message)
  try {
    const parsed = readProjectFile(read.text)
    if (!parsed.ok) {
      const first = parsed.issues[0]
      const n = parsed.issues.length
      return failedRow(file, `${n} problem${n === 1 ? '' : 's'}${first ? `; first ${first.path}: ${first.message}` : ''}`)
    }
    const project = parsed.value
    const result = runModel(project)
    const m = result.metrics
    return {
      file,
      fingerprint: projectSha256(project),
      name: project.name,
      currency: result.currency,
      grade: overallGrade(bankabilityChecklist(project, result)),
      projectIrr: orNull(m.projectIrr),
      equityIrr: orNull(m.equityIrr),
      npv: m.npv.toNumber(),
      minDscr: orNull(m.minDscr),
      minDscrAllOperating: orNull(m.minDscrAllOperating),
      llcr: orNull(m.llcr),
      debtAtCod: m.debtAtCod.toNumber(),
      supplyCoverage: orNull(m.supplyCoverage),
      offtakeCoverage: orNull(m.offtakeCoverage),
      peakSponsorSupport: m.peakSponsorSupport.toNumber(),
      breakevenAllPricesDscr1: orNull(computeAllPricesBreakeven(project, 'minDscr1', { baseDebt: result.debt, baseRun: result }).metric),
      error: ''
    }
  } catch (e) {
    return failedRow(file, `internal error: ${e instanceof Error ? e.message : String(e)}`)
  }
}

/**
 * One CSV record (RFC 4180: fields with a comma, quote or line break quoted, quotes doubled; records end
 * in CRLF). Text cells that a spreadsheet would run as a formula (= + - @ …) get a leading apostrophe
 * (csvCell, as the Monte Carlo CSV): a project name or file name is input from whoever wrote the file.
 */
export const batchCsvLine = (row: BatchRow): string => `${BATCH_COLUMNS.map((c) => csvCell(row[c])).join(',')}\r\n`

export const BATCH_CSV_HEADER = `${BATCH_COLUMNS.join(',')}\r\n`
