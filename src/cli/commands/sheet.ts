import { access, rename, unlink, writeFile } from 'node:fs/promises'
import { constants } from 'node:fs'
import { runModel } from '@shared/engine'
import { projectSha256 } from '@shared/review/project-hash'
import { buildSheetHtml, sheetAnalysis, SHEET_DENSITIES, type SheetDensity } from '@shared/sheet'
import pkg from '@root/package.json'
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, loadProject, type Output } from '../io'
import { SHEET_USAGE } from './usages'
import { parseLang } from './lang'
import { japaneseFontFaceCss } from './sheet-font'
import type { Locale } from '@shared/i18n'
export { SHEET_USAGE }


/** Debian's Chromium unless CHROMIUM_PATH says otherwise (the same browser the e2e tests use). */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium'
/** The headless flags of playwright.config.ts. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

type SheetArgs = { file: string; out: string; letter: boolean; html: string | null; locale: Locale }

function parseSheetArgs(args: readonly string[]): { ok: true; value: SheetArgs } | { ok: false; message: string } {
  const positionals: string[] = []
  let out: string | null = null
  let html: string | null = null
  let letter = false
  let locale: Locale = 'en'
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (a === '--lang' || a.startsWith('--lang=')) {
      const lang = parseLang(a === '--lang' ? args[++i] : a.slice(7))
      if (!lang.ok) return lang
      locale = lang.value
    } else if (a === '--letter') letter = true
    else if (a === '--a4') letter = false
    else if (a === '--out' || a === '--html') {
      const v = args[++i]
      if (v === undefined) return { ok: false, message: `${a} needs a file name` }
      if (a === '--out') out = v
      else html = v
    } else if (a.startsWith('-') && a !== '-') return { ok: false, message: `unknown option ${a}` }
    else positionals.push(a)
  }
  if (positionals.length !== 1) return { ok: false, message: positionals.length === 0 ? 'missing FILE' : 'expects exactly one FILE' }
  if (out === null) return { ok: false, message: 'missing --out SHEET.pdf' }
  return { ok: true, value: { file: positionals[0]!, out, letter, html, locale } }
}

/** Write next to the target and rename, so a failed print never leaves half a PDF under the name. */
async function writeAtomic(path: string, bytes: Uint8Array | string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`
  try {
    await writeFile(tmp, bytes)
    await rename(tmp, path)
  } catch (e) {
    await unlink(tmp).catch(() => undefined)
    throw e
  }
}

/**
 * `sheet FILE --out SHEET.pdf [--letter] [--lang en|ja]`: the one-page project sheet as PDF, from the same HTML the
 * app shows (src/shared/sheet), printed by headless Chromium; in Japanese with `--lang ja` (#20), the
 * same figures, the same one-page fitting. Exit 1 when the file has problems or
 * Chromium is missing; 2 on a usage error.
 */
export async function sheetCommand(args: string[], out: Output): Promise<number> {
  const parsed = parseSheetArgs(args)
  if (!parsed.ok) {
    out.stderr(`sheet: ${parsed.message}\nusage: ${SHEET_USAGE}\n`)
    return EXIT_USAGE
  }
  const { file, letter } = parsed.value
  const project = await loadProject(file, out, '; no sheet written')
  if (!project) return EXIT_PROBLEMS
  const pageSize: 'A4' | 'Letter' = letter ? 'Letter' : 'A4'
  const result = runModel(project)
  const base = { project, result, ...sheetAnalysis(project, result), locale: parsed.value.locale, meta: { date: new Date().toISOString().slice(0, 10), modelVersion: pkg.version, projectSha256: projectSha256(project), pageSize } }
  const fontCss = await japaneseFontFaceCss(parsed.value.locale)
  if (fontCss === null) out.stderr('sheet: warning: Noto Sans JP (@fontsource/noto-sans-jp) not found; Japanese text may print in a fallback font or as boxes\n')
  const sheetAt = (density: SheetDensity) => buildSheetHtml({ ...base, density }, fontCss ?? '')

  // The HTML needs no browser: write it even when Chromium is missing (re-written below at the density printed).
  if (parsed.value.html) await writeAtomic(parsed.value.html, sheetAt(0).document)
  const exe = chromiumPath()
  try {
    await access(exe, constants.X_OK)
  } catch {
    out.stderr(`sheet: Chromium not found at ${exe}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable.\n`)
    return EXIT_PROBLEMS
  }
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({ executablePath: exe, headless: true, args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage()
    // The sheet document has no scripts, no network and its own CSP; offline by construction.
    await page.route('**/*', (route) => route.abort())
    // Lay the sheet out at each density until it fits the page box: fewer rows ("+N more") before anything is cut.
    let sheet = sheetAt(0)
    let overflow = 0
    for (const density of SHEET_DENSITIES) {
      sheet = sheetAt(density)
      await page.setContent(sheet.document, { waitUntil: 'load' })
      // A string so this Node-typed file needs no DOM types: how far the content runs past the page box.
      overflow = await page.evaluate<number>("(() => { const el = document.querySelector('.bk-sheet'); return el ? el.scrollHeight - el.clientHeight : 0 })()")
      if (overflow <= 1) break
    }
    if (parsed.value.html) await writeAtomic(parsed.value.html, sheet.document)
    const pdf = await page.pdf({ format: pageSize, printBackground: true, preferCSSPageSize: false, margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } })
    await writeAtomic(parsed.value.out, pdf)
    if (overflow > 1) out.stderr(`sheet: warning: the content is ${overflow}px taller than one page and was cut; shorten the summary or risks\n`)
    out.stdout(`${parsed.value.out}: project sheet for "${project.name}" (${pageSize}, SHA-256 ${projectSha256(project).slice(0, 12)}…)\n`)
    return EXIT_OK
  } finally {
    await browser.close()
  }
}
