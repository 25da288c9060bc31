import { expect, test } from '@playwright/test'
import { SHOTS, openSample, section } from './support/open-sample'

/**
 * The cash waterfall (issue #15, methodology §11) as a recycler's CFO meets it on the PGM sample: the
 * first period's inventory build shows as sponsor support, in the open; a working-capital facility
 * added in Financing takes it instead, and the annual waterfall shows the facility's line; a lock-up
 * test adds its card.
 */

test('sponsor support in the open, a facility that takes it, a lock-up card', async ({ page }) => {
  const errors = await openSample(page, 'pgm-catalyst-recovery')
  // The first operating period's inventory build: about USD 3.48 million of standby equity, in period 3.
  await expect(page.getByTestId('metric-totalSponsorSupport-value')).toHaveText('$3,475,057')
  await expect(page.getByTestId('metric-totalSponsorSupport')).toContainText('largest ≈ 3.5 million USD in period 3')
  await expect(page.getByTestId('metric-periodsInLockup')).toHaveCount(0)

  await section(page, 'Financing')
  const card = page.locator('.card').filter({ has: page.getByRole('heading', { name: 'Cash waterfall and reserves' }) })
  await card.getByRole('button', { name: 'Add working-capital facility' }).click()
  const limit = page.locator('[data-path="financing.waterfall.wcFacility.limit"] input')
  await limit.fill('5000000')
  await limit.press('Tab')
  await card.getByRole('button', { name: 'Add lock-up test' }).click()
  await expect(page.locator('[data-path="financing.waterfall.lockup.dscr"] input')).toHaveValue('1.1')
  await card.scrollIntoViewIfNeeded()
  await card.screenshot({ path: `${SHOTS}/waterfall-terms-card.png` })

  await section(page, 'Results')
  await expect(page.getByTestId('results')).toHaveAttribute('data-state', 'ready')
  // The facility (USD 5 m) covers the 3.48 m, so the sponsor puts nothing in until the last period clears it — it is repaid from cash well before.
  await expect(page.getByTestId('metric-totalSponsorSupport-value')).toHaveText('$0')
  await expect(page.getByTestId('metric-totalSponsorSupport')).toContainText('no shortfall to fund')
  await expect(page.getByTestId('metric-periodsInLockup-value')).toHaveText(/^\d+$/)
  await expect(page.getByRole('rowheader', { name: 'Facility and LC draws (repaid −)' }).or(page.getByRole('cell', { name: 'Facility and LC draws (repaid −)' }))).toBeVisible()
  await page.getByTestId('results').screenshot({ path: `${SHOTS}/waterfall-results.png` })
  expect(errors).toEqual([])
})
