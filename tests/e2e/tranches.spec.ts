import { readFileSync } from 'node:fs'
import { expect, test, type Locator, type Page } from '@playwright/test'

/**
 * Debt in tranches as a user builds it (issue #14): a second tranche in INR beside the USD one, the
 * shares moved from 50/50 to 60/40 through the 100 % rule, each tranche's schedule in its own currency
 * and in the reporting currency, and the Results and the project sheet showing the debt by tranche.
 */
const FIXTURE = 'tests/fixtures/minimal-project.json'
const fixtureText = readFileSync(FIXTURE, 'utf8')
const fixture = JSON.parse(fixtureText) as { id: string; name: string }
const SHOTS = 'artifacts/screenshots'

const input = (page: Page, path: string): Locator => page.locator(`[data-path="${path}"]`).locator('input, select, textarea').first()
const message = (page: Page, path: string): Locator => page.locator(`[data-path="${path}"]`).getByRole('alert')
const section = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true }).click()

/** A whole element as it looks, however tall: the workspace scrolls inside its own pane, so the window grows for the picture. */
async function shoot(page: Page, target: Locator, name: string) {
  await page.setViewportSize({ width: 1440, height: 3200 })
  await target.screenshot({ path: `${SHOTS}/${name}.png` })
  await page.setViewportSize({ width: 1440, height: 900 })
}

async function openFixture(page: Page) {
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('data-status', 'ready')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open…' }).click()
  await (await chooser).setFiles({ name: 'p.bankable.json', mimeType: 'application/json', buffer: Buffer.from(fixtureText) })
  await expect(page).toHaveURL(new RegExp(`#/project/${fixture.id}/results$`))
  await page.getByRole('button', { name: 'Dismiss notification' }).click()
}

