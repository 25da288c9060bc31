import { expect, test } from '@playwright/test'
import { SHOTS, openSample, section } from './support/open-sample'

/**
 * Plant capacity (issue #16, methodology §13) as a user sets it on the PGM sample: a whole-plant
 * capacity added at the streams' nameplate tonnes and 90 % availability cuts the feed, Results show
 * the utilisation card and the capacity chart (processed, not processed, available by year); deleting
 * the capacity restores today's results.
 */

test('a plant capacity cuts the feed; Results show utilisation and the shortfall by year', async ({ page }) => {
  const errors = await openSample(page, 'pgm-catalyst-recovery')
  const irr = await page.getByTestId('metric-projectIrr-value').textContent()
  await expect(page.getByTestId('metric-capacityUtilisation-value')).toHaveCount(0)
  await expect(page.getByTestId('chart-capacity')).toHaveCount(0)

  await section(page, 'Feedstock')
  const card = page.locator('.card').filter({ has: page.getByRole('heading', { name: 'Plant capacity' }) })
  await expect(card).toContainText('No capacity set')
  await card.getByRole('button', { name: 'Add capacity' }).click()
  await expect(page.locator('[data-path="plant.capacities.0.availability"] input')).toHaveValue('90')
  await card.scrollIntoViewIfNeeded()
  await card.screenshot({ path: `${SHOTS}/plant-capacity-card.png` })

  await section(page, 'Results')
  await expect(page.getByTestId('results')).toHaveAttribute('data-state', 'ready')
  await expect(page.getByTestId('metric-capacityUtilisation-value')).toHaveText(/^\d+(\.\d)? %$/)
  await expect(page.getByTestId('metric-capacityUtilisation')).toContainText(/[\d,]+ t not processed \(over capacity\)/)
  await expect(page.getByTestId('metric-projectIrr-value')).not.toHaveText(irr!)
  const chart = page.getByTestId('chart-capacity')
  await chart.scrollIntoViewIfNeeded()
  await expect(chart.locator('.recharts-wrapper > svg.recharts-surface path').first()).toBeAttached()
  await page.waitForTimeout(300) // the chart measures its container
  await chart.screenshot({ path: `${SHOTS}/plant-capacity-chart.png` })
  await page.getByTestId('metric-capacityUtilisation-value').scrollIntoViewIfNeeded()
  await page.locator('.metric-grid').screenshot({ path: `${SHOTS}/plant-capacity-cards.png` })

  await section(page, 'Feedstock')
  await card.getByRole('button', { name: /Delete capacity/ }).click()
  await expect(card).toContainText('No capacity set')
  await section(page, 'Results')
  await expect(page.getByTestId('metric-projectIrr-value')).toHaveText(irr!)
  await expect(page.getByTestId('metric-capacityUtilisation-value')).toHaveCount(0)
  expect(errors).toEqual([])
})
