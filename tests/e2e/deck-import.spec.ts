import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { SHOTS, openSample, section } from './support/open-sample'

/**
 * Issue 17: the price-deck template shipped but the app had no way in. On the India sample, the
 * bundled template becomes a new deck (not active until chosen), the model runs on it once chosen, and
 * a sheet with a product the project does not have is refused with the cell named, adding nothing.
 */
test('a price-deck sheet becomes a deck the user can look at, then use; a bad sheet adds nothing', async ({ page }) => {
  const errors = await openSample(page, 'india-black-mass-hydromet')
  const irr = await page.getByTestId('metric-projectIrr-value').textContent()
  await section(page, 'Prices')
  const decks = page.getByRole('list', { name: 'Price decks' }).getByRole('listitem')
  // Count once the list is on screen (the section renders after the click; counting earlier reads 0).
  await expect(decks.first()).toBeVisible()
  const before = await decks.count()

  await page.getByTestId('deck-file-input').setInputFiles({ name: 'price-deck.csv', mimeType: 'text/csv', buffer: readFileSync('resources/templates/price-deck.csv') })
  await expect(page.getByTestId('deck-import-note')).toHaveText(/^1 product and 1 by-product priced in USD for 2026–2027\. NiSO4·6H2O, CoSO4·7H2O kept at the prices of Base deck .*\. Choose “Use this deck” to run the model on it\.$/)
  const editor = page.getByTestId('deck-editor')
  await expect(editor.getByLabel('Deck name')).toHaveValue('Imported: price-deck.csv')
  await expect(editor.getByRole('button', { name: 'Use this deck' })).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/deck-import.png` })

  // A product the project does not price is refused: the cell is named, no deck is added.
  await page.getByTestId('deck-file-input').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('Product ID,Year,Price,Currency\nplatinum,2026,1000,USD\n') })
  await expect(page.getByTestId('deck-import-problems')).toContainText('bad.csv was not imported:')
  await expect(page.getByTestId('deck-import-problems')).toContainText('row 2, A: \'Product ID\': no product "platinum" in this project')
  await expect(decks).toHaveCount(before + 1)

  await editor.getByRole('button', { name: 'Use this deck' }).click()
  await expect(editor.getByText('Active deck: the model uses these prices')).toBeVisible()
  await section(page, 'Results')
  await expect(page.getByTestId('results')).toHaveAttribute('data-state', 'ready')
  await expect(page.getByTestId('metric-projectIrr-value')).not.toHaveText(irr!)
  expect(errors).toEqual([])
})