test('a second tranche in INR at 60/40: Financing, Results and the project sheet follow', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  await openFixture(page)
  // One debt, as before: no tranche table in Results' words beyond the one line.
  await expect(page.getByTestId('fx-exposure')).toHaveText('All debt service is in USD, the reporting currency: no FX exposure.')

  await section(page, 'Financing')
  const senior = page.locator('.card').filter({ has: page.getByRole('heading', { name: 'Senior debt', exact: true }) })
  await expect(senior).toContainText('One tranche in USD, the reporting currency.')
  await expect(page.getByLabel('Interest rate (all-in)')).toHaveValue('9')
  await expect(page.getByTestId('debt-chart').locator('.recharts-bar-rectangle').first()).toBeVisible()
  await shoot(page, page.locator('.editor-section'), 'tranches-financing-one')

  // Add a tranche: it takes half of the first one's share and is chosen for editing.
  await page.getByRole('button', { name: 'Add tranche' }).click()
  await expect(page.getByRole('heading', { name: 'Senior debt in 2 tranches' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Tranche: Tranche 2' })).toBeVisible()
  await expect(input(page, 'financing.tranches.0.share')).toHaveValue('50')
  await expect(input(page, 'financing.tranches.1.share')).toHaveValue('50')
  await input(page, 'financing.tranches.1.name').fill('SBI term loan')
  await input(page, 'financing.tranches.1.lenderType').selectOption('commercialBank')
  await input(page, 'financing.tranches.1.currency').selectOption('INR')
  await expect(page.locator('[data-path="financing.tranches.1.currency"]')).toContainText('Lent and repaid in INR')
  await input(page, 'financing.tranches.1.interest.annualRate').fill('9.25')
  await expect(page.getByRole('heading', { name: 'Tranche: SBI term loan' })).toBeVisible()

  // The first tranche: a USD ECA loan.
  await page.getByTestId('tranche-row-0').getByRole('button', { name: 'Senior debt' }).click()
  await input(page, 'financing.tranches.0.name').fill('JBIC buyer’s credit')
  await input(page, 'financing.tranches.0.lenderType').selectOption('eca')
  await input(page, 'financing.tranches.0.ecaPremium').fill('4.5')

  // 50/50 → 60/40: the first edit breaks the 100 % rule and waits, the second completes it.
  await input(page, 'financing.tranches.0.share').fill('60')
  await expect(message(page, 'financing.tranches.0.share')).toContainText('shares add up to 110')
  await expect(page.getByTestId('tranche-share-total')).toContainText('Shares add up to 110 %, not 100 %')
  await input(page, 'financing.tranches.1.share').fill('40')
  await expect(message(page, 'financing.tranches.0.share')).toHaveCount(0)
  await expect(page.getByTestId('tranche-share-total')).toHaveText('Shares add up to 100 %.')
  await expect(input(page, 'financing.tranches.0.share')).toHaveValue('60')
  await expect(page.getByTestId('tranche-row-1')).toContainText('INR')
  await expect(page.getByTestId('tranche-row-1')).toContainText('unhedged')
  await shoot(page, page.locator('.editor-section'), 'tranches-financing-two')

  // The INR tranche's schedule: in INR and in USD, each group named with its display unit — every
  // digit until one is chosen (#17), then USD in millions once the reader picks it in the header.
  await page.getByRole('group', { name: 'Debt schedule of' }).getByRole('button', { name: 'SBI term loan' }).click()
  const schedule = page.locator('[data-testid^="tranche-schedule-"]')
  await expect(schedule.getByRole('columnheader', { name: /^INR \(tranche currency\)$/ })).toBeVisible()
  await expect(schedule.getByRole('columnheader', { name: /^USD \(reporting currency\)$/ })).toBeVisible()
  await page.getByRole('group', { name: 'Show amounts in' }).getByRole('button', { name: 'USD million' }).click()
  await expect(schedule.getByRole('columnheader', { name: /^USD million \(reporting currency\)$/ })).toBeVisible()
  await expect(schedule.getByRole('columnheader', { name: /^INR \(tranche currency\)$/ })).toBeVisible()
  await expect(schedule.getByTestId('tranche-debt-at-cod')).toContainText(/^₹[\d,]+ · [\d.]+ crore = \$[\d,]+/)
  await expect(schedule.getByTestId('tranche-chart').locator('.recharts-bar-rectangle').first()).toBeVisible()
  await shoot(page, schedule, 'tranches-schedule-inr')

  // Results: the debt by tranche, the blended rate and the FX exposure of debt service.
  await section(page, 'Results')
  const table = page.getByTestId('results-tranches')
  await expect(table.getByRole('row')).toHaveCount(4) // header, two tranches, total
  const jbic = table.getByRole('row').filter({ hasText: 'JBIC buyer’s credit (ECA)' })
  const sbi = table.getByRole('row').filter({ hasText: 'SBI term loan (Commercial bank)' })
  await expect(jbic).toContainText('60 %')
  await expect(sbi).toContainText('40 %')
  await expect(sbi).toContainText('unhedged')
  await expect(sbi).toContainText('₹')
  // 60 % × 9 % + 40 % × 9.25 % (the INR curve is flat, so debt at COD splits 60/40 in USD too).
  await expect(page.getByTestId('blended-rate')).toHaveText('9.10 %') // a rate: two decimals always (percent.ts)
  await expect(page.getByTestId('fx-exposure')).toHaveText(/^[\d.]+ % of debt service is in USD, the reporting currency; [\d.]+ % is in INR, unhedged\.$/)
  await shoot(page, page.locator('.debt-by-tranche'), 'tranches-results')

  // The project sheet: the tranche table a lender reads.
  await section(page, 'Project sheet')
  const sheet = page.getByRole('document', { name: 'Project sheet' })
  await expect(sheet.getByRole('heading', { name: 'Senior debt by tranche' })).toBeVisible()
  const rows = sheet.locator('table.tranches tr')
  await expect(rows).toHaveCount(4)
  await expect(rows.nth(1)).toContainText(/JBIC buyer’s credit \((ECA)\)/)
  await expect(rows.nth(1)).toContainText('60 %')
  await expect(rows.nth(1)).toContainText(/ECA (premium )?4\.5 %/)
  await expect(rows.nth(2)).toContainText(/SBI term loan \((Commercial bank|bank)\)/)
  await expect(rows.nth(2)).toContainText('INR')
  await expect(rows.nth(2)).toContainText('9.25 % fixed')
  await expect(rows.nth(2)).toContainText('unhedged')
  await expect(sheet).toContainText(/Debt service by currency: [\d.]+ % in USD, [\d.]+ % in INR unhedged\./)
  await expect(sheet.locator('table.tornado')).toBeVisible({ timeout: 30_000 })
  await shoot(page, sheet, 'tranches-sheet')
  expect(errors).toEqual([])
})

test('a hedged INR tranche at a base rate by year + margin, then removed: its share goes back to the first tranche', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await openFixture(page)
  await section(page, 'Financing')
  await page.getByRole('button', { name: 'Add tranche' }).click()
  await input(page, 'financing.tranches.1.currency').selectOption('INR')
  // The hedge is offered only for a tranche not in the reporting currency.
  await expect(page.locator('[data-path="financing.tranches.0.hedge.hedged"]')).toHaveCount(0)
  await page.getByLabel('Hedged into USD').check()
  await input(page, 'financing.tranches.1.hedge.annualCost').fill('1.5')
  await input(page, 'financing.tranches.1.interest.kind').selectOption('floating')
  // The switch keeps the rate: base = the fixed 9 %, no margin, until edited.
  await expect(input(page, 'financing.tranches.1.interest.baseRates.0.annualRate')).toHaveValue('9')
  await input(page, 'financing.tranches.1.interest.baseRates.0.annualRate').fill('6.5')
  await input(page, 'financing.tranches.1.interest.marginAnnualRate').fill('2.75')
  await page.getByRole('button', { name: 'Add year' }).click()
  await input(page, 'financing.tranches.1.interest.baseRates.1.annualRate').fill('6')
  await expect(page.getByTestId('tranche-row-1')).toContainText('base + 2.75 %')
  await expect(page.getByTestId('tranche-row-1')).toContainText('hedged')
  await shoot(page, page.locator('.editor-section'), 'tranches-floating-hedged')

  await section(page, 'Results')
  // Half the debt each, but the INR tranche also pays its swap cost: the larger share of debt service.
  await expect(page.getByTestId('fx-exposure')).toHaveText(/^[\d.]+ % of debt service is in INR, hedged into USD; [\d.]+ % is in USD, the reporting currency\.$/)
  await expect(page.getByTestId('results-tranches')).toContainText('(base + 2.75 %)')

  await section(page, 'Financing')
  await page.getByTestId('tranche-row-1').getByRole('button').click()
  await page.getByRole('button', { name: 'Delete tranche' }).click()
  await expect(page.getByRole('heading', { name: 'Senior debt', exact: true })).toBeVisible()
  await expect(page.getByText('One tranche in USD, the reporting currency.')).toBeVisible()
  await section(page, 'Results')
  await expect(page.getByTestId('results-tranches').getByRole('row')).toHaveCount(3) // header, one tranche, total
  await expect(page.getByTestId('results-tranches')).toContainText('100 %')
  expect(errors).toEqual([])
})
