import { rename, writeFile } from 'node:fs/promises'
import { projectSha256 } from '@shared/review/project-hash'
import { exportModelXlsx } from '@shared/workbook/export-model'
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, parseArgs, loadProject, type Output } from '../io'
import pkg from '@root/package.json'
import { DEFAULT_MC_SETTINGS } from '@shared/analysis'
import { numberOption } from './analysis-args'
import { computeExportAnalysis, parseDrawOptions } from './export-analysis'
import { EXPORT_USAGE } from './usages'
export { EXPORT_USAGE }


/**
 * `export FILE --out MODEL.xlsx [--values]`: writes the lender Excel model (live formulas; values
 * only with --values). `--with-analysis` adds the scenario comparison, tornado and breakevens as
 * values-only sheets; `--draws N [--seed S]` adds the Monte Carlo summary and draws (the same as
 * `simulate --draws N --seed S`); `--breach-prob P` adds senior debt sized to that breach probability (the
 * same as `size --breach-prob P`, on the `--draws`/`--seed` of the Monte Carlo when given, else 10,000
 * draws, seed 1). Exit 0 on success, 1 when the project is invalid or a value cannot be
 * exported ("Cannot export: X is undefined"), 2 on a usage error. The file is written to a temporary
 * name and renamed, so an interrupted export never leaves half a workbook under the target name.
 */
export async function exportCommand(args: string[], out: Output): Promise<number> {
  const rest: string[] = []
  let target: string | null = null
  const drawArgs = new Map<string, string>()
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (a === '--draws' || a === '--seed' || a === '--breach-prob') {
      const v = args[++i]
      if (v === undefined || v === '') return usage(out, `${a} needs a value`)
      drawArgs.set(a, v)
    } else if (a === '--out') {
      const v = args[++i]
      if (v === undefined || v === '') return usage(out, '--out needs a file name')
      target = v
    } else if (a.startsWith('--out=')) target = a.slice(6)
    else rest.push(a)
  }
  const parsed = parseArgs(rest, ['--values', '--with-analysis'])
  if (!parsed.ok) return usage(out, parsed.message)
  const breachProb = numberOption(drawArgs, '--breach-prob', NaN, (x) => x >= 0 && x < 1, 'must be from 0 to below 1 (0.10 = 10 %)')
  if (typeof breachProb === 'string') return usage(out, breachProb)
  drawArgs.delete('--breach-prob')
  const draws = parseDrawOptions(drawArgs)
  if (typeof draws === 'string') return usage(out, draws)
  if (parsed.positionals.length !== 1) return usage(out, parsed.positionals.length === 0 ? 'missing FILE' : 'expects exactly one FILE')
  if (!target) return usage(out, 'missing --out MODEL.xlsx')
  if (!/\.xlsx$/i.test(target)) return usage(out, '--out must name an .xlsx file')
  const file = parsed.positionals[0]!
  const project = await loadProject(file, out, '; nothing exported')
  if (!project) return EXIT_PROBLEMS
  const created = new Date()
  const breach = Number.isNaN(breachProb) ? null : { probability: breachProb, draws: draws?.draws ?? DEFAULT_MC_SETTINGS.draws, seed: draws?.seed ?? 1 }
  const analysis = computeExportAnalysis(project, { withAnalysis: parsed.flags.has('--with-analysis'), draws, breach, computedAt: created.toISOString() })
  if (!analysis.ok) {
    out.stderr(`${file}: ${analysis.message}; nothing exported\n`)
    return EXIT_PROBLEMS
  }
  const r = await exportModelXlsx(project, {
    valuesOnly: parsed.flags.has('--values'),
    ...(analysis.value ? { analysis: analysis.value } : {}),
    exportedAt: created.toISOString(),
    appVersion: pkg.version,
    // The same fingerprint as the app, the project sheet and reviews: SHA-256 of the canonical file.
    projectSha256: projectSha256(project),
    created
  })
  if (!r.ok) {
    out.stderr(`${file}: ${r.message}\n`)
    return EXIT_PROBLEMS
  }
  const tmp = `${target}.${process.pid}.tmp`
  try {
    await writeFile(tmp, r.bytes)
    await rename(tmp, target)
  } catch (e) {
    out.stderr(`${target}: cannot write (${e instanceof Error ? e.message : String(e)})\n`)
    return EXIT_PROBLEMS
  }
  out.stdout(`${target}: ${parsed.flags.has('--values') ? 'values-only' : 'live'} Excel model of "${project.name}" (${r.bytes.length.toLocaleString('en-US')} bytes)\n`)
  for (const line of analysis.lines) out.stdout(`${line}\n`)
  return EXIT_OK
}

function usage(out: Output, message: string): number {
  out.stderr(`export: ${message}\nusage: ${EXPORT_USAGE}\n`)
  return EXIT_USAGE
}
