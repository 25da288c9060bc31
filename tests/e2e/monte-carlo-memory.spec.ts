import { expect, test } from '@playwright/test'
import { openSample, ready, section, SHOTS } from './support/open-sample'

/**
 * Issue 17: Monte Carlo settings and the last results survive a reload (kept with the project), the
 * distribution assumptions are on screen with their sources, the draws without an equity IRR are
 * counted per reason, and the tornado says why capex ±10 % both lower the India sample's minimum DSCR.
 */
test('Monte Carlo remembers its settings and last result, and explains them; the tornado explains capex', async ({ page }) => {
  test.setTimeout(120_000)
  const errors = await openSample(page, 'india-black-mass-hydromet')
  await section(page, 'Scenarios')
  await page.getByRole('tab', { name: 'Monte Carlo' }).click()
  // Before any run nothing is restored.
  await expect(page.getByTestId('mc-restored')).toHaveCount(0)
  await page.getByLabel('Draws', { exact: true }).fill('2000')
  await page.getByLabel('Seed', { exact: true }).fill('7')
  await page.getByTestId('mc-run').click()
  await expect(page.getByTestId('mc-done')).toBeVisible({ timeout: 60_000 })
  const p50 = await page.getByTestId('mc-p50-equityIrr').textContent()
  const prob = await page.getByTestId('mc-prob-one').textContent()

  // Why some draws have no equity IRR: a count per reason, adding up to the "No value" column.
  const why = page.getByTestId('mc-noirr-equityIrr')
  await expect(why).toContainText(/of 2,000 draws \(\d+\.\d %\) have no equity IRR/)
  await expect(why.locator('li').first()).toContainText(/^\d[\d,]* \(\d+\.\d %\): /)
  const missing = Number((await why.locator('p').textContent())!.match(/^([\d,]+) of/)![1]!.replace(/,/g, ''))
  const counts = (await why.locator('li').allTextContents()).map((t) => Number(t.match(/^([\d,]+)/)![1]!.replace(/,/g, '')))
  expect(counts.reduce((a, b) => a + b, 0)).toBe(missing)
  await expect(page.getByTestId('mc-p50-equityIrr')).toBeVisible()

  // The assumptions, each with its source.
  const assumptions = page.getByTestId('mc-assumptions')
  // The reference price process (issue 19): each figure with where it comes from.
  await expect(assumptions.getByRole('row', { name: /Price model/ })).toContainText('each metal at its own speed κ')
  // Mean reversion per metal: Ni's from its own stored series, Li's the pooled κ as an assumption.
  await expect(assumptions.getByRole('row', { name: /NiSO4·6H2O mean reversion/ })).toContainText('estimated from its own stored price series (annual averages 1980–2015, 35 yearly pairs)')
  await expect(assumptions.getByRole('row', { name: /Li2CO3 mean reversion/ })).toContainText('assumption: no price series of the metal stored — the pooled κ')
  await expect(assumptions.getByRole('row', { name: /NiSO4·6H2O price volatility/ })).toContainText('35 %/yr')
  await expect(assumptions.getByRole('row', { name: /NiSO4·6H2O price volatility/ })).toContainText('estimated from IMF monthly Ni prices')
  await expect(assumptions.getByRole('row', { name: /Li2CO3 price volatility/ })).toContainText('assumption: no lithium price series in reach')
  for (const [w, h] of [[1280, 800], [1920, 1080]] as const)
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width: w, height: h })
      await page.emulateMedia({ colorScheme: scheme })
      await page.waitForTimeout(400)
      await why.scrollIntoViewIfNeeded()
      await page.screenshot({ path: `${SHOTS}/mc-noirr-${w}-${scheme}.png` })
      await assumptions.scrollIntoViewIfNeeded()
      await page.screenshot({ path: `${SHOTS}/mc-assumptions-${w}-${scheme}.png` })
    }
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.emulateMedia({ colorScheme: 'light' })

  // Reload: the form and the last result come back, said to describe the project as it is.
  await page.waitForTimeout(800) // the form's save is debounced (400 ms)
  await page.reload()
  await ready(page)
  await page.getByRole('tab', { name: 'Monte Carlo' }).click()
  await expect(page.getByLabel('Draws', { exact: true })).toHaveValue('2000')
  await expect(page.getByLabel('Seed', { exact: true })).toHaveValue('7')
  await expect(page.getByTestId('mc-restored')).toContainText('on the project as it is now')
  await expect(page.getByTestId('mc-p50-equityIrr')).toHaveText(p50!)
  await expect(page.getByTestId('mc-prob-one')).toHaveText(prob!)
  await expect(page.getByTestId('mc-noirr-equityIrr')).toBeVisible()

  // An edit makes the kept result stale, and it says so.
  await section(page, 'Costs')
  const fixed = page.getByLabel(/Fixed opex/).first()
  await fixed.fill(String(Number((await fixed.inputValue()).replace(/[^\d.]/g, '')) + 1))
  await fixed.press('Tab')
  await section(page, 'Scenarios')
  await page.getByRole('tab', { name: 'Monte Carlo' }).click()
  await page.reload()
  await ready(page)
  await page.getByRole('tab', { name: 'Monte Carlo' }).click()
  await expect(page.getByTestId('mc-restored')).toContainText('on an earlier version of the project')

  // The tornado: capex ±10 % both lower the minimum DSCR, and why.
  await page.getByRole('tab', { name: 'Tornado' }).click()
  await page.getByTestId('tornado-run').click()
  await expect(page.getByTestId('tornado-done')).toBeVisible({ timeout: 60_000 })
  await expect(page.getByTestId('tornado-note-capex')).toContainText(/^Capex −10 % and \+10 % both lower the minimum DSCR \(2\.\d\dx and 2\.\d\dx against 2\.\d\dx\)\. The debt is held at the base case, sculpted/)
  await expect(page.getByTestId('tornado-note-capex')).toContainText('less depreciation, so more tax')
  for (const [w, h] of [[1280, 800], [1920, 1080]] as const)
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width: w, height: h })
      await page.emulateMedia({ colorScheme: scheme })
      await page.waitForTimeout(400)
      await page.getByTestId('tornado-note-capex').scrollIntoViewIfNeeded()
      await page.screenshot({ path: `${SHOTS}/tornado-note-${w}-${scheme}.png` })
    }
  expect(errors).toEqual([])
})
