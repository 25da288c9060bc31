import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'

/**
 * Issue 17, "Blocking the financier": Open for review… opens a recycler's file read-only in review
 * mode from the first screen, without creating an editable project; the way back to editing is only
 * the owner's own project of the same id.
 */
const base = JSON.parse(readFileSync('tests/fixtures/minimal-project.json', 'utf8')) as Record<string, unknown> & { id: string; sheet: Record<string, unknown> }
const file = { ...base, name: 'Pune black mass', sheet: { ...base.sheet, sponsor: 'Pune Recyclers Pvt Ltd' } }
const fileText = JSON.stringify(file)

async function ready(page: Page) {
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('data-status', 'ready')
}

async function chooseFile(page: Page, open: () => Promise<void>, text = fileText, name = 'pune.bankable.json') {
  const chooser = page.waitForEvent('filechooser')
  await open()
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
}

test('Open for review…: read-only from the first screen, no project created, the owner’s project offered', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await ready(page)
  await chooseFile(page, () => page.getByRole('button', { name: 'Open for review…' }).click())
  await expect(page).toHaveURL(new RegExp(`#/review/${base.id}/sheet$`))
  const banner = page.getByTestId('review-copy-banner')
  await expect(banner).toContainText('Reviewing Pune black mass from Pune Recyclers Pvt Ltd — read-only')
  await expect(page.getByRole('tab', { name: 'Review as financier' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('tab', { name: 'Reviews received' })).toHaveCount(0)
  // Not the owner's: no "Leave review mode", and no way to edit from here.
  await expect(page.getByRole('button', { name: 'Leave review mode' })).toHaveCount(0)
  await expect(banner.getByRole('button', { name: 'Open my project to edit' })).toHaveCount(0)
  await page.getByRole('link', { name: 'Financing' }).first().click()
  await expect(page).toHaveURL(new RegExp(`#/review/${base.id}/financing$`))
  await expect(page.getByLabel('Interest rate (all-in)')).toBeDisabled()
  await expect(banner).toBeVisible()

  // A reload keeps the review open, still read-only.
  await page.reload()
  await expect(page.getByTestId('review-copy-banner')).toContainText('read-only')
  await expect(page.getByLabel('Interest rate (all-in)')).toBeDisabled()

  // No ordinary project was created; the list shows the file under review instead.
  await page.getByRole('button', { name: 'Close review' }).click()
  await expect(page).toHaveURL(/#\/$/)
  await expect(page.getByRole('table', { name: 'Active projects' }).getByRole('link', { name: 'Pune black mass' })).toHaveCount(0)
  const underReview = page.getByRole('region', { name: /Open for review/ })
  await expect(underReview.getByRole('link', { name: 'Pune black mass' })).toBeVisible()
  await expect(underReview).toContainText('Pune Recyclers Pvt Ltd')

  // The recycler's own project of the same id is here too: the review says so and offers it for editing.
  await chooseFile(page, () => page.getByRole('button', { name: 'Open…', exact: true }).click())
  await expect(page).toHaveURL(new RegExp(`#/project/${base.id}/results$`))
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('data-status', 'ready')
  // The File menu's shortcut (web mode: Ctrl+Shift+O) opens the same dialog.
  await chooseFile(page, () => page.keyboard.press('Control+Shift+O'))
  await expect(page).toHaveURL(new RegExp(`#/review/${base.id}/sheet$`))
  await expect(page.getByTestId('review-copy-banner')).toContainText('also on this device as your own project “Pune black mass”')
  await page.getByRole('button', { name: 'Open my project to edit' }).click()
  await expect(page).toHaveURL(new RegExp(`#/project/${base.id}/feedstock$`))
  await expect(page.getByTestId('review-copy-banner')).toHaveCount(0)
  await page.getByRole('link', { name: 'Financing' }).first().click()
  await expect(page.getByLabel('Interest rate (all-in)')).toBeEnabled()
  expect(errors).toEqual([])
})
