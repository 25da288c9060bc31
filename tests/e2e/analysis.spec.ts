import { expect, test, type Page } from '@playwright/test'

/**
 * The Scenarios section in the web build: the analysis test project (INR, four products, sculpted debt)
 * is opened through the file input, then scenarios are compared, a tornado and the
 * breakevens run, and a Monte Carlo simulation is started, cancelled, and run to the end — in the
 * worker, with the UI still usable meanwhile — and its P50s read. Light and dark screenshots.
 */
const SHOTS = 'artifacts/screenshots'
const FILE = 'tests/shared/analysis/rich-project.json'

async function shoot(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.waitForTimeout(300)
    // The workspace scrolls inside .main-content: grow the window to the content to see all of it.
    // A string expression: this file is type-checked without the DOM library.
    const height = Number(await page.evaluate("(() => { const m = document.querySelector('.main-content'); return m ? Math.ceil(m.getBoundingClientRect().top + m.scrollHeight) : 800 })()"))
    await page.setViewportSize({ width: 1280, height: Math.min(Math.max(height, 800), 6000) })
    await page.waitForTimeout(300) // charts re-measure
    await page.screenshot({ path: `${SHOTS}/${name}-${scheme}.png` })
    await page.setViewportSize({ width: 1280, height: 800 })
  }
  await page.emulateMedia({ colorScheme: 'light' })
}

function watchConsole(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
  return errors
}

async function openProject(page: Page) {
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('data-status', 'ready')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: /^Open…|^Open$/ }).first().click()
  await (await chooser).setFiles(FILE)
  await expect(page).toHaveURL(/#\/project\/[A-Za-z0-9_-]+\//)
  await page.getByRole('link', { name: 'Scenarios' }).click()
  await expect(page.getByRole('tablist', { name: 'Analysis' })).toBeVisible()
}

test('scenarios, tornado, breakeven and a Monte Carlo run in the worker (cancel, rerun, P50)', async ({ page }) => {
  test.setTimeout(180_000)
  const errors = watchConsole(page)
  await page.setViewportSize({ width: 1280, height: 800 })
  await openProject(page)

  // Scenarios: the ready-made cases are stored in the project and compared side by side.
  await page.getByTestId('add-preset-base').click()
  await page.getByTestId('add-preset-downside').click()
  await page.getByTestId('add-preset-upside').click()
  await expect(page.getByTestId('scenario-downside')).toContainText('prices ×0.8')
  await page.getByTestId('scenario-upside').getByRole('button', { name: 'Close' }).click()
  await page.getByTestId('compare-run').click()
  await expect(page.getByTestId('compare-done')).toBeVisible({ timeout: 60_000 })
  await expect(page.getByTestId('cmp-downside-minDscr')).toContainText('x')
  await expect(page.getByTestId('cmp-base-npv')).toContainText('±')
  // The ready-made "Base" is a column: no second base column.
  await expect(page.getByTestId('cmp-base-case-npv')).toHaveCount(0)
  await expect(page.getByTestId('chart-dscr-scenarios').locator('svg.recharts-surface path').first()).toBeAttached()
  await shoot(page, 'scenarios-compare')
  // Without it, the base case still heads the table, with its values and no difference.
  await page.getByTestId('scenario-base').getByRole('checkbox').uncheck()
  await page.getByTestId('compare-run').click()
  await expect(page.getByTestId('compare-done')).toBeVisible({ timeout: 60_000 })
  await expect(page.getByRole('table', { name: 'Scenario comparison' }).getByRole('columnheader').nth(1)).toHaveText('Base case')
  await expect(page.getByTestId('cmp-base-case-npv')).not.toContainText('±')
  await expect(page.getByTestId('cmp-base-case-minDscr')).toContainText('x')

  // Tornado.
  await page.getByRole('tab', { name: 'Tornado' }).click()
  await page.getByTestId('tornado-run').click()
  await expect(page.getByTestId('tornado-done')).toBeVisible({ timeout: 60_000 })
  await expect(page.getByTestId('tornado-row-price:all')).toBeVisible()
  await expect(page.getByTestId('chart-tornado').locator('.recharts-bar-rectangle').first()).toBeAttached()
  await shoot(page, 'scenarios-tornado')

  // Breakeven.
  await page.getByRole('tab', { name: 'Breakeven' }).click()
  await page.getByTestId('breakeven-run').click()
  await expect(page.getByTestId('breakeven-done')).toBeVisible({ timeout: 60_000 })
  await expect(page.getByTestId('be-all-minDscr1')).toContainText('×')
  await shoot(page, 'scenarios-breakeven')

  // Monte Carlo: a big run shows progress and is cancelled; the UI stays usable meanwhile.
  await page.getByRole('tab', { name: 'Monte Carlo' }).click()
  await page.getByLabel('Draws', { exact: true }).fill('200000')
  await page.getByTestId('mc-run').click()
  await expect(page.getByTestId('mc-progress')).toBeVisible()
  await expect.poll(async () => Number(await page.getByTestId('mc-progress').getAttribute('aria-valuenow')), { timeout: 30_000 }).toBeGreaterThan(0)
  // The main thread answers while the worker computes: switch tabs and back.
  await page.getByRole('tab', { name: 'Tornado' }).click()
  await expect(page.getByTestId('tornado-row-price:all')).toBeVisible()
  await page.getByRole('tab', { name: 'Monte Carlo' }).click()
  await page.getByTestId('mc-cancel').click()
  await expect(page.getByTestId('mc-cancelled')).toBeVisible()
  await expect(page.getByTestId('mc-progress')).toHaveCount(0)

  // Then 10,000 draws to the end, and the P50s.
  await page.getByLabel('Draws', { exact: true }).fill('10000')
  await page.getByTestId('mc-run').click()
  await expect(page.getByTestId('mc-done')).toBeVisible({ timeout: 90_000 })
  const p50 = await page.getByTestId('mc-p50-equityIrr').textContent()
  expect(p50).toMatch(/^-?\d+\.\d\d %$/)
  await expect(page.getByTestId('mc-p50-minDscr')).toHaveText(/^\d+\.\d\dx$/)
  await expect(page.getByTestId('mc-p50-npv')).toContainText('INR')
  await expect(page.getByTestId('mc-prob-covenant')).toContainText('%')
  await expect(page.getByTestId('chart-mc-npv').locator('.recharts-bar-rectangle').first()).toBeAttached()
  await shoot(page, 'scenarios-montecarlo')

  // Same seed, same numbers.
  await page.getByTestId('mc-run').click()
  await expect(page.getByTestId('mc-done')).toBeVisible({ timeout: 90_000 })
  await expect(page.getByTestId('mc-p50-equityIrr')).toHaveText(p50!)
  expect(errors).toEqual([])
})
