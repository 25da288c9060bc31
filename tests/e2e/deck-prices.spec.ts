import { expect, test, type Page } from '@playwright/test'
import { SHOTS, openSample, ready, section } from './support/open-sample'

/**
 * By-product and EPR certificate prices typed into the price deck (issue 16, methodology §13) on the
 * India black-mass sample: a graphite line from the reference library with its own price cleared reads
 * the deck (none yet: 0, and the field says so); a deck price typed in Prices moves Results; EPR prices
 * added to the deck copy the block's (nothing moves) and a typed price moves Results; after a reload the
 * prices and the results are still there.
 */
const irrText = (page: Page) => page.getByTestId('metric-projectIrr-value').textContent()
async function irrAfterRun(page: Page) {
  await section(page, 'Results')
  await expect(page.getByTestId('results')).toHaveAttribute('data-state', 'ready')
  return irrText(page)
}

test('deck prices for a by-product and for EPR certificates move Results and survive a reload', async ({ page }) => {
  const errors = await openSample(page, 'india-black-mass-hydromet')

  await section(page, 'Feedstock')
  const card = page.locator('.card').filter({ has: page.getByRole('heading', { name: 'By-products and residues' }) })
  await card.getByRole('button', { name: 'Delete' }).click()
  await card.getByLabel('Add from the reference library').selectOption({ label: 'Graphite (sold)' })
  const own = card.locator('[data-path$=".byproducts.0.fate.pricePerTonne"]')
  await expect(own.locator('input')).not.toHaveValue('')
  const withOwnPrice = await irrAfterRun(page)

  // Blank = the deck's price; the deck lists none yet, and the field says so.
  await section(page, 'Feedstock')
  await own.locator('input').fill('')
  await own.locator('input').press('Tab')
  await expect(own).toContainText('Blank = the deck price: deck “Base deck (mid-2025 anchors, USD)” has none for this kind (0)')
  const unpriced = await irrAfterRun(page)
  expect(unpriced).not.toBe(withOwnPrice)

  await section(page, 'Prices')
  const prices = page.locator('.card').filter({ has: page.getByRole('heading', { name: 'By-product and EPR certificate prices' }) })
  await expect(prices.getByTestId('deck-bp-li-graphite')).toContainText('Graphite has no price in this deck')
  await prices.getByTestId('deck-bp-li-graphite').getByRole('button', { name: 'Add price' }).click()
  const graphite = prices.locator('[data-path="prices.decks.0.byproductPrices.0.points.0.pricePerTonne"] input')
  // Refused where typed: a negative price.
  await graphite.fill('-5')
  await graphite.press('Tab')
  await expect(graphite).toHaveAttribute('aria-invalid', 'true')
  await graphite.fill('2000')
  await graphite.press('Tab')
  await expect(graphite).not.toHaveAttribute('aria-invalid', 'true')
  const deckPriced = await irrAfterRun(page)
  expect(deckPriced).not.toBe(unpriced)

  await section(page, 'Prices')
  await prices.getByRole('button', { name: 'Add EPR prices to this deck' }).click()
  await expect(prices.locator('[data-path="prices.decks.0.eprPrices.points.0.pricePerKg"] input')).toHaveValue(/5/)
  expect(await irrAfterRun(page)).toBe(deckPriced) // the block's price copied: nothing moves
  await section(page, 'Prices')
  const epr = prices.locator('[data-path="prices.decks.0.eprPrices.points.0.pricePerKg"] input')
  await epr.fill('9')
  await epr.press('Tab')
  await prices.scrollIntoViewIfNeeded()
  await prices.screenshot({ path: `${SHOTS}/deck-extra-prices.png` })
  const eprPriced = await irrAfterRun(page)
  expect(eprPriced).not.toBe(deckPriced)

  await section(page, 'Feedstock')
  await expect(own).toContainText('Blank = the deck price: $2,000.00/t (2027, deck “Base deck (mid-2025 anchors, USD)”)')
  // The EPR block says its own prices no longer apply.
  await expect(page.getByTestId('epr-deck-note')).toHaveText('The active deck “Base deck (mid-2025 anchors, USD)” lists EPR prices: they apply, not the prices below.')

  await page.reload()
  await ready(page)
  await section(page, 'Prices')
  await expect(prices.locator('[data-path="prices.decks.0.byproductPrices.0.points.0.pricePerTonne"] input')).toHaveValue(/2,?000/)
  await expect(prices.locator('[data-path="prices.decks.0.eprPrices.points.0.pricePerKg"] input')).toHaveValue(/9/)
  expect(await irrAfterRun(page)).toBe(eprPriced)
  expect(errors).toEqual([])
})
