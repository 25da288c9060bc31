import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'

/**
 * Switching the reporting currency asks before it re-labels the amounts: the India sample (INR, start
 * 2026, FX 87.2 INR/USD for 2026) converted to USD turns ₹360 crore of plant into $41.28 million, and one
 * undo restores the rupees; "Keep numbers" changes only the label.
 */
const SAMPLE = readFileSync('resources/samples/india-black-mass-hydromet.json', 'utf8')

test('reporting currency switch: convert, undo, keep, cancel', async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('data-status', 'ready')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open…' }).click()
  await (await chooser).setFiles({ name: 'india.bankable.json', mimeType: 'application/json', buffer: Buffer.from(SAMPLE) })
  await expect(page).toHaveURL(/#\/project\/[A-Za-z0-9_-]+\/results$/)

  const plant = page.locator('[data-path="costs.capex.items.0.amount"] input')
  const currency = page.getByLabel('Reporting currency', { exact: true })
  await page.getByRole('link', { name: 'Prices' }).first().click()
  await currency.selectOption('USD')
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('Convert amounts at 1 USD = 87.2 INR (FX for 2026)?')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(currency).toHaveValue('INR')

  await currency.selectOption('USD')
  await dialog.getByRole('button', { name: 'Convert' }).click()
  await expect(dialog).toBeHidden()
  await expect(currency).toHaveValue('USD')
  await expect(page.getByRole('button', { name: 'Undo Reporting currency INR → USD (amounts converted)' })).toBeEnabled() // one undo step
  await page.getByRole('link', { name: 'Costs' }).first().click()
  await expect(plant).toHaveValue('41284403.669725') // 3 600 000 000 / 87.2

  await page.keyboard.press('Control+z')
  await expect(plant).toHaveValue('3600000000')
  await page.getByRole('link', { name: 'Prices' }).first().click()
  await expect(currency).toHaveValue('INR')

  await currency.selectOption('USD')
  await dialog.getByRole('button', { name: 'Keep numbers as they are' }).click()
  await expect(currency).toHaveValue('USD')
  await page.getByRole('link', { name: 'Costs' }).first().click()
  await expect(plant).toHaveValue('3600000000')
})
