import { expect, test } from '@playwright/test'
import { SHOTS, openSample, section } from './support/open-sample'

/**
 * Feedstock supply contracts (issue #16, methodology §13) as a user sets them on the India black-mass
 * sample: a contract added in the Feedstock section takes half the stream's feed at the stream's own
 * terms (no figure moves), Results add the supply-coverage card and a checklist row; committing 80 % at
 * a lower price raises coverage and the IRR; an impossible share is refused in its unit; deleting the
 * contract restores today's results.
 */

test('a supply contract prices committed feed and is graded as supply coverage', async ({ page }) => {
  const errors = await openSample(page, 'india-black-mass-hydromet')
  // The sample has three supply contracts (OEM, collectors, production scrap): graded as it opens.
  await expect(page.getByTestId('metric-supplyCoverage-value')).toHaveText('57.1 %')
  await expect(page.getByTestId('check-supplyCoverage')).toBeVisible()

  // Deleted, the project is the sample without contracts: every step below starts from there.
  await section(page, 'Feedstock')
  const card = page.locator('.card').filter({ has: page.getByRole('heading', { name: 'Feedstock supply contracts' }) })
  for (let k = 0; k < 3; k++) await card.getByRole('button', { name: 'Delete' }).first().click()
  await expect(card).toContainText('No supply contracts')
  await section(page, 'Results')
  await expect(page.getByTestId('results')).toHaveAttribute('data-state', 'ready')
  await expect(page.getByTestId('metric-supplyCoverage-value')).toHaveCount(0)
  await expect(page.getByTestId('check-supplyCoverage')).toHaveCount(0)
  const irr = await page.getByTestId('metric-projectIrr-value').textContent()

  await section(page, 'Feedstock')
  await card.getByRole('button', { name: 'Add supply contract' }).click()
  await expect(page.locator('[data-path="supplyContracts.0.volume.share"] input')).toHaveValue('50')

  await section(page, 'Results')
  await expect(page.getByTestId('results')).toHaveAttribute('data-state', 'ready')
  // Half of the first stream's feed: a share of the plant's feed (the sample has more than one stream).
  await expect(page.getByTestId('metric-supplyCoverage-value')).toHaveText(/^\d+(\.\d)? %$/)
  const half = parseFloat((await page.getByTestId('metric-supplyCoverage-value').textContent())!)
  await expect(page.getByTestId('metric-projectIrr-value')).toHaveText(irr!)
  await expect(page.getByTestId('check-supplyCoverage')).toBeVisible()

  await section(page, 'Feedstock')
  const share = page.locator('[data-path="supplyContracts.0.volume.share"] input')
  await share.fill('180')
  await share.press('Tab')
  await expect(page.locator('[data-path="supplyContracts.0.volume.share"]')).toContainText('%')
  await expect(page.locator('[data-path="supplyContracts.0.volume.share"]')).toContainText(/100/)
  await share.fill('80')
  await share.press('Tab')
  await card.scrollIntoViewIfNeeded()
  await card.screenshot({ path: `${SHOTS}/supply-contracts-card.png` })

  await section(page, 'Results')
  // 80 % instead of 50 % of the same stream: coverage × 1.6.
  await expect(page.getByTestId('metric-supplyCoverage-value')).toHaveText(`${(half * 1.6).toFixed(1)} %`)
  await page.getByTestId('metric-supplyCoverage-value').scrollIntoViewIfNeeded()
  await page.locator('.metric-grid').screenshot({ path: `${SHOTS}/supply-coverage-card.png` })

  await section(page, 'Feedstock')
  await card.getByRole('button', { name: 'Delete' }).click()
  await expect(card).toContainText('No supply contracts')
  await section(page, 'Results')
  await expect(page.getByTestId('metric-projectIrr-value')).toHaveText(irr!)
  await expect(page.getByTestId('metric-supplyCoverage-value')).toHaveCount(0)
  expect(errors).toEqual([])
})
