/**
 * Start in the web build (issue 18), in Chromium through Playwright: the web build served by `vite
 * preview` on its own port (BENCH_START_PORT, default 4194), each run in a fresh browser context (an
 * empty IndexedDB, as a first start):
 * - navigation → interactive project list: `performance.now()` in the page (ms since navigation start)
 *   when the shell says `data-status="ready"` and the "Open sample" button can be clicked; target ≤ 1 s;
 * - opening the India sample → its results on screen: from the click on the sample (a capturing
 *   listener stamps it in the page) to `results[data-state=ready]`; target ≤ 300 ms;
 * plus the JavaScript the start loaded (transfer size) and the largest chunks of the build. Median of 5.
 * `BENCH_START_NO_BUILD=1` serves the existing dist-web instead of building it first.
 * Printed figures, not a pass/fail test: the machine is shared, so its load moves them.
 */
import { execFileSync, spawn } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'

const ROOT = resolve(__dirname, '..')
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js')
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

async function waitForServer(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`vite preview did not answer at ${url}`)
}

/** The built chunks, largest first (what the start may have to parse). */
function largestChunks(n: number): string[] {
  const dir = join(ROOT, 'dist-web/assets')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ f, kb: statSync(join(dir, f)).size / 1024 }))
    .sort((a, b) => b.kb - a.kb)
    .slice(0, n)
    .map((c) => `${c.f} ${c.kb.toFixed(0)} KB`)
}

export async function benchStart(log: (s: string) => void = console.log, runs = 5): Promise<void> {
  const port = Number(process.env['BENCH_START_PORT'] ?? 4194)
  if (!process.env['BENCH_START_NO_BUILD']) execFileSync(process.execPath, [VITE, 'build', '-c', 'vite.web.config.mts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' })
  const server = spawn(process.execPath, [VITE, 'preview', '-c', 'vite.web.config.mts', '--port', String(port), '--strictPort'], { cwd: ROOT, stdio: 'ignore' })
  const url = `http://127.0.0.1:${port}/`
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/lib/chromium/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
  try {
    await waitForServer(url, 60_000)
    const list: number[] = []
    const open: number[] = []
    const jsKb: number[] = []
    let lateChunks: string[] = []
    // One warm-up run (the server's first responses, Chromium's first start), then `runs` measured ones.
    for (let i = 0; i <= runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      const page = await context.newPage()
      await page.goto(url)
      const ready = await page.waitForFunction(() => {
        const d = globalThis as unknown as { document: { documentElement: { getAttribute(a: string): string | null }; querySelectorAll(s: string): ArrayLike<{ textContent: string | null; disabled: boolean }> } }
        const open = Array.from(d.document.querySelectorAll('button')).find((b) => b.textContent === 'Open sample' && !b.disabled)
        return d.document.documentElement.getAttribute('data-status') === 'ready' && open !== undefined ? performance.now() : null
      }, undefined, { polling: 'raf', timeout: 60_000 })
      const listMs = (await ready.jsonValue()) as number
      const kb = await page.evaluate(() =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.name.endsWith('.js')).reduce((a, e) => a + e.transferSize, 0) / 1024
      )
      await page.getByRole('button', { name: 'Open sample' }).click()
      const item = page.getByRole('dialog', { name: 'Open a sample project' }).getByTestId('sample-india-black-mass-hydromet')
      await item.waitFor()
      await page.evaluate(() => {
        const g = globalThis as unknown as { document: { addEventListener(t: string, f: () => void, capture: boolean): void }; __clicked?: number }
        g.document.addEventListener('click', () => { g.__clicked ??= performance.now() }, true)
      })
      await item.click()
      const shown = await page.waitForFunction(() => {
        const g = globalThis as unknown as { document: { querySelector(s: string): unknown }; __clicked?: number }
        return g.document.querySelector('[data-testid="results"][data-state="ready"]') !== null && g.__clicked !== undefined ? performance.now() - g.__clicked : null
      }, undefined, { polling: 'raf', timeout: 60_000 })
      const openMs = (await shown.jsonValue()) as number
      // The chunks fetched after the click (what opening a project waits for), with their transfer size.
      lateChunks = await page.evaluate(() => {
        const g = globalThis as unknown as { __clicked?: number }
        return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((e) => e.name.endsWith('.js') && e.startTime >= (g.__clicked ?? 0))
          .map((e) => `${e.name.split('/').pop()} ${(e.transferSize / 1024).toFixed(0)} KB at +${(e.responseEnd - (g.__clicked ?? 0)).toFixed(0)} ms`)
      })
      await context.close()
      if (i === 0) continue
      list.push(listMs)
      open.push(openMs)
      jsKb.push(kb)
    }
    const l = median(list)
    const o = median(open)
    log(`start (web build in Chromium, median of ${runs} fresh contexts after a warm-up)`)
    log(`  navigation → interactive project list ${l.toFixed(0).padStart(6)} ms (target ≤ 1000 ms: ${l <= 1000 ? 'OK' : 'MISSED'}); JavaScript loaded ${median(jsKb).toFixed(0)} KB`)
    log(`  open the India sample → results shown ${o.toFixed(0).padStart(6)} ms (target ≤ 300 ms: ${o <= 300 ? 'OK' : 'MISSED'})`)
    log(`  loaded after the click (last run): ${lateChunks.join(' · ') || 'none'}`)
    log(`  largest chunks: ${largestChunks(5).join(' · ')}`)
  } finally {
    await browser.close()
    server.kill()
  }
}

if (process.argv[1]?.endsWith('start.ts')) void benchStart()
