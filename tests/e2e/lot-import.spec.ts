import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { templateCsv } from '../../src/shared/import/templates'
import { SHOTS, openSample, section } from './support/open-sample'

/**
 * Issue 11: a large lot sheet is read in the import worker, so the window keeps answering, shows how
 * far the read has got and can cancel it; a cancelled import writes nothing, and a small sheet imported
 * afterwards lands as usual. Runs in Chromium against the web build.
 */

async function ready(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-status', 'ready')
}

/** The black-mass template's header and example row, the example repeated `rows` times with its own ids. */
function blackMassCsv(rows: number): Buffer {
  const [header, example] = templateCsv('black-mass-lots').trim().split('\r\n') as [string, string]
  const rest = example.slice(example.indexOf(','))
  const lines = [header]
  for (let i = 1; i <= rows; i++) lines.push(`bm-${i}${rest}`)
  return Buffer.from(`${lines.join('\r\n')}\r\n`)
}

test('a 60,000-row lot sheet shows progress and can be cancelled; nothing is written; a small one imports', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/')
  await ready(page)
  await page.getByRole('button', { name: 'New project' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'New project' })
  await dialog.getByLabel('Project name').fill('Lot import under test')
  await dialog.getByRole('button', { name: 'Create project' }).click()
  await expect(page).toHaveURL(/#\/project\/[A-Za-z0-9_-]+\/feedstock$/)

  await page.getByTestId('lot-file-input').setInputFiles({ name: 'big-lots.csv', mimeType: 'text/csv', buffer: blackMassCsv(60_000) })
  const progress = page.getByTestId('lot-import-progress')
  await expect(progress).toContainText(/Reading rows… [\d,]+ of 60,000/, { timeout: 20_000 })
  // The UI thread is free while the worker reads: the import button answers to hover state and the page to clicks.
  await expect(page.getByRole('button', { name: 'Import lots…' })).toBeDisabled()
  await page.screenshot({ path: 'test-results/lot-import-progress.png' })
  await page.getByTestId('lot-import-cancel').click()
  await expect(page.getByTestId('lot-import-note')).toHaveText('Import cancelled — no lots were added.')
  await expect(progress).toHaveCount(0)
  await expect(page.locator('[data-testid^="lot-net-"]')).toHaveCount(0)

  await page.getByTestId('lot-file-input').setInputFiles({ name: 'three-lots.csv', mimeType: 'text/csv', buffer: blackMassCsv(3) })
  await expect(page.locator('[data-testid^="lot-net-"]')).toHaveCount(3)
  await expect(page.getByTestId('lot-import-note')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Import lots…' })).toBeEnabled()
  await page.screenshot({ path: 'test-results/lot-import-done.png' })
  expect(errors).toEqual([])
})

test('the bundled catalyst sheet imports as it is; importing it again asks; in an INR project the lot reads in rupees too', async ({ page }) => {
  const errors = await openSample(page, 'india-black-mass-hydromet')
  await section(page, 'Feedstock')
  const sheet = { name: 'catalyst-lots.csv', mimeType: 'text/csv', buffer: readFileSync('resources/templates/catalyst-lots.csv') }
  // No template to choose: the header says it is the catalyst template (before: 8 "Unknown column" errors).
  await expect(page.getByLabel('Spreadsheet template')).toHaveCount(0)
  await page.getByTestId('lot-file-input').setInputFiles(sheet)
  await expect(page.getByTestId('lot-net-c1-catalyst-lot')).toContainText('254,869.51')
  // USD lot in an INR project: the money columns read in rupees at the sample's 2025 rate, in the
  // project's display unit (#17: they read USD to the cent), the refiner's USD net under it.
  await expect(page.getByRole('columnheader', { name: 'Net settlement (INR)' })).toBeVisible()
  await expect(page.getByRole('columnheader', { name: 'Gross value (INR)' })).toBeVisible()
  await expect(page.getByTestId('lot-rep-net-c1-catalyst-lot')).toHaveText(/^\d{1,2}(,\d{2})*,\d{3}$/)
  await page.getByRole('button', { name: '₹ crore' }).click()
  await expect(page.getByRole('columnheader', { name: 'Net settlement (INR crore)' })).toBeVisible()
  await expect(page.getByTestId('lot-rep-net-c1-catalyst-lot')).toHaveText(/^\d+\.\d{2}$/)
  await expect(page.getByTestId('lot-net-c1-catalyst-lot')).toContainText('254,869.51')

  await page.getByTestId('lot-file-input').setInputFiles(sheet)
  const ask = page.getByTestId('lot-duplicates')
  await expect(ask).toContainText('1 of the 1 lots in catalyst-lots.csv is already here (lot ID c1-catalyst-lot)')
  await ask.screenshot({ path: `${SHOTS}/lot-duplicates.png` })
  await ask.getByRole('button', { name: 'Skip them, add the new ones' }).click()
  await expect(page.getByTestId('lot-import-note')).toHaveText('Nothing added: every lot in catalyst-lots.csv is already here.')
  await expect(page.locator('[data-testid^="lot-net-c1"]')).toHaveCount(1)

  await page.getByTestId('lot-file-input').setInputFiles(sheet)
  await page.getByTestId('lot-duplicates').getByRole('button', { name: 'Replace them' }).click()
  await expect(page.getByTestId('lot-import-note')).toHaveText('1 lot replaced, 0 added.')
  await expect(page.locator('[data-testid="lot-net-c1-catalyst-lot"]')).toHaveCount(1)
  await page.locator('.card').filter({ has: page.getByRole('heading', { name: 'Purchased lots' }) }).screenshot({ path: `${SHOTS}/lots-inr.png` })
  expect(errors).toEqual([])
})
