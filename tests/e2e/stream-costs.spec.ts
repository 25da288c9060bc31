import { expect, test, type Page } from '@playwright/test'
import { SHOTS, openSample, section } from './support/open-sample'

/**
 * Per-stream processing costs (issue #16, methodology §13) as a user meets them on the PGM sample:
 * the stream editor shows the project-wide rates greyed in empty fields, a typed rate becomes the
 * stream's own (listed in Costs, the IRR moves), and clearing it inherits again (the IRR back).
 */
const field = (page: Page, path: string) => page.locator(`[data-path="${path}"]`)

test('a stream inherits the project-wide processing costs until it is given its own', async ({ page }) => {
  const errors = await openSample(page, 'pgm-catalyst-recovery')
  const irr = await page.getByTestId('metric-projectIrr-value').textContent()

  await section(page, 'Feedstock')
  const card = page.locator('.card').filter({ has: page.getByRole('heading', { name: 'Processing costs for this stream' }) })
  await expect(card).toBeVisible()
  // The sample's project-wide rates (variable 0/t, treatment 250/t, 1.5 per converter) greyed in the empty fields, as Costs shows them.
  const treatment = field(page, 'feedstock.0.treatmentPerTonne')
  await expect(treatment.locator('input')).toHaveValue('')
  await expect(treatment.locator('input')).toHaveAttribute('placeholder', '250')
  await expect(treatment).toContainText('Project-wide 250.00 USD/t (inherited)')
  await expect(field(page, 'feedstock.0.variableOpexPerUnit').locator('input')).toHaveAttribute('placeholder', '1.5')
  await card.scrollIntoViewIfNeeded()
  await card.screenshot({ path: `${SHOTS}/stream-costs-inherited.png` })

  // Its own treatment charge: the hint says so, Costs lists it, the results move.
  await treatment.locator('input').fill('400')
  await treatment.locator('input').press('Tab')
  await expect(treatment).toContainText('This stream’s own · project-wide 250.00 USD/t')
  await card.screenshot({ path: `${SHOTS}/stream-costs-own.png` })
  await section(page, 'Costs')
  const own = page.getByTestId('stream-opex-table')
  await expect(own).toContainText('Gasoline three-way catalysts (OEM)')
  await expect(own).toContainText('400')
  await own.scrollIntoViewIfNeeded()
  await page.locator('.card').filter({ has: own }).screenshot({ path: `${SHOTS}/stream-costs-costs-section.png` })
  await section(page, 'Results')
  await expect(page.getByTestId('results')).toHaveAttribute('data-state', 'ready')
  await expect(page.getByTestId('metric-projectIrr-value')).not.toHaveText(irr!)

  // Cleared: inherited again, and the results are today's.
  await section(page, 'Feedstock')
  await treatment.locator('input').fill('')
  await treatment.locator('input').press('Tab')
  await expect(treatment).toContainText('Project-wide 250.00 USD/t (inherited)')
  await section(page, 'Costs')
  await expect(page.getByTestId('stream-opex-table')).toHaveCount(0)
  await section(page, 'Results')
  await expect(page.getByTestId('metric-projectIrr-value')).toHaveText(irr!)
  expect(errors).toEqual([])
})
