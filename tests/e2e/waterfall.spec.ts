import { expect, test } from '@playwright/test'
import { SHOTS, openSample, section } from './support/open-sample'

/**
 * The cash waterfall (issue #15, methodology §11) as a recycler's CFO meets it on the PGM sample: the
 * sample's working-capital facility funds the first period's inventory build, so no sponsor support;
 * removed in Financing, the same build shows as sponsor support, in the open; added back, the facility
 * takes it again and the annual waterfall shows its line; a lock-up test adds its card.
 */

test('a facility that funds the inventory build, sponsor support in the open without it, a lock-up card', async ({ page }) => {
  const errors = await openSample(page, 'pgm-catalyst-recovery')
  // The sample's USD 4 m facility takes the first operating period's USD 3.31 m inventory build.
  await expect(page.getByTestId('metric-totalSponsorSupport-value')).toHaveText('$0')
  await expect(page.getByTestId('metric-periodsInLockup')).toHaveCount(0)

  await section(page, 'Financing')
  const card = page.locator('.card').filter({ has: page.getByRole('heading', { name: 'Cash waterfall and reserves' }) })
  await card.getByRole('button', { name: 'Remove facility' }).click()
  await section(page, 'Results')
  await expect(page.getByTestId('results')).toHaveAttribute('data-state', 'ready')
  // Without it: about USD 3.31 million of standby equity, in period 3.
  await expect(page.getByTestId('metric-totalSponsorSupport-value')).toHaveText('$3,308,179')
  await expect(page.getByTestId('metric-totalSponsorSupport')).toContainText('largest ≈ 3.3 million USD in period 3')

  await section(page, 'Financing')
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
  // The facility (USD 5 m) covers the 3.31 m, so the sponsor puts nothing in; it is repaid from cash well before the last period.
  await expect(page.getByTestId('metric-totalSponsorSupport-value')).toHaveText('$0')
  await expect(page.getByTestId('metric-totalSponsorSupport')).toContainText('no shortfall to fund')
  await expect(page.getByTestId('metric-periodsInLockup-value')).toHaveText(/^\d+$/)
  await expect(page.getByRole('rowheader', { name: 'Facility and LC draws (repaid −)' }).or(page.getByRole('cell', { name: 'Facility and LC draws (repaid −)' }))).toBeVisible()
  await page.getByTestId('results').screenshot({ path: `${SHOTS}/waterfall-results.png` })
  expect(errors).toEqual([])
})
