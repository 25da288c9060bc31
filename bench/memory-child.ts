/**
 * One measurement per process for bench/cli.ts: `baseline` (modules loaded, nothing run), `evaluate`
 * (runModel of the large model) or `export` (runModel, workbook description, .xlsx bytes). Prints
 * `{ maxRssMb, ms }` as JSON: max RSS is the process's peak, so each task gets a process of its own.
 */
import { runModel } from '../src/shared/engine'
import { buildModelWorkbook } from '../src/shared/workbook/build-model'
import { writeWorkbookXlsx } from '../src/shared/workbook/write-xlsx'
import { largeProject } from './engine'

async function main(what: string): Promise<void> {
  const project = largeProject()
  const t = performance.now()
  if (what === 'evaluate' || what === 'export') {
    const result = runModel(project)
    if (what === 'export') {
      const built = buildModelWorkbook(project, result, { exportedAt: 'bench', appVersion: 'bench', projectSha256: '0'.repeat(64) })
      if (!built.ok) throw new Error(built.message)
      await writeWorkbookXlsx(built.workbook, { creator: 'bench', created: new Date(0) })
    }
  } else if (what !== 'baseline') throw new Error(`unknown task ${what}`)
  const ms = performance.now() - t
  process.stdout.write(`${JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024, ms })}\n`)
}

void main(process.argv[2] ?? 'baseline')
