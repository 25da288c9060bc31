import { expect, test, type Page } from '@playwright/test'
import { templateCsv } from '../../src/shared/import/templates'

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
