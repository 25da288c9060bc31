/**
 * `evaluate DIR|FILES… --csv [--jobs N]`: screen a pipeline of project files — one CSV row per file
 * (batch/row.ts has the columns), rows in input order whatever `--jobs`, a progress line on stderr, and
 * a bad file reported in its row while the others go on. Exit 0 when every file was evaluated, 1 when
 * any row carries an error (or a directory held no project file), 2 on a usage error.
 */
import { availableParallelism } from 'node:os'
import { expandInputs } from '../batch/inputs'
import { runBatch } from '../batch/pool'
import { BATCH_CSV_HEADER, batchCsvLine } from '../batch/row'
import { EXIT_OK, EXIT_PROBLEMS, type Output } from '../io'

export type BatchOptions = {
  /** Worker threads; 1 evaluates in this thread. Default: one per core, at most one per file. */
  jobs: number | null
  /** The script worker threads run (the command's entry); process.argv[1] for the real command. */
  workerEntry?: string
}

/** Most jobs accepted: far above any useful count (one per core), low enough that a typo cannot fork-bomb. */
export const MAX_JOBS = 64

export async function evaluateBatch(inputs: readonly string[], options: BatchOptions, out: Output): Promise<number> {
  const { files, empty } = await expandInputs(inputs)
  for (const dir of empty) out.stderr(`${dir}: no project files (*.json) in this directory\n`)
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), files.length, MAX_JOBS))
  out.stdout(BATCH_CSV_HEADER)
  const started = performance.now()
  let done = 0
  let failed = 0
  let shownAt = -Infinity
  const progress = (final: boolean) => {
    const now = performance.now()
    // A terminal gets one line redrawn in place; a log gets a line a second at most, and the last.
    if (!final && now - shownAt < (out.stderrIsTTY ? 100 : 1000)) return
    shownAt = now
    const text = final
      ? `evaluate: ${done} file${done === 1 ? '' : 's'} in ${((now - started) / 1000).toFixed(1)} s with ${jobs} job${jobs === 1 ? '' : 's'}, ${done - failed} evaluated, ${failed} failed`
      : `evaluate: ${done}/${files.length} files, ${failed} failed`
    out.stderr(out.stderrIsTTY ? `\r\x1b[K${text}${final ? '\n' : ''}` : `${text}\n`)
  }
  await runBatch(files, {
    jobs,
    workerEntry: options.workerEntry ?? process.argv[1] ?? '',
    onRow: (_index, row) => {
      out.stdout(batchCsvLine(row))
      done++
      if (row.error !== '') failed++
      progress(false)
    }
  })
  progress(true)
  return failed > 0 || empty.length > 0 ? EXIT_PROBLEMS : EXIT_OK
}
