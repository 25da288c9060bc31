import { expect, test } from '@playwright/test'
import { SHOTS, openSample, section } from './support/open-sample'

/**
 * The cash sweep (issue #15, methodology §7 "Cash sweep") as a lender's analyst tries it on the PGM
 * sample: no sweep card until the terms have one; "Add cash sweep" in Financing (50 % of the cash left,
 * every period, pro rata) prepays the debt; Results shows the cash swept, the debt repaid in period 11
 * instead of at maturity in period 16, and the annual waterfall's own sweep line. A 3.0x trigger sweeps
 * only the periods below it (the sample's cover is 2.5x–3.5x since its shells are priced as heavy-melting
 * scrap): less is swept, and the debt is repaid one period early.
 */

test('a sweep turned on in Financing: cash swept and a shorter final maturity in Results', async ({ page }) => {
  const errors = await openSample(page, 'pgm-catalyst-recovery')
  await expect(page.getByTestId('metric-totalSwept')).toHaveCount(0)

  await section(page, 'Financing')
  const card = page.locator('.card').filter({ has: page.getByRole('heading', { name: 'Cash waterfall and reserves' }) })
  await card.getByRole('button', { name: 'Add cash sweep' }).click()
  await expect(page.locator('[data-path="financing.waterfall.sweep.share"] input')).toHaveValue('50')
  await card.scrollIntoViewIfNeeded()
  await card.screenshot({ path: `${SHOTS}/sweep-terms-card.png` })

  await section(page, 'Results')
  await expect(page.getByTestId('results')).toHaveAttribute('data-state', 'ready')
  // USD 2.36 million swept over the life (engine: 2,363,271.58), the debt repaid in period 11 of a loan maturing in period 16.
  await expect(page.getByTestId('metric-totalSwept-value')).toHaveText('$2,363,272')
  await expect(page.getByTestId('metric-totalSwept')).toContainText('debt repaid in period 11, 5 periods before maturity (16)')
  const sweepRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Cash sweep (prepays senior debt)' }).or(page.getByRole('cell', { name: 'Cash sweep (prepays senior debt)' })) })
  await expect(sweepRow).toBeVisible()
  await sweepRow.scrollIntoViewIfNeeded()
  await page.locator('table').filter({ has: sweepRow }).screenshot({ path: `${SHOTS}/sweep-annual-waterfall.png` })
  await page.getByTestId('metric-totalSwept').scrollIntoViewIfNeeded()
  await page.getByTestId('results').screenshot({ path: `${SHOTS}/sweep-results.png` })

  // Only while the DSCR is below 3.0x: the last periods sweep, USD 0.53 million (engine: 528,112.74), enough to retire the last instalment.
  await section(page, 'Financing')
  await page.locator('[data-path="financing.waterfall.sweep.trigger"] select').selectOption('trigger')
  const trigger = page.locator('[data-path="financing.waterfall.sweep.trigger"] input')
  await trigger.fill('3')
  await trigger.press('Tab')
  await section(page, 'Results')
  await expect(page.getByTestId('results')).toHaveAttribute('data-state', 'ready')
  await expect(page.getByTestId('metric-totalSwept-value')).toHaveText('$528,113')
  await expect(page.getByTestId('metric-totalSwept')).toContainText('debt repaid in period 15')
  expect(errors).toEqual([])
})
