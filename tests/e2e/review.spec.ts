import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'

/**
 * Reviewer mode end to end in the web build: a financier opens the project, applies a 20 % price
 * haircut, writes notes and exports the review; the recycler opens it beside the same project and sees
 * the notes by section; after a change to the project it warns; a review for another project and
 * damaged or edited files are refused with a clear message.
 */
const FIXTURE = 'tests/fixtures/minimal-project.json'
const fixtureText = readFileSync(FIXTURE, 'utf8')
const fixture = JSON.parse(fixtureText) as { id: string; name: string }
const SHOTS = 'artifacts/screenshots'

async function openProject(page: Page, text = fixtureText) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open…' }).click()
  await (await chooser).setFiles({ name: 'p.bankable.json', mimeType: 'application/json', buffer: Buffer.from(text) })
  await expect(page).toHaveURL(/#\/project\/[A-Za-z0-9_-]+\/results$/)
}

async function openReview(page: Page, text: string) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open review file…' }).click()
  await (await chooser).setFiles({ name: 'review.json', mimeType: 'application/json', buffer: Buffer.from(text) })
}

test('review a project, export, reopen beside it, warn on change, refuse bad files', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('data-status', 'ready')
  await openProject(page)
  await page.getByRole('link', { name: 'Project sheet' }).click()
  await page.getByRole('tab', { name: 'Review as financier' }).click()

  const cmp = page.getByRole('region', { name: 'Base and review comparison' })
  const npvRow = cmp.locator('tr[data-metric="npv"]')
  await expect(npvRow.locator('td').nth(0)).not.toBeEmpty()
  const baseNpv = await npvRow.locator('td').nth(0).innerText()
  await expect(npvRow.locator('td').nth(1)).toHaveText(baseNpv) // neutral case = base

  await page.getByLabel('Your name').fill('A. Banker')
  await page.getByLabel('Organisation').fill('Example ECA')
  // Every amount of this project is in USD: no FX stress to offer.
  await expect(page.getByTestId('review-fx')).toHaveCount(0)
  await page.getByLabel('Price haircut').fill('20')
  await expect(npvRow.locator('td').nth(1)).not.toHaveText(baseNpv)

  // The field is found by its label; nobody types a model path.
  await page.getByLabel('Field (optional)').fill('Interest rate · Senior debt (Financing)')
  await page.getByLabel('Note', { exact: true }).fill('Rate is below our pricing for this risk')
  await page.getByRole('button', { name: 'Add note' }).click()
  await page.getByLabel('Section', { exact: true }).selectOption('offtake')
  await page.getByLabel('Status', { exact: true }).selectOption('rejected')
  await page.getByLabel('Note', { exact: true }).fill('No contracted offtake: not bankable as is')
  await page.getByRole('button', { name: 'Add note' }).click()
  await expect(page.getByRole('list', { name: 'Review notes' }).getByRole('listitem')).toHaveCount(2)
  await page.screenshot({ path: `${SHOTS}/review-mode.png`, fullPage: true })

  // Open for review, the recycler's inputs are read-only in every section, not only on this tab.
  await expect(page.getByRole('button', { name: 'Leave review mode' })).toBeVisible()
  await page.getByRole('link', { name: 'Financing' }).first().click()
  const rate = page.getByLabel('Interest rate (all-in)')
  const rateBefore = await rate.inputValue()
  // The fields say so before anyone types: disabled (applyEdit would refuse the edit anyway).
  await expect(rate).toBeDisabled()
  await expect(page.getByLabel('Repayment profile')).toBeDisabled()
  await page.getByRole('link', { name: 'Project sheet' }).click()
  await expect(page.getByRole('tab', { name: 'Review as financier' })).toHaveAttribute('aria-selected', 'true')
  await page.getByRole('link', { name: 'Financing' }).first().click()
  await expect(page.getByLabel('Interest rate (all-in)')).toHaveValue(rateBefore)
  await page.getByRole('link', { name: 'Project sheet' }).click()

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export review file' }).click()
  const reviewText = readFileSync((await (await download).path())!, 'utf8')
  const review = JSON.parse(reviewText) as { project: { id: string; sha256: string }; reviewCase: { priceHaircut: string }; notes: { path: string | null; section: string; status: string }[]; schemaVersion: number }
  expect(review.schemaVersion).toBe(2)
  expect(review.project.id).toBe(fixture.id)
  expect(review.project.sha256).toMatch(/^[0-9a-f]{64}$/)
  expect(review.reviewCase.priceHaircut).toBe('0.2')
  expect(review.notes.map((n) => [n.section, n.path, n.status])).toEqual([['financing', 'financing.tranches.0.interest.annualRate', 'query'], ['offtake', null, 'rejected']])

  // The recycler's side, same project: the notes where they belong, no warning.
  await page.getByRole('tab', { name: 'Reviews received' }).click()
  await openReview(page, reviewText)
  await expect(page.getByRole('navigation', { name: 'Notes by section' }).getByRole('link', { name: 'Financing: 1 note' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Notes on Offtake' })).toContainText('No contracted offtake')
  await expect(page.getByText('has changed since it was reviewed')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Leave review mode' })).toHaveCount(0) // the recycler's side: out of review mode
  await page.screenshot({ path: `${SHOTS}/review-received.png`, fullPage: true })

  // Kept in the app's database: after a reload the received review and the financier's draft are still there.
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-status', 'ready')
  await page.getByRole('tab', { name: 'Reviews received' }).click()
  await expect(page.getByRole('region', { name: 'Notes on Offtake' })).toContainText('No contracted offtake')
  await expect(page.getByRole('region', { name: 'Notes on Financing' })).toContainText('Rate is below our pricing')
  await page.getByRole('tab', { name: 'Review as financier' }).click()
  await expect(page.getByRole('list', { name: 'Review notes' }).getByRole('listitem')).toHaveCount(2)
  await expect(page.getByLabel('Your name')).toHaveValue('A. Banker')
  await page.getByRole('tab', { name: 'Reviews received' }).click()

  // Damaged and edited files: a clear refusal, nothing added.
  await openReview(page, reviewText.slice(0, 200))
  await expect(page.getByText(/damaged or truncated/)).toBeVisible()
  await openReview(page, reviewText.replace('Rate is below', 'Rate is above'))
  await expect(page.getByText(/changed after it was exported/)).toBeVisible()
  await openReview(page, '{"hello": "world"}')
  await expect(page.getByText(/not a Bankable review/)).toBeVisible()
  await expect(page.locator('.review-inbox .card')).toHaveCount(1)

  // The project changes → the review is shown with a warning.
  await page.getByRole('tab', { name: 'Project sheet' }).click()
  await page.getByLabel('Sponsor').fill('Changed sponsor')
  await page.getByRole('tab', { name: 'Reviews received' }).click()
  await expect(page.getByText(/has changed since it was reviewed/)).toBeVisible()

  // Another project (the same file opened again, added as a copy under a new id) → refused.
  await page.goto('/')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open…' }).click()
  await (await chooser).setFiles({ name: 'p.bankable.json', mimeType: 'application/json', buffer: Buffer.from(fixtureText) })
  await page.getByRole('dialog', { name: 'This project is already here' }).getByRole('button', { name: 'Add the file as a copy' }).click()
  await expect(page).toHaveURL(/#\/project\/[A-Za-z0-9_-]+\/results$/)
  await expect(page).not.toHaveURL(new RegExp(`#/project/${fixture.id}/`))
  await page.getByRole('link', { name: 'Project sheet' }).click()
  await page.getByRole('tab', { name: 'Reviews received' }).click()
  await openReview(page, reviewText)
  await expect(page.getByText(/for another project/)).toBeVisible()
  await expect(page.locator('.review-inbox .card')).toHaveCount(0)
  expect(errors).toEqual([])
})

/**
 * FX stress on the review case moves debt service (issue 14). The project (tests/fixtures/
 * fx-two-tranche-project.json, held to the hand case by tests/shared/review/review-fx.test.ts) earns USD
 * and owes a USD tranche and an unhedged INR tranche of INR 24 m: with INR 25 %/yr weaker its service falls
 * from 174,000 to 139,200 in 2027, so the minimum DSCR rises from 1.60x to 1.80x while revenue and the
 * debt amount stay where they were.
 */
test('FX stress on the review case: INR depreciation moves the unhedged INR tranche\'s service', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('data-status', 'ready')
  await openProject(page, readFileSync('tests/fixtures/fx-two-tranche-project.json', 'utf8'))
  await page.getByRole('link', { name: 'Project sheet' }).click()
  await page.getByRole('tab', { name: 'Review as financier' }).click()
  const cmp = page.getByRole('region', { name: 'Base and review comparison' })
  const dscr = cmp.locator('tr[data-metric="minDscr"]')
  const debt = cmp.locator('tr[data-metric="debtAtCod"]')
  await expect(dscr.locator('td').nth(0)).toHaveText(/^1\.60/)
  await expect(dscr.locator('td').nth(1)).toHaveText(/^1\.60/)
  const debtBefore = await debt.locator('td').nth(1).innerText()

  await expect(page.getByTestId('review-fx')).toBeVisible()
  await page.getByLabel('INR depreciation').fill('25')
  await expect(dscr.locator('td').nth(1)).toHaveText(/^1\.80/)
  await expect(dscr.locator('td').nth(0)).toHaveText(/^1\.60/)
  await expect(debt.locator('td').nth(1)).toHaveText(debtBefore)
  // Cleared, the case is neutral again.
  await page.getByLabel('INR depreciation').fill('')
  await expect(dscr.locator('td').nth(1)).toHaveText(/^1\.60/)
  // A 25 % weaker INR in every year, close included: INR 100 and 125 (2027: 1.92 m + 12 m at 100 = 139,200 again).
  await page.getByLabel('FX multiplier').fill('1.25')
  await expect(dscr.locator('td').nth(1)).toHaveText(/^1\.80/)
  await page.screenshot({ path: `${SHOTS}/review-fx-stress.png`, fullPage: true })
  expect(errors).toEqual([])
})
