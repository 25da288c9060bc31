/**
 * Progress of an import, in rows: `done` of `total` data rows (the rows under the header, blank
 * ones included). Importing lots passes every row through two steps of about equal cost — typing
 * the cells (parseTable) and checking the assembled lot (toLots) — so a row counts half once typed
 * and whole once checked: `done` only grows, and the last report is `done === total`.
 * Reported every PROGRESS_EVERY steps, so a 100,000-row sheet makes ~100 calls, not 200,000.
 */
export type OnProgress = (done: number, total: number) => void

export const PROGRESS_EVERY = 2000

export type ProgressCounter = { step(): void; finish(): void }

const none: ProgressCounter = { step() {}, finish() {} }

/** Counts `stages` × `total` steps and reports them as rows. Without a callback, does nothing. */
export function progressCounter(onProgress: OnProgress | undefined, total: number, stages: number): ProgressCounter {
  if (!onProgress || total <= 0) return none
  let steps = 0
  let reported = -1
  const report = (done: number) => {
    if (done === reported) return
    reported = done
    onProgress(done, total)
  }
  return {
    step() {
      steps++
      if (steps % PROGRESS_EVERY === 0) report(Math.min(total, Math.floor(steps / stages)))
    },
    finish() {
      report(total)
    }
  }
}
