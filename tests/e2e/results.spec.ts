import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { expect, test, type Page } from '@playwright/test'
import { runModel } from '../../src/shared/engine'
import { readProjectFile } from '../../src/shared/model/project-file'
import { formatMetric, fromEvaluateJson, type MetricInput, type MetricKey } from '../../src/renderer/src/format/metrics'

/**
 * Results in the web build, per bundled sample: opened from the project list, the headline cards
 * equal `formatMetric` of the CLI's `evaluate --json` (same engine, another process), the charts
 * draw, the checklist grades, the Excel export downloads an .xlsx that exceljs reopens; screenshots
 * light and dark at 1280×800. Plus the refused-edit banner and lender thresholds on a fixture.
 */
const SHOTS = 'artifacts/screenshots'
const SAMPLES = readdirSync('resources/samples').filter((f) => f.endsWith('.json')).sort()
const CARD_KEYS: MetricKey[] = ['projectIrr', 'equityIrr', 'npv', 'paybackYears', 'minDscr', 'avgDscr', 'llcr', 'plcr', 'debtAtCod', 'gearing', 'offtakeCoverage', 'bankableOfftakeCoverage']

type CliJson = { metrics: Record<string, number | null>; notes: Record<string, string | undefined> }

/** `evaluate --json` in another process: JSON numbers, null with the reason in `notes`. */
function evaluate(file: string): CliJson {
  const out = execFileSync('npm', ['run', '-s', 'cli', '--', 'evaluate', file, '--json'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  const json = JSON.parse(out) as Partial<CliJson>
  if (!json.metrics) throw new Error(`evaluate --json has no metrics object (keys: ${Object.keys(json).join(', ')})`)
  return { metrics: json.metrics, notes: json.notes ?? {} }
}

/** The CLI contract has no bankable coverage; that one card is checked against the engine run here. */
function engineMetric(file: string, key: 'bankableOfftakeCoverage'): MetricInput {
  const r = readProjectFile(readFileSync(file, 'utf8'))
  if (!r.ok) throw new Error(`${file} is not a valid project`)
  return runModel(r.value).metrics[key]
}

async function ready(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-status', 'ready')
}

/** What a person sees at 1280×800, and the whole section (the window grown to the content's height). */
async function shoot(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.waitForTimeout(300) // colour transitions
    await page.screenshot({ path: `${SHOTS}/${name}-${scheme}.png` })
    const height = await page.evaluate(() => {
      type El = { scrollHeight: number; getBoundingClientRect(): { top: number } }
      const main = (globalThis as unknown as { document: { querySelector(s: string): El | null } }).document.querySelector('.main-content')
      return main ? Math.ceil(main.getBoundingClientRect().top + main.scrollHeight) : 800
    })
    await page.setViewportSize({ width: 1280, height: Math.min(Math.max(height, 800), 8000) })
    await page.waitForTimeout(300) // charts re-measure
    await page.screenshot({ path: `${SHOTS}/${name}-${scheme}-full.png` })
    await page.setViewportSize({ width: 1280, height: 800 })
  }
  await page.emulateMedia({ colorScheme: 'light' })
}

async function expectChartsDrawn(page: Page) {
  for (const id of ['chart-revenue', 'chart-cover', 'chart-cash']) {
    const chart = page.getByTestId(id)
    await expect(chart).toBeVisible()
    // recharts draws SVG paths once it has measured its container.
    const surface = chart.locator('.recharts-wrapper > svg.recharts-surface')
    await expect(surface.locator('path').first()).toBeAttached()
    const box = await surface.boundingBox()
    expect(box!.width).toBeGreaterThan(200)
    expect(box!.height).toBeGreaterThan(200)
  }
}

test('samples are bundled', () => {
  expect(SAMPLES.length).toBeGreaterThan(0)
})

for (const sample of SAMPLES) {
  test(`Results for sample ${sample} equal the CLI, with charts and an Excel export`, async ({ page }) => {
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.setViewportSize({ width: 1280, height: 800 })
    const doc = JSON.parse(readFileSync(`resources/samples/${sample}`, 'utf8')) as { name: string; reportingCurrency: 'USD' | 'INR' | 'JPY' }
    const cli = evaluate(`resources/samples/${sample}`)

    await page.goto('/')
    await ready(page)
    await page.getByRole('button', { name: 'Open sample' }).click()
    const dialog = page.getByRole('dialog', { name: 'Open a sample project' })
    await dialog.getByTestId(`sample-${sample.replace(/\.json$/, '')}`).click()
    await expect(page).toHaveURL(/\/results$/)
    await expect(page.getByTestId('project-title')).toHaveText(doc.name)
    await expect(page.getByTestId('results')).toHaveAttribute('data-state', 'ready')

    for (const key of CARD_KEYS) {
      const input = key in cli.metrics ? fromEvaluateJson(cli.metrics[key], cli.notes[key]) : engineMetric(`resources/samples/${sample}`, 'bankableOfftakeCoverage')
      if (!(key in cli.metrics)) expect(key).toBe('bankableOfftakeCoverage') // every other card is in the CLI contract
      const expected = formatMetric(key, input, doc.reportingCurrency)
      await expect(page.getByTestId(`metric-${key}-value`), key).toHaveText(expected)
    }
    await expect(page.getByTestId('checklist-overall')).toBeVisible()
    await expect(page.getByTestId('check-minDscr')).toHaveAttribute('data-grade', /^(green|amber|red|na)$/)
    await expect(page.getByTestId('waterfall')).toBeVisible()
    await expectChartsDrawn(page)
    await shoot(page, `results-${sample.replace(/\.json$/, '')}`)

    const download = page.waitForEvent('download')
    await page.getByTestId('export-excel').click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/-model\.xlsx$/)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile((await file.path())!)
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Cover', 'Inputs', 'Cash flow', 'Metrics', 'Checks']))
    expect(String(wb.getWorksheet('Cover')!.getCell('A1').value)).toBe(doc.name)
    await expect(page.getByTestId('export-progress')).toHaveCount(0)
    expect(errors).toEqual([])
  })
}

