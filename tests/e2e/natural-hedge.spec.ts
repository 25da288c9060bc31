import { expect, test } from '@playwright/test'
import { openSample, section, SHOTS } from './support/open-sample'

/**
 * The natural-hedge ledger (issue 19) on the India black-mass sample: run in the analysis worker, the
 * Li row reads its net exposure and share of CFADS (the figures `bankable exposure` prints for the same
 * file), the chart draws, and the joint stress of Li × FX answers "Li falls 30 % and INR weakens" in a
 * heat-map cell and a sentence. Screenshots at 1280×800.
 */
test('natural hedge: the Li row of the ledger and one joint-stress cell on the India sample', async ({ page }) => {
  const errors = await openSample(page, 'india-black-mass-hydromet')
  await section(page, 'Scenarios')
  await page.getByRole('tab', { name: 'Natural hedge' }).click()
  await page.getByTestId('hedge-run').click()
  await expect(page.getByTestId('hedge-done')).toBeVisible({ timeout: 30_000 })
  const li = page.getByTestId('hedge-row-metal:Li')
  await expect(li).toContainText('Li price')
  // Net per +10 %: 533,403,869 INR over the loan life (the CLI's figure), 4.17 % of CFADS.
  await expect(page.getByTestId('hedge-share-metal:Li')).toHaveText('4.17 %')
  await expect(page.getByTestId('hedge-net-metal:Li').locator('span')).toHaveAttribute('title', '53,34,03,869 INR')
  // Each currency its own row: INR and JPY.
  await expect(page.getByTestId('hedge-row-fx:INR')).toContainText('FX: INR per USD')
  await expect(page.getByTestId('hedge-row-fx:JPY')).toContainText('FX: JPY per USD')
  await expect(page.getByTestId('chart-hedge').locator('.recharts-bar-rectangle').first()).toBeVisible()
  // The "Opened …" toast may have gone by itself already; dismiss it if not, so it does not cover the table.
  await page.getByRole('button', { name: 'Dismiss notification' }).click({ timeout: 2000 }).catch(() => undefined)
  await li.scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/natural-hedge-ledger.png` })
  await page.getByTestId('chart-hedge').scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/natural-hedge-chart.png` })

  await page.getByTestId('joint-run').click()
  await expect(page.getByTestId('joint-done')).toBeVisible({ timeout: 60_000 })
  // Li −30 % (first row) and INR +10 % per USD (last column; each currency is its own driver, INR the first): 2.66x, the CLI's 2.657x.
  await expect(page.getByTestId('joint-cell-0-4')).toHaveText('2.66x')
  await expect(page.getByTestId('joint-sentence')).toContainText('If Li prices fall 30 % and INR weakens against USD (units per USD +10 %), with the debt held as sized, the minimum DSCR over the loan life goes from 2.64x to 2.66x')
  await page.getByTestId('joint-cell-0-0').click()
  await expect(page.getByTestId('joint-sentence')).toContainText('If Li prices fall 30 % and INR strengthens against USD (units per USD −10 %)')
  await expect(page.getByTestId('joint-sentence')).toContainText('to 1.74x: at or above the 1.30x covenant.')
  await page.getByTestId('joint-sentence').scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/natural-hedge-joint.png` })
  expect(errors).toEqual([])
})
