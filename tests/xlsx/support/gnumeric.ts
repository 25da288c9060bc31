/**
 * Gnumeric's `ssconvert --recalc` as the second, independent spreadsheet engine: a formula that only
 * LibreOffice and Excel accept (one-argument INDEX over a row, INDEX over one cell) shows up here as
 * #REF!. Each file is converted to .xlsx with recalculated cached values, then read like LibreOffice's.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'

export const ssconvertAvailable = (): boolean => spawnSync('ssconvert', ['--version'], { stdio: 'ignore' }).status === 0

/** Recalculates each file into `outDir` under the same name; returns the output paths. */
export function recalcWithGnumeric(files: string[], outDir: string): string[] {
  mkdirSync(outDir, { recursive: true })
  return files.map((f) => {
    const out = join(outDir, basename(f))
    execFileSync('ssconvert', ['--recalc', '--export-type=Gnumeric_Excel:xlsx2', f, out], { stdio: 'pipe', timeout: 120_000 })
    writeFileSync(out, inlineFormulaStrings(readFileSync(out)))
    return out
  })
}

/**
 * Gnumeric stores a formula's text result as a shared-string index (`t="s"`, `<v>45</v>`), which is
 * valid OOXML but which exceljs reads as the number 45. Rewrites those cells to `t="str"` with the
 * text itself, so both engines' files are read by the same reader.
 */
export function inlineFormulaStrings(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes)
  const sst = files['xl/sharedStrings.xml']
  if (!sst) return bytes
  const strings = [...strFromU8(sst).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => [...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(''))
  for (const name of Object.keys(files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = strFromU8(files[name]!)
    const fixed = xml.replace(/<c ([^>]*?)t="s"([^>]*)>(\s*<f>[\s\S]*?<\/f>\s*)<v>(\d+)<\/v>/g, (_all, a: string, b: string, f: string, i: string) => {
      const text = strings[Number(i)]
      if (text === undefined) throw new Error(`${name}: shared string ${i} missing`)
      return `<c ${a}t="str"${b}>${f}<v>${text}</v>`
    })
    files[name] = strToU8(fixed)
  }
  return zipSync(files)
}
