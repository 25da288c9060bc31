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
  // A damaged file is refused with the reason; nothing is opened or kept.
  await chooseFile(page, () => page.getByRole('button', { name: 'Open for review…' }).click(), fileText.slice(0, 300), 'damaged.bankable.json')
  await expect(page.getByText(/“damaged.bankable.json” was not opened/)).toBeVisible()
  await expect(page).toHaveURL(/#\/$|\/$/)
  await expect(page.getByRole('region', { name: /Open for review/ })).toHaveCount(0)
  await chooseFile(page, () => page.getByRole('button', { name: 'Open for review…' }).click())
  await expect(page).toHaveURL(new RegExp(`#/review/${base.id}/sheet$`))
  const banner = page.getByTestId('review-copy-banner')
  await expect(banner).toContainText('Reviewing Pune black mass from Pune Recyclers Pvt Ltd — read-only')
  await expect(page.getByRole('tab', { name: 'Review as financier' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('tab', { name: 'Reviews received' })).toHaveCount(0)
  // Nothing of the financier's is saved into the recycler's file: the header says read-only, not "Saved".
  await expect(page.locator('.app-header').getByText('Read-only review')).toBeVisible()
  await expect(page.locator('.app-header .save-status')).toHaveCount(0)
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
  await page.getByRole('button', { name: 'Back to projects' }).click()
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

  // Removing the review from the list removes the read-only copy; the owner's project stays.
  await page.goto('/')
  await page.getByRole('button', { name: 'Remove the review of Pune black mass' }).click()
  await expect(page.getByRole('region', { name: /Open for review/ })).toHaveCount(0)
  await expect(page.getByRole('table', { name: 'Active projects' }).getByRole('link', { name: 'Pune black mass' })).toBeVisible()
  await page.goto(`/#/review/${base.id}/sheet`)
  await expect(page.getByText('Review not found')).toBeVisible()
  expect(errors).toEqual([])
})

/**
 * The financier's workflow end to end, then the recycler's reading of it: Open for review → a price
 * haircut and notes attached by clicking a field and by finding one by label → base and review side
 * by side → export the review file; the recycler opens it beside their own project and sees each
 * note at its field.
 */
test('financier: open for review, stress, note fields, compare, export; recycler: notes at the fields', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await ready(page)
  await chooseFile(page, () => page.getByRole('button', { name: 'Open for review…' }).click())
  await expect(page.getByTestId('review-copy-banner')).toContainText('read-only')

  await page.getByLabel('Your name').fill('A. Banker')
  await page.getByLabel('Organisation').fill('Example ECA')
  await page.getByLabel('Price haircut').fill('20')
  await page.getByLabel('Covenant DSCR').fill('1.5')

  // Side by side: the minimum DSCR falls, signed and marked worse for the lender; the checklist graded both ways.
  const cmp = page.getByRole('region', { name: 'Base and review comparison' })
  const dscr = cmp.locator('tr[data-metric="minDscr"]')
  await expect(dscr.locator('td').nth(2)).toHaveText(/^\u2212\d+\.\d\dx/)
  await expect(dscr.locator('td').nth(2)).toContainText('worse')
  await expect(cmp.getByRole('columnheader', { name: /Review, reviewer’s thresholds/ })).toBeVisible()
  await expect(cmp.locator('tr[data-check="minDscr"]')).toBeVisible()
  await expect(page.getByTestId('review-dscr-chart').locator('.recharts-line')).toHaveCount(2)

  // A note by clicking the field (disabled, read-only) in the Financing section.
  await page.getByRole('link', { name: 'Financing' }).first().click()
  const rate = page.locator('.model-field[data-path="financing.tranches.0.interest.annualRate"]')
  await expect(rate.getByLabel('Interest rate (all-in)')).toBeDisabled()
  await rate.getByLabel('Interest rate (all-in)').click({ force: true })
  const dialog = page.getByRole('dialog', { name: 'Note on “Interest rate (all-in)”' })
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('Status').selectOption('rejected')
  await dialog.getByLabel('Note').fill('Below our pricing for this risk: use 9.5 %')
  await dialog.getByRole('button', { name: 'Add note' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(rate.getByTestId('field-notes')).toContainText('rejected')
  await expect(rate.getByTestId('field-notes')).toContainText('Below our pricing for this risk')

  // A note by finding the field by its label: "capex" alone matches several fields; "contingency" only one.
  await page.getByRole('link', { name: 'Project sheet' }).click()
  await expect(page.getByRole('tab', { name: 'Review as financier' })).toHaveAttribute('aria-selected', 'true')
  await page.getByLabel('Field (optional)').fill('capex')
  await expect(page.getByText(/fields match: pick one from the list/)).toBeVisible()
  await page.getByLabel('Field (optional)').fill('contingency')
  await expect(page.getByText('Note on Contingency (Costs)')).toBeVisible()
  await page.getByLabel('Note', { exact: true }).fill('10 % is thin for a first-of-a-kind plant')
  await page.getByRole('button', { name: 'Add note' }).click()
  // A ramp-up year found by its label; and a model value with no field of its own (the stream's kind,
  // fixed when the stream was made), which shows at the top of its section, named.
  await page.getByLabel('Field (optional)').fill('Ramp-up 2 · BM (Feedstock)')
  await page.getByLabel('Note', { exact: true }).fill('Year-2 ramp-up at 90 % is aggressive for hydromet')
  await page.getByRole('button', { name: 'Add note' }).click()
  await page.getByLabel('Field (optional)').fill('Kind · BM (Feedstock)')
  await page.getByLabel('Note', { exact: true }).fill('Confirm the black mass is from NMC packs only')
  await page.getByRole('button', { name: 'Add note' }).click()
  // A note on a section as a whole (no field).
  await page.getByLabel('Section', { exact: true }).selectOption('offtake')
  await page.getByLabel('Status', { exact: true }).selectOption('rejected')
  await page.getByLabel('Note', { exact: true }).fill('No contracted offtake: not bankable as is')
  await page.getByRole('button', { name: 'Add note' }).click()
  const list = page.getByRole('list', { name: 'Review notes' })
  await expect(list.getByRole('listitem')).toHaveCount(5)
  await expect(list).toContainText('Interest rate · Senior debt')
  await expect(list).not.toContainText('financing.')
  // …and it shows at its field in the Costs section too.
  await page.getByRole('link', { name: 'Costs' }).first().click()
  await expect(page.locator('.model-field[data-path="costs.capex.contingency"]').getByTestId('field-notes')).toContainText('thin for a first-of-a-kind plant')

  // Export the review file at the end of the workflow, from wherever the financier is (the banner).
  const download = page.waitForEvent('download')
  await page.getByTestId('review-copy-banner').getByRole('button', { name: 'Export review file (5 notes)' }).click()
  const reviewText = readFileSync((await (await download).path())!, 'utf8')
  const review = JSON.parse(reviewText) as { project: { id: string }; reviewCase: { priceHaircut: string }; notes: { path: string | null; section: string; status: string }[] }
  expect(review.project.id).toBe(base.id)
  expect(review.reviewCase.priceHaircut).toBe('0.2')
  expect(review.notes.map((n) => [n.section, n.path, n.status])).toEqual([
    ['financing', 'financing.tranches.0.interest.annualRate', 'rejected'],
    ['costs', 'costs.capex.contingency', 'query'],
    ['feedstock', 'feedstock.0.rampUp.1', 'query'],
    ['feedstock', 'feedstock.0.kind', 'query'],
    ['offtake', null, 'rejected']
  ])

  // The recycler: their own project (the same file, opened normally), the review opened beside it.
  await page.getByRole('button', { name: 'Back to projects' }).click()
  await chooseFile(page, () => page.getByRole('button', { name: 'Open…', exact: true }).click())
  await expect(page).toHaveURL(new RegExp(`#/project/${base.id}/results$`))
  await page.getByRole('link', { name: 'Project sheet' }).click()
  await page.getByRole('tab', { name: 'Reviews received' }).click()
  await chooseFile(page, () => page.getByRole('button', { name: 'Open review file…' }).click(), reviewText, 'review.json')
  // Each note names its field by label and takes the recycler there.
  await page.getByRole('region', { name: 'Notes on Financing' }).getByRole('button', { name: 'Interest rate · Senior debt' }).click()
  await expect(page).toHaveURL(new RegExp(`#/project/${base.id}/financing$`))
  await expect(page.getByLabel('Interest rate (all-in)')).toBeFocused()
  const ownRate = page.locator('.model-field[data-path="financing.tranches.0.interest.annualRate"]')
  await expect(ownRate.getByLabel('Interest rate (all-in)')).toBeEnabled()
  await expect(ownRate.getByTestId('field-notes')).toContainText('A. Banker, Example ECA:')
  await expect(ownRate.getByTestId('field-notes')).toContainText('rejected')
  await page.getByRole('link', { name: 'Costs' }).first().click()
  await expect(page.locator('.model-field[data-path="costs.capex.contingency"]').getByTestId('field-notes')).toContainText('thin for a first-of-a-kind plant')
  await page.getByRole('link', { name: 'Offtake' }).first().click()
  await expect(page.getByRole('list', { name: 'Review notes on Offtake' })).toContainText('A. Banker, Example ECA: No contracted offtake')
  await page.getByRole('link', { name: 'Feedstock' }).first().click()
  await expect(page.locator('.model-field[data-path="feedstock.0.rampUp.1"]').getByTestId('field-notes')).toContainText('Year-2 ramp-up at 90 % is aggressive')
  const feedstockNotes = page.getByRole('list', { name: 'Review notes on Feedstock' })
  await expect(feedstockNotes).toContainText('Kind · BM — Confirm the black mass is from NMC packs only')
  await expect(feedstockNotes).not.toContainText('Year-2 ramp-up') // it has its field
  expect(errors).toEqual([])
})

/**
 * The review case's lender thresholds (issue 17): a preset whose threshold the reviewer edits stays that
 * preset and says so — "JBIC-style, edited" with "Reset to JBIC-style" — instead of reading "The project's
 * thresholds" beside an edited 1.40x.
 */
test('review case: an edited lender preset says "edited" and resets', async ({ page }) => {
  await ready(page)
  await chooseFile(page, () => page.getByRole('button', { name: 'Open for review…' }).click())
  const picker = page.getByLabel('Lender thresholds')
  await expect(picker.locator('option:checked')).toHaveText(/^The project’s thresholds/)
  await picker.selectOption({ label: 'Export-credit agency (JBIC-style)' })
  const covenant = page.getByLabel('Covenant DSCR')
  const presetValue = await covenant.inputValue()
  await covenant.fill('1.4')
  await expect(picker.locator('option:checked')).toHaveText('JBIC-style, edited')
  // No choice drops the preset and leaves its values unnamed ("My own thresholds" only names thresholds of no preset).
  await expect(picker.locator('option', { hasText: 'My own thresholds' })).toHaveCount(0)
  await page.getByLabel('Lock-up DSCR').fill('1.2')
  await expect(picker.locator('option:checked')).toHaveText('JBIC-style, edited')
  await page.getByRole('button', { name: 'Reset to JBIC-style' }).click()
  await expect(covenant).toHaveValue(presetValue)
  await expect(picker.locator('option:checked')).toHaveText('Export-credit agency (JBIC-style)')
  await expect(page.getByRole('button', { name: 'Reset to JBIC-style' })).toHaveCount(0)
  await picker.selectOption('__project__')
  await expect(picker.locator('option:checked')).toHaveText(/^The project’s thresholds/)
})
