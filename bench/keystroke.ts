import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Keystroke to results: the median time from one edit of a sample project to updated results, as
 * the app does it — applyEdit's clone + mutate + validate, the engine run (in the Web Worker in the
 * app), the result crossing the worker boundary (encode, structured clone, decode) and the Results
 * selectors (cards, checklist, waterfall, chart data). The budget is 100 ms per edit.
 */
export type KeystrokeReport = { file: string; periods: number; medianMs: number; p95Ms: number; parts: Record<string, number> }

const ROOT = join(__dirname, '..')
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!

function projectFiles(): string[] {
  const dir = join(ROOT, 'resources/samples')
  const samples = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f))
  return samples.length > 0 ? samples : [join(ROOT, 'tests/fixtures/minimal-project.json')]
}

export async function benchKeystroke(iterations = 15): Promise<KeystrokeReport[]> {
  const { readProjectFile } = await import('../src/shared/model/project-file')
  const { parseProject } = await import('../src/shared/model')
  const { runModel } = await import('../src/shared/engine')
  const { dec } = await import('../src/shared/decimal')
  const { encodeResult, decodeResult } = await import('../src/renderer/src/model/codec')
  const { cardViews } = await import('../src/renderer/src/features/results/metric-cards')
  const { bankabilityChecklist } = await import('../src/renderer/src/features/results/checklist')
  const { waterfallRows } = await import('../src/renderer/src/features/results/waterfall')
  const { chartData } = await import('../src/renderer/src/features/results/chart-data')

  const reports: KeystrokeReport[] = []
  for (const file of projectFiles()) {
    const read = readProjectFile(readFileSync(file, 'utf8'))
    if (!read.ok) throw new Error(`${file}: ${read.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`)
    let doc = read.value
    const parts: Record<string, number[]> = { edit: [], engine: [], transfer: [], selectors: [] }
    const totals: number[] = []
    runModel(doc) // warm up the JIT once
    for (let i = 0; i < iterations; i++) {
      const t0 = performance.now()
      const draft = structuredClone(doc)
      draft.costs.opex.fixedPerYear = String(1_000_000 + i * 1_250) // as if typing a new opex figure
      const parsed = parseProject(draft)
      if (!parsed.ok) throw new Error(`edit refused: ${parsed.issues[0]?.message}`)
      doc = parsed.value
      const t1 = performance.now()
      const result = runModel(doc)
      const t2 = performance.now()
      const back = decodeResult(structuredClone(encodeResult(result)))
      const t3 = performance.now()
      cardViews(back)
      bankabilityChecklist(doc, back)
      waterfallRows(back)
      chartData(back, dec(doc.lender.minDscr))
      const t4 = performance.now()
      parts.edit!.push(t1 - t0)
      parts.engine!.push(t2 - t1)
      parts.transfer!.push(t3 - t2)
      parts.selectors!.push(t4 - t3)
      totals.push(t4 - t0)
    }
    const report: KeystrokeReport = {
      file: file.slice(ROOT.length + 1),
      periods: runModel(doc).periods.length,
      medianMs: median(totals),
      p95Ms: p95(totals),
      parts: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, median(v)]))
    }
    const partText = Object.entries(report.parts).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')
    console.log(`keystroke→results  ${report.file} (${report.periods} periods): median ${report.medianMs.toFixed(1)} ms, p95 ${report.p95Ms.toFixed(1)} ms  [medians: ${partText} ms]`)
    reports.push(report)
  }
  return reports
}

if (require.main === module) void benchKeystroke()
