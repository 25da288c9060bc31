import { expect, test, type Locator, type Page } from '@playwright/test'

/**
 * The input sections as a user meets them: refused values are explained at the field and never
 * stored, what was accepted survives a reload, and a chain of edits undoes and redoes one field
 * edit at a time (keyboard and header buttons). Runs in Chromium against the web build.
 */

async function ready(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-status', 'ready')
}

async function createProject(page: Page, name: string) {
  await page.getByRole('button', { name: 'New project' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'New project' })
  await dialog.getByLabel('Project name').fill(name)
  await dialog.getByRole('button', { name: 'Create project' }).click()
  await expect(page).toHaveURL(/#\/project\/[A-Za-z0-9_-]+\/feedstock$/)
}

const section = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true }).click()
/** The input bound to a model path, and the message shown under it. */
const input = (page: Page, path: string): Locator => page.locator(`[data-path="${path}"]`).locator('input, select, textarea').first()
const message = (page: Page, path: string): Locator => page.locator(`[data-path="${path}"]`).getByRole('alert')

async function saved(page: Page) {
  await expect(page.getByText('Saved', { exact: true })).toBeVisible()
}

/** Click a neutral place so keyboard shortcuts reach the app, not the focused field's own text undo. */
const leaveFields = (page: Page) => page.locator('.page-title').click()