test('refused edits keep the last results under a banner; thresholds and presets regrade at once', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  await ready(page)
  // The file fixture, made profitable (cheaper feed, dearer Li2CO3): minimum DSCR ≈ 2.25x.
  const healthy = JSON.parse(readFileSync('tests/fixtures/minimal-project.json', 'utf8')) as {
    prices: { decks: { prices: { basePricePerUnit: string }[] }[] }
    feedstock: { purchase: { pctOfContained: string } }[]
  }
  healthy.prices.decks[0]!.prices[0]!.basePricePerUnit = '40000'
  healthy.feedstock[0]!.purchase.pctOfContained = '0.4'
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open…' }).click()
  await (await chooser).setFiles({ name: 'healthy.bankable.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(healthy)) })
  await expect(page.getByTestId('results')).toHaveAttribute('data-state', 'ready')
  const npv = await page.getByTestId('metric-npv-value').textContent()
  await expectChartsDrawn(page)
  await shoot(page, 'results-fixture')

  await page.getByRole('button', { name: 'Lender thresholds…' }).click()
  const covenant = page.getByRole('textbox', { name: 'Minimum DSCR (covenant)' })
  // Refused: the field keeps the text, the results stay, a banner names the field.
  await covenant.fill('11')
  await expect(page.getByTestId('results-blocked')).toContainText('Minimum DSCR (covenant) must be between 0 and 10x')
  await expect(page.getByTestId('metric-npv-value')).toHaveText(npv!)
  // Accepted: a covenant of 0.5x passes the minimum DSCR check; 9x fails it.
  await covenant.fill('0.5')
  await expect(page.getByTestId('results-blocked')).toHaveCount(0)
  // Every accepted edit reruns the engine in the worker; the time to fresh results is recorded.
  await expect(page.getByTestId('results')).toHaveAttribute('data-state', 'ready')
  const latency = Number(await page.getByTestId('results').getAttribute('data-latency-ms'))
  console.log(`edit → results in the browser: ${latency} ms`)
  expect(latency).toBeGreaterThanOrEqual(0)
  await expect(page.getByTestId('check-minDscr')).toHaveAttribute('data-grade', 'green')
  await covenant.fill('9.5')
  await page.getByRole('textbox', { name: 'Lock-up DSCR' }).fill('9')
  await expect(page.getByTestId('check-minDscr')).toHaveAttribute('data-grade', 'red')
  await page.getByLabel('Lender preset').selectOption('commercial-bank')
  await expect(covenant).toHaveValue('1.3')
  await expect(page.getByTestId('checklist-overall')).toContainText('Commercial bank')

  // Ctrl+E exports from anywhere in the workspace, with a progress notice until the file is saved.
  const download = page.waitForEvent('download')
  await page.keyboard.press('Control+e')
  await expect(page.getByTestId('export-progress')).toBeVisible()
  const file = await download
  expect(file.suggestedFilename()).toBe('test-model.xlsx')
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile((await file.path())!)
  expect(String(wb.getWorksheet('Cover')!.getCell('A1').value)).toBe('Test')
  await expect(page.getByTestId('export-progress')).toHaveCount(0)
  expect(errors).toEqual([])
})
