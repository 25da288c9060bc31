import { expect, test, type Page } from '@playwright/test'
import { SHOTS, openSample, section } from './support/open-sample'

/**
 * By-products, residues and EPR certificates (issue #16, methodology §13) as a user sets them on the
 * India black-mass sample (its own graphite line and EPR block taken off first): graphite added from the reference library to the selected stream raises
 * the IRR; a mass fraction above 100 % is refused in its unit; EPR certificates added at no eligible
 * metal move nothing until a rate and a price are typed; removing both restores today's results.
 */
const irrText = (page: Page) => page.getByTestId('metric-projectIrr-value').textContent()

test('by-products and EPR certificates are revenue lines of their own', async ({ page }) => {
  const errors = await openSample(page, 'india-black-mass-hydromet')

  // The sample sells graphite from its black mass and has EPR certificates: take both off first, so the
  // steps below start from a stream and a project without them (the sample's figures without them).
  await section(page, 'Feedstock')
  const card = page.locator('.card').filter({ has: page.getByRole('heading', { name: 'By-products and residues' }) })
  const epr = page.locator('.card').filter({ has: page.getByRole('heading', { name: 'EPR certificates (India)' }) })
  await card.getByRole('button', { name: 'Delete' }).click()
  await epr.getByRole('button', { name: 'Remove' }).click()
  await section(page, 'Results')
  await expect(page.getByTestId('results')).toHaveAttribute('data-state', 'ready')
  const irr = await irrText(page)

  await section(page, 'Feedstock')
  await expect(card).toContainText('No by-products or residues on this stream')
  await card.getByLabel('Add from the reference library').selectOption({ label: 'Graphite (sold)' })
  await expect(card.getByTestId('byproduct-0')).toContainText('EverBatt 2019')
  const fraction = card.locator('[data-path$=".byproducts.0.massFraction"] input')
  await fraction.fill('150')
  await fraction.press('Tab')
  await expect(card.locator('[data-path$=".byproducts.0.massFraction"]')).toContainText('%')
  await fraction.fill('30')
  await fraction.press('Tab')
  await card.scrollIntoViewIfNeeded()
  await card.screenshot({ path: `${SHOTS}/byproducts-card.png` })

  await section(page, 'Results')
  await expect(page.getByTestId('results')).toHaveAttribute('data-state', 'ready')
  await expect(page.getByTestId('metric-projectIrr-value')).not.toHaveText(irr!)

  await section(page, 'Feedstock')
  await card.getByRole('button', { name: 'Delete' }).click()
  await epr.getByRole('button', { name: 'Add EPR certificates' }).click()
  await expect(epr).toContainText('no public price series')
  await section(page, 'Results')
  await expect(page.getByTestId('metric-projectIrr-value')).toHaveText(irr!)

  await section(page, 'Feedstock')
  const ni = epr.locator('[data-path="epr.kgPerTonneRecovered.Ni"] input')
  await ni.fill('1000')
  await ni.press('Tab')
  const price = epr.locator('[data-path="epr.pricePerKg.0.pricePerKg"] input')
  await price.fill('20')
  await price.press('Tab')
  await epr.scrollIntoViewIfNeeded()
  await epr.screenshot({ path: `${SHOTS}/epr-card.png` })
  await section(page, 'Results')
  await expect(page.getByTestId('metric-projectIrr-value')).not.toHaveText(irr!)

  await section(page, 'Feedstock')
  await epr.getByRole('button', { name: 'Remove' }).click()
  await section(page, 'Results')
  await expect(page.getByTestId('metric-projectIrr-value')).toHaveText(irr!)
  expect(errors).toEqual([])
})