test('refused values are explained at the field, accepted ones survive reload, undo/redo walks the chain', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  await ready(page)
  await createProject(page, 'Inputs under test')

  // A battery stream from the reference library.
  await page.getByRole('button', { name: 'Add stream', exact: true }).click()
  const add = page.getByRole('dialog', { name: 'Add feedstock stream' })
  await add.getByLabel('Chemistry').selectOption('NMC622')
  await add.getByLabel('Form').selectOption('blackMass')
  await add.getByLabel('Annual quantity (nameplate)').fill('5000')
  await add.getByRole('button', { name: 'Add stream', exact: true }).click()
  const row = page.getByRole('row').filter({ hasText: 'NMC622 black mass' })
  await expect(row).toContainText('5,000 t/yr')
  await expect(page.getByText(/Reference library, NMC622 black mass/)).toBeVisible()
  await expect(page.getByText('Added products Lithium carbonate (Li₂CO₃), Nickel sulphate (NiSO₄·6H₂O), Cobalt sulphate (CoSO₄·7H₂O), Manganese sulphate (MnSO₄·H₂O) for the metals of NMC622 black mass')).toBeVisible()

  // A purchased lot from its lot file, settled as the refiner would (C1: USD 254,869.51).
  await page.getByTestId('lot-file-input').setInputFiles('resources/lots/c1-catalyst-lot.json')
  await expect(page.getByTestId('lot-net-c1-catalyst-lot')).toHaveText('$254,869.51')

  // Negative volume: explained at the field, nothing stored, and the form does not jump (nor does the
  // header, whose status now reads "1 field not saved").
  const qty = input(page, 'feedstock.0.inputTonnesPerYear')
  const rampHeading = page.getByRole('heading', { name: /Ramp-up by operating year/ })
  const before = await rampHeading.boundingBox()
  const fieldBefore = await qty.boundingBox()
  await qty.fill('-100')
  await expect(message(page, 'feedstock.0.inputTonnesPerYear')).toHaveText('Annual quantity (nameplate) must be at least 0 t/yr')
  await expect(qty).toHaveValue('-100')
  await expect(row).toContainText('5,000 t/yr')
  // The input stays put; what follows moves at most by the message's second line (it names the field).
  expect((await qty.boundingBox())?.y).toBe(fieldBefore?.y)
  expect((await rampHeading.boundingBox())!.y - before!.y).toBeLessThanOrEqual(20)
  await page.locator('[data-path="feedstock.0.inputTonnesPerYear"]').screenshot({ path: 'test-results/newcomer-field-message.png' })

  // Text in a number field: the field says why and keeps the text; Escape returns to the stored value.
  await qty.fill('12a')
  await expect(message(page, 'feedstock.0.inputTonnesPerYear')).toHaveText('Unknown size word “a”: use lakh, crore, million or billion (or L, cr, mn, bn)')
  await qty.fill('1,2000')
  await expect(message(page, 'feedstock.0.inputTonnesPerYear')).toHaveText('Group digits by thousands: 12,000, or type them without commas')
  await qty.press('Escape')
  await expect(qty).toHaveValue('5000')
  await expect(message(page, 'feedstock.0.inputTonnesPerYear')).toHaveCount(0)

  // Grades that add up to more than 100 % are refused by the cross-field rule, named at the field.
  await input(page, 'feedstock.0.grades.Ni').fill('95')
  await expect(message(page, 'feedstock.0.grades.Ni')).toContainText('grades add up to more than 100 %')
  await input(page, 'feedstock.0.grades.Ni').press('Escape')

  // Accepted edits: volume, ramp-up over two years.
  await qty.fill('7500')
  await expect(row).toContainText('7,500 t/yr')
  await page.getByRole('group', { name: 'Ramp-up' }).getByRole('button', { name: 'Add year' }).click()
  await input(page, 'feedstock.0.rampUp.0').fill('60')
  await expect(input(page, 'feedstock.0.rampUp.1')).toHaveValue('100')

  // Recovery of 120 %: refused in percent terms; the route keeps 90 %.
  await section(page, 'Recovery')
  const li = input(page, 'routes.0.recovery.Li')
  await expect(li).toHaveValue('90')
  await li.fill('120')
  await expect(message(page, 'routes.0.recovery.Li')).toHaveText('Li recovery must be between 0 and 100 %')
  await expect(page.getByRole('row').filter({ hasText: 'NMC622 black mass' })).toContainText('90 %')
  // The header does not say "Saved" while a field holds a refused value; Escape gives the saved one back.
  await expect(page.getByTestId('unsaved-fields')).toHaveText('1 field not saved')
  await li.press('Escape')
  await expect(li).toHaveValue('90')
  await expect(page.getByTestId('unsaved-fields')).toHaveCount(0)
  // The stream brought the products its chemistry implies (issue 17), Li₂CO₃ first with its factor.
  await expect(input(page, 'products.0.factor')).toHaveValue('5.3227')
  await expect(page.getByRole('table', { name: 'Products' }).getByRole('row')).toHaveCount(5)

  // The dated reference deck, with its date and source beside the price.
  await section(page, 'Prices')
  await page.getByRole('button', { name: 'Add deck from reference', exact: true }).click()
  await expect(input(page, 'prices.decks.1.asOf')).toHaveValue('2025-06-30')
  await expect(input(page, 'prices.decks.1.prices.0.basePricePerUnit')).toHaveValue('8400')
  await expect(page.getByTestId('deck-editor').getByText(/8400 USD\/t on 2025-06-06/)).toBeVisible()

  // Costs, tax preset and financing.
  await section(page, 'Costs')
  await input(page, 'costs.capex.items.0.amount').fill('25000000')
  await expect(page.getByTestId('capex-total')).toContainText('$25,000,000') // whole units in the default display unit (#17)
  await expect(page.getByTestId('capex-total')).not.toContainText('.00')
  await input(page, 'costs.opex.fixedPerYear').fill('1800000')
  await page.getByLabel('Tax preset').selectOption('in-115baa')
  await expect(input(page, 'tax.rate')).toHaveValue('25.168')
  // Tax blocks and maintenance: a new project capitalises maintenance; the item becomes land.
  await expect(input(page, 'tax.maintenanceCapex')).toHaveValue('capitalised')
  await expect(input(page, 'costs.capex.items.0.taxBlock')).toHaveValue('depreciable')
  await input(page, 'costs.capex.items.0.taxBlock').selectOption('land')
  await input(page, 'tax.maintenanceCapex').selectOption('expensed')
  await section(page, 'Financing')
  await input(page, 'financing.gearing').fill('65')
  await input(page, 'financing.tranches.0.tenorYears').fill('8')
  await input(page, 'financing.tranches.0.graceMonths').fill('5')
  await expect(message(page, 'financing.tranches.0.graceMonths')).toHaveText('Grace after COD must be a multiple of the period length (6 months)')
  await expect(page.getByTestId('unsaved-fields')).toHaveText('1 field not saved')

  // Reload: accepted values are back; the refused draft is back in its field (never stored), and
  // Escape shows the stored value.
  await page.reload()
  await ready(page)
  await expect(input(page, 'financing.gearing')).toHaveValue('65')
  await expect(input(page, 'financing.tranches.0.tenorYears')).toHaveValue('8')
  await expect(input(page, 'financing.tranches.0.graceMonths')).toHaveValue('5')
  await expect(page.getByTestId('unsaved-fields')).toHaveText('1 field not saved')
  await input(page, 'financing.tranches.0.graceMonths').press('Escape')
  await expect(input(page, 'financing.tranches.0.graceMonths')).toHaveValue('6')
  await saved(page)
  await section(page, 'Costs')
  await expect(input(page, 'costs.capex.items.0.amount')).toHaveValue('25000000')
  await expect(input(page, 'tax.rate')).toHaveValue('25.168')
  await expect(input(page, 'costs.capex.items.0.taxBlock')).toHaveValue('land')
  await expect(input(page, 'tax.maintenanceCapex')).toHaveValue('expensed')
  await section(page, 'Recovery')
  await expect(input(page, 'routes.0.recovery.Li')).toHaveValue('90')
  await expect(message(page, 'routes.0.recovery.Li')).toHaveCount(0)
  await section(page, 'Feedstock')
  await expect(input(page, 'feedstock.0.inputTonnesPerYear')).toHaveValue('7500')
  await expect(input(page, 'feedstock.0.rampUp.0')).toHaveValue('60')
  await expect(input(page, 'feedstock.0.rampUp.1')).toHaveValue('100')
  await expect(page.getByTestId('lot-net-c1-catalyst-lot')).toHaveText('$254,869.51')

  // A chain of edits; typing a number key by key is ONE undo step.
  await section(page, 'Costs')
  const fixed = input(page, 'costs.opex.fixedPerYear')
  await fixed.selectText()
  await page.keyboard.type('2000000')
  await input(page, 'costs.opex.escalation').fill('3')
  await input(page, 'costs.capex.contingency').fill('12')
  await leaveFields(page)
  const undoButton = page.getByRole('button', { name: /^Undo/ })
  const redoButton = page.getByRole('button', { name: /^Redo/ })
  await expect(undoButton).toHaveAccessibleName('Undo Contingency')

  await page.keyboard.press('Control+z')
  await expect(input(page, 'costs.capex.contingency')).toHaveValue('10')
  await page.keyboard.press('Control+z')
  await expect(input(page, 'costs.opex.escalation')).toHaveValue('2')
  await undoButton.click()
  await expect(fixed).toHaveValue('1800000')
  await expect(redoButton).toHaveAccessibleName('Redo Fixed opex')

  await page.keyboard.press('Shift+Control+z')
  await expect(fixed).toHaveValue('2000000')
  await redoButton.click()
  await expect(input(page, 'costs.opex.escalation')).toHaveValue('3')
  await expect(input(page, 'costs.capex.contingency')).toHaveValue('10')
  await expect(redoButton).toHaveAccessibleName('Redo Contingency')

  // Capex phasing: moving share between periods works through the 100 % rule, one cell at a time.
  await page.getByRole('button', { name: 'Custom', exact: true }).click()
  await input(page, 'costs.capex.phasing.0').fill('60')
  await expect(message(page, 'costs.capex.phasing.0')).toContainText('shares add up to 110 %, not 100 %')
  await input(page, 'costs.capex.phasing.1').fill('40')
  await expect(message(page, 'costs.capex.phasing.0')).toHaveCount(0)
  await expect(page.getByTestId('phasing-total')).toHaveText('Total 100 %')

  await saved(page)
  await page.reload()
  await ready(page)
  await expect(input(page, 'costs.opex.fixedPerYear')).toHaveValue('2000000')
  await expect(input(page, 'costs.opex.escalation')).toHaveValue('3')
  await expect(input(page, 'costs.capex.phasing.0')).toHaveValue('60')
  await expect(input(page, 'costs.capex.phasing.1')).toHaveValue('40')
  expect(errors).toEqual([])
})
