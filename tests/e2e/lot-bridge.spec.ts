import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { SHOTS, openSample, section } from './support/open-sample'

/**
 * The lot-to-project bridge (issue #16) as a recycler's CFO uses it on the PGM sample: the settled C1
 * catalyst lot is imported, the aftermarket stream (loaded in ppm on the monolith) previews the lot's
 * assays and price paid, and one click takes them — the results move, and Undo restores the stream.
 * A stream loaded in grams per converter says why it cannot take ppm assays.
 */
test('a stream takes its grades and price paid from the settled lots', async ({ page }) => {
  const errors = await openSample(page, 'pgm-catalyst-recovery')
  const irr = await page.getByTestId('metric-projectIrr-value').textContent()
  await section(page, 'Feedstock')
  await page.getByTestId('lot-file-input').setInputFiles({ name: 'c1.json', mimeType: 'application/json', buffer: readFileSync('resources/lots/c1-catalyst-lot.json') })
  await expect(page.locator('[data-testid^="lot-net-"]')).toHaveCount(1)

  // The first stream is loaded in grams per converter: the card says why, and offers nothing to click.
  const card = page.locator('.lot-bridge')
  await expect(card.getByTestId('lot-bridge-reason')).toContainText('grams per converter')

  await page.getByRole('button', { name: 'Aftermarket converters', exact: true }).click()
  await expect(card).toContainText('1 settled catalyst lot (1,970 kg dry)')
  const rows = card.getByRole('row')
  // C1: Pt 1,000 / Pd 1,500 / Rh 250 ppm; net USD 254,869.51 of contained 273,489.04 = 93.19 % (Python fractions).
  await expect(rows.filter({ hasText: 'Pt loading' })).toContainText(/60 ppm\s*1,000 ppm/)
  await expect(rows.filter({ hasText: 'Rh loading' })).toContainText(/50 ppm\s*250 ppm/)
  await expect(rows.filter({ hasText: 'Price paid' })).toContainText(/55(\.00)? %\s*93\.19 %/)
  await card.scrollIntoViewIfNeeded()
  await card.screenshot({ path: `${SHOTS}/lot-bridge-preview.png` })

  await card.getByRole('button', { name: 'Take grades and price from lots' }).click()
  await expect(page.locator('[data-path="feedstock.2.loading.ppm.Pt"] input')).toHaveValue('1000')
  await expect(page.locator('[data-path="feedstock.2.purchase.pctOfContained"] input')).toHaveValue(/^93\.19/)
  // Nothing left to take: the button is spent until the stream or the lots change.
  await expect(card.getByRole('button', { name: 'Take grades and price from lots' })).toBeDisabled()
  // One undo step, named for what it did.
  await expect(page.getByRole('button', { name: "Undo Take Aftermarket converters's grades and price from 1 lot" })).toBeEnabled()
  await section(page, 'Results')
  await expect(page.getByTestId('results')).toHaveAttribute('data-state', 'ready')
  await expect(page.getByTestId('metric-projectIrr-value')).not.toHaveText(irr!)

  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('metric-projectIrr-value')).toHaveText(irr!)
  await section(page, 'Feedstock')
  await page.getByRole('button', { name: 'Aftermarket converters', exact: true }).click()
  await expect(page.locator('[data-path="feedstock.2.loading.ppm.Pt"] input')).toHaveValue('60')
  expect(errors).toEqual([])
})
