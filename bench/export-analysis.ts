/**
 * `export --with-analysis` at 150, 300 and 600 periods (issue 11 reported 95 s at 600 against 2.7 s
 * for a plain export). Every step is a fixed number of model runs, each linear in the periods, so the
 * time should double when the periods double: the verdict reads the ratio t(600)/t(300) — about 2 is
 * linear, about 4 quadratic — not a wall-clock limit.
 */
import { readFileSync } from 'node:fs'
import { computeExportAnalysis } from '../src/cli/commands/export-analysis'
import { runModel } from '../src/shared/engine'
import { parseProject, type Project } from '../src/shared/model'
import { buildModelWorkbook } from '../src/shared/workbook/build-model'
import { writeWorkbookXlsx } from '../src/shared/workbook/write-xlsx'

const cpuMs = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000 }

/** A sample stretched to `periods` monthly periods: construction a fifth (1–120 months), operations the rest in whole years. */
export function longProject(sample: string, periods: number): Project {
  const p = JSON.parse(readFileSync(`resources/samples/${sample}`, 'utf8')) as Project
  let construction = Math.min(120, Math.max(1, Math.round(periods / 5)))
  let years = Math.floor((periods - construction) / 12)
  construction = periods - years * 12
  while (construction > 120) { years++; construction -= 12 }
  if (years < 1 || years > 40 || construction < 1) throw new Error(`cannot make ${periods} monthly periods`)
  p.timeline = { ...p.timeline, periodMonths: 1, constructionMonths: construction, operatingYears: years }
  p.costs.capex.phasing = []
  const debt = p.financing.tranches[0]!
  debt.tenorYears = Math.max(1, Math.min(debt.tenorYears, years - Math.ceil(debt.graceMonths / 12)))
  const r = parseProject(p)
  if (!r.ok) throw new Error(`${sample} at ${periods} periods: ${JSON.stringify(r.issues.slice(0, 3))}`)
  return r.value
}

async function exportWithAnalysis(project: Project): Promise<number> {
  const c = cpuMs()
  const result = runModel(project)
  const analysis = computeExportAnalysis(project, { withAnalysis: true, draws: null, computedAt: 'bench' })
  if (!analysis.ok) throw new Error(analysis.message)
  const built = buildModelWorkbook(project, result, { exportedAt: 'bench', appVersion: 'bench', projectSha256: '0'.repeat(64), analysis: analysis.value ?? undefined })
  if (!built.ok) throw new Error(built.message)
  await writeWorkbookXlsx(built.workbook, { creator: 'bench', created: new Date(0) })
  return cpuMs() - c
}

export async function benchExportAnalysis(): Promise<string[]> {
  const lines: string[] = []
  for (const sample of ['pgm-catalyst-recovery.json', 'india-black-mass-hydromet.json']) {
    const cpu = new Map<number, number>()
    await exportWithAnalysis(longProject(sample, 150)) // warm-up
    for (const periods of [150, 300, 600]) cpu.set(periods, Math.min(await exportWithAnalysis(longProject(sample, periods)), await exportWithAnalysis(longProject(sample, periods))))
    const ratio = cpu.get(600)! / cpu.get(300)!
    lines.push(`export --with-analysis, ${sample}: ${[...cpu].map(([k, v]) => `${k} periods ${v.toFixed(0)} ms CPU`).join(' · ')}; t(600)/t(300) = ${ratio.toFixed(2)} (${ratio < 3 ? 'linear' : 'SUPER-LINEAR'})`)
  }
  return lines
}

if (process.argv[1]?.endsWith('export-analysis.ts')) void benchExportAnalysis().then((lines) => console.log(lines.join('\n')))
