import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'

/**
 * A newcomer's first hour (#17): amounts typed as Indians write them, a field that holds text the
 * project does not is counted in the header (and survives a reload), an unfinished model is called
 * incomplete rather than graded, the window never scrolls off into grey, the skip link stays on
 * the page, and messages name fields by their labels in the field's units.
 */
const INDIA = readFileSync('resources/samples/india-black-mass-hydromet.json', 'utf8')

async function ready(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-status', 'ready')
}

async function openIndia(page: Page) {
  await page.goto('/')
  await ready(page)
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open…' }).click()
  await (await chooser).setFiles({ name: 'india.bankable.json', mimeType: 'application/json', buffer: Buffer.from(INDIA) })
  await expect(page).toHaveURL(/#\/project\/[A-Za-z0-9_-]+\/results$/)
}

/** The India sample with nothing entered for capex, opex and feed prices: an unfinished model. */
function unfinishedIndia(): string {
  const doc = JSON.parse(INDIA) as { feedstock: { purchase: Record<string, string> }[]; costs: { capex: { items: { amount: string }[] }; opex: Record<string, string> } }
  for (const s of doc.feedstock) s.purchase = { basis: 'fixed', pricePerQuantity: '0', logisticsPerTonne: '0', escalation: '0' }
  for (const i of doc.costs.capex.items) i.amount = '0'
  for (const k of ['fixedPerYear', 'variablePerTonne', 'variablePerUnit', 'treatmentPerTonne']) doc.costs.opex[k] = '0'
  return JSON.stringify(doc)
}

async function openFile(page: Page, body: string) {
  await page.goto('/')
  await ready(page)
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open…' }).click()
  await (await chooser).setFiles({ name: 'unfinished.bankable.json', mimeType: 'application/json', buffer: Buffer.from(body) })
  await expect(page).toHaveURL(/#\/project\/[A-Za-z0-9_-]+\/results$/)
}

async function createProject(page: Page, name: string) {
  await page.goto('/')
  await ready(page)
  await page.getByRole('button', { name: 'New project' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'New project' })
  await dialog.getByLabel('Project name').fill(name)
  await dialog.getByRole('button', { name: 'Create project' }).click()
  await expect(page).toHaveURL(/#\/project\/[A-Za-z0-9_-]+\/feedstock$/)
}

const section = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true }).click()
const field = (page: Page, path: string) => page.locator(`[data-path="${path}"]`)

test('INR amounts are read in lakh/crore grouping and words, and what was understood is shown', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await openIndia(page)
  await section(page, 'Costs')
  const plant = field(page, 'costs.capex.items.0.amount')
  const input = plant.locator('input')

  await input.fill('180,00,00,000')
  await expect(plant).toContainText('= ₹1,80,00,00,000 · 180 crore')
  await expect(plant.getByRole('alert')).toHaveCount(0)
  await input.blur()
  await expect(input).toHaveValue('1800000000')
  await expect(plant).toContainText('₹1,80,00,00,000 · 180 crore')

  await input.fill('40 crore')
  await expect(plant).toContainText('= ₹40,00,00,000 · 40 crore')
  await page.locator('.card').filter({ has: plant }).first().screenshot({ path: 'test-results/newcomer-inr-understood.png' })
  await input.blur()
  await expect(input).toHaveValue('400000000')

  await input.fill('2.5 Cr')
  await expect(plant).toContainText('= ₹2,50,00,000 · 2.5 crore')
  // The amount as the app shows it, symbol included, reads back; another currency's is refused.
  await input.fill('₹1,80,00,00,000.00')
  await expect(plant).toContainText('= ₹1,80,00,00,000 · 180 crore')
  await input.fill('Rs 2.5 cr')
  await expect(plant).toContainText('= ₹2,50,00,000 · 2.5 crore')
  await input.fill('$12 mn')
  await expect(plant.getByRole('alert')).toHaveText('This amount is in INR: leave out “$” and type it in INR')

  // Thousands grouping in an INR field could hide a dropped digit: refused, with the digits grouped right.
  await input.fill('1,000,000')
  await expect(plant.getByRole('alert')).toHaveText('Group digits in lakh and crore: 10,00,000, or type them without commas')
  await input.fill('12,5')
  await expect(plant.getByRole('alert')).toContainText('Use a dot for decimals: 12.5')
  await page.screenshot({ path: 'test-results/newcomer-inr-refused.png' })
  await input.press('Escape')

  // A rate in money (INR/t) is typed like money too.
  await section(page, 'Feedstock')
  await page.getByRole('button', { name: 'End-of-life EV packs (NMC622)' }).click()
  const price = field(page, 'feedstock.1.purchase.pricePerQuantity')
  await price.locator('input').fill('₹60,000')
  await expect(price).toContainText('= 60,000')
  await price.locator('input').blur()
  await expect(price.locator('input')).toHaveValue('60000')
})

test('a field holding a refused value is counted in the header, survives a reload and the link focuses it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await createProject(page, 'Unsaved fields')
  await section(page, 'Costs')
  const fixed = field(page, 'costs.opex.fixedPerYear')
  const escalation = field(page, 'costs.opex.escalation')
  await fixed.locator('input').fill('12,5')
  await expect(page.getByTestId('unsaved-fields')).toHaveText('1 field not saved')
  await expect(page.getByText('Saved', { exact: true })).toHaveCount(0)
  await escalation.locator('input').fill('250')
  await expect(page.getByTestId('unsaved-fields')).toHaveText('2 fields not saved')
  await page.screenshot({ path: 'test-results/newcomer-unsaved-header.png' })

  // Escape discards one; a reload keeps the other, in its field, with its reason.
  await escalation.locator('input').press('Escape')
  await expect(page.getByTestId('unsaved-fields')).toHaveText('1 field not saved')
  // "Discard" beside the message does the same with the mouse: back to the stored value.
  await escalation.locator('input').fill('250')
  await expect(page.getByTestId('unsaved-fields')).toHaveText('2 fields not saved')
  await page.locator('.card').filter({ has: escalation }).first().screenshot({ path: 'test-results/newcomer-discard.png' })
  await escalation.getByRole('button', { name: 'Discard' }).click()
  await expect(escalation.locator('input')).toHaveValue('2')
  await expect(escalation.getByRole('alert')).toHaveCount(0)
  await expect(page.getByTestId('unsaved-fields')).toHaveText('1 field not saved')
  await page.reload()
  await ready(page)
  await expect(fixed.locator('input')).toHaveValue('12,5')
  await expect(fixed.getByRole('alert')).toContainText('Use a dot for decimals')
  await expect(page.getByTestId('unsaved-fields')).toHaveText('1 field not saved')
  // The project list says so too, rather than just "Active".
  await page.getByRole('link', { name: 'All projects' }).click()
  const row = page.getByRole('row').filter({ hasText: 'Unsaved fields' })
  await expect(row).toContainText('1 field not saved')
  await page.screenshot({ path: 'test-results/newcomer-unsaved-list.png' })
  await row.getByRole('link', { name: 'Unsaved fields' }).click()
  await ready(page)

  // From another section, the link brings the user to the field, focused.
  await section(page, 'Feedstock')
  await page.getByTestId('unsaved-fields').click()
  await expect(page).toHaveURL(/\/costs$/)
  await expect(fixed.locator('input')).toBeFocused()
  await fixed.locator('input').fill('12.5')
  await expect(page.getByTestId('unsaved-fields')).toHaveCount(0)
  await expect(page.getByText('Saved', { exact: true })).toBeVisible()
  await page.reload()
  await ready(page)
  await expect(fixed.locator('input')).toHaveValue('12.5')
  await expect(page.getByTestId('unsaved-fields')).toHaveCount(0)
  await page.getByRole('link', { name: 'All projects' }).click()
  await expect(page.getByRole('row').filter({ hasText: 'Unsaved fields' })).not.toContainText('not saved')
})

/** How far the window itself (not the content pane) can scroll: 0 when the shell fits the viewport. */
const windowOverflow = (page: Page) =>
  page.evaluate(() => ({ top: window.scrollY, extra: document.documentElement.scrollHeight - window.innerHeight }))

test('wheel-scrolling past the end of a long section never scrolls the window off into grey', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await openIndia(page)
  for (const size of [{ width: 1280, height: 800 }, { width: 1920, height: 1080 }]) {
    await page.setViewportSize(size)
    for (const name of ['Results', 'Feedstock', 'Financing', 'Scenarios', 'Project sheet']) {
      await section(page, name)
      await expect(page.locator('#main')).toBeVisible()
      await page.mouse.move(size.width / 2 + 120, size.height / 2 + 100)
      for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 1500)
      await page.waitForTimeout(150)
      expect(await windowOverflow(page), `${name} at ${size.width}`).toEqual({ top: 0, extra: 0 })
      if (size.width === 1280) await page.screenshot({ path: `test-results/newcomer-wheel-${name.toLowerCase().replace(' ', '-')}.png` })
    }
  }
})

test('“Skip to content” keeps the route and moves focus to the content', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await openIndia(page)
  await section(page, 'Costs')
  const url = page.url()
  await page.reload() // a fresh page: the skip link is the first Tab stop
  await ready(page)
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await page.screenshot({ path: 'test-results/newcomer-skip-link.png' })
  await page.keyboard.press('Enter')
  expect(page.url()).toBe(url)
  await expect(page.locator('#main')).toBeFocused()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Costs')
  // The next Tab goes into the content, not back to the sidebar.
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.querySelector('#main')!.contains(document.activeElement))).toBe(true)

  // The project list has its own content to skip to.
  await page.goto('/')
  await ready(page)
  await page.keyboard.press('Tab')
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  expect(new URL(page.url()).hash).toBe('')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projects')
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.querySelector('#main')!.contains(document.activeElement))).toBe(true)
})

test('an unfinished model is called incomplete, not graded, and each missing input links to its field', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await openFile(page, unfinishedIndia())
  const note = page.getByTestId('results-incomplete')
  await expect(note).toContainText('Incomplete: no feed price on any stream, no capex, no opex.')
  await expect(page.getByTestId('metric-projectIrr')).toBeVisible()
  await expect(page.getByTestId('checklist-overall')).toContainText('Incomplete: no feed price on any stream, no capex, no opex')
  await expect(page.getByTestId('checklist-overall')).not.toContainText('Bankable')
  for (const grade of ['green', 'amber', 'red']) await expect(page.locator(`.check-item[data-grade="${grade}"]`)).toHaveCount(0)
  await expect(page.locator('.check-item .grade-pill').first()).toHaveText('— not graded')
  await page.screenshot({ path: 'test-results/newcomer-incomplete-results.png' })

  await note.getByRole('link', { name: 'no capex' }).click()
  await expect(page).toHaveURL(/\/costs$/)
  const plant = field(page, 'costs.capex.items.0.amount').locator('input')
  await expect(plant).toBeFocused()
  await plant.fill('360 crore')
  await section(page, 'Results')
  await expect(note).toContainText('Incomplete: no feed price on any stream, no opex.')
  await note.getByRole('link', { name: 'no feed price on any stream' }).click()
  await expect(field(page, 'feedstock.0.purchase.pricePerQuantity').locator('input')).toBeFocused()

  // The project sheet a lender receives is not stamped with a verdict either.
  await section(page, 'Project sheet')
  const sheet = page.getByRole('document', { name: 'Project sheet' })
  await expect(sheet.locator('.overall')).toHaveText('Incomplete: no feed price on any stream, no opex')
  await expect(sheet.locator('.checklist tr.g-green, .checklist tr.g-amber, .checklist tr.g-red')).toHaveCount(0)
  await sheet.screenshot({ path: 'test-results/newcomer-incomplete-sheet.png' })
})

test('a stream added beside priced ones, left at the default feed price of 0, is named as incomplete', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await openIndia(page)
  await expect(page.getByTestId('results-incomplete')).toHaveCount(0)
  await section(page, 'Feedstock')
  await page.getByRole('button', { name: 'Add stream', exact: true }).click()
  const add = page.getByRole('dialog', { name: 'Add feedstock stream' })
  await add.getByLabel('Chemistry').selectOption('NMC622')
  await add.getByLabel('Form').selectOption('blackMass')
  await add.getByLabel('Annual quantity (nameplate)').fill('500')
  await add.getByRole('button', { name: 'Add stream', exact: true }).click()
  await section(page, 'Results')
  const note = page.getByTestId('results-incomplete')
  await expect(note).toContainText('Incomplete: no feed price for NMC622 black mass.')
  await expect(page.getByTestId('checklist-overall')).toContainText('Incomplete: no feed price for NMC622 black mass')
  await note.getByRole('link', { name: 'no feed price for NMC622 black mass' }).click()
  await expect(page).toHaveURL(/\/feedstock$/)
  await expect(field(page, 'feedstock.2.purchase.pricePerQuantity').locator('input')).toBeFocused()
})

test('a new project says its thresholds are the defaults, not custom ones, and lists all that is missing', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await createProject(page, 'Blank plant')
  await section(page, 'Results')
  await expect(page.getByTestId('results-incomplete')).toContainText('Incomplete: no feedstock, no product, no capex, no opex.')
  await expect(page.getByTestId('checklist-overall')).toContainText('Default thresholds (no lender preset chosen)')
  await page.screenshot({ path: 'test-results/newcomer-new-project-results.png' })
  await page.getByTestId('checklist').screenshot({ path: 'test-results/newcomer-new-project-checklist.png' })
})

test('messages name the field by its label, in the unit it shows — at the field and in Results', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await openIndia(page)
  await section(page, 'Costs')
  const construction = field(page, 'timeline.constructionMonths')
  await construction.locator('input').fill('0')
  await expect(construction.getByRole('alert')).toHaveText('Construction must be at least 1 month')
  await construction.locator('input').press('Escape')

  await section(page, 'Recovery')
  const li = field(page, 'routes.0.recovery.Li')
  await li.locator('input').fill('120')
  await expect(li.getByRole('alert')).toHaveText('Li recovery must be between 0 and 100 %')
  await section(page, 'Results')
  const blocked = page.getByTestId('results-blocked')
  await expect(blocked).toContainText('Li recovery must be between 0 and 100 %')
  await expect(blocked).not.toContainText('routes.0')
  await expect(blocked).not.toContainText('≤ 1')
  await page.screenshot({ path: 'test-results/newcomer-messages-results.png' })
})

test('a lender preset with one threshold edited says “edited” and offers a reset — in Financing and in the checklist', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await createProject(page, 'Edited preset')
  await section(page, 'Financing')
  const picker = page.getByLabel('Lender preset')
  await expect(picker.locator('option:checked')).toHaveText('No preset (default thresholds)')
  await picker.selectOption('export-credit-agency')
  const covenant = field(page, 'lender.minDscr').locator('input')
  await expect(covenant).toHaveValue('1.35')
  await expect(page.getByRole('button', { name: 'Reset to JBIC-style' })).toHaveCount(0)
  await covenant.fill('1.4')
  await expect(picker.locator('option:checked')).toHaveText('JBIC-style, edited')
  await expect(page.getByText('Edited: min DSCR')).toBeVisible()
  await page.locator('.card').filter({ has: picker }).screenshot({ path: 'test-results/newcomer-preset-edited.png' })

  // Results: the checklist names the thresholds the same way, and its own picker keeps the preset.
  await section(page, 'Results')
  const overall = page.getByTestId('checklist-overall')
  await expect(overall).toContainText('Export-credit agency (JBIC-style), edited')
  await page.getByRole('button', { name: 'Lender thresholds…' }).click()
  const checklist = page.getByTestId('checklist')
  await expect(checklist.getByLabel('Lender preset').locator('option:checked')).toHaveText('JBIC-style, edited')
  await checklist.getByRole('textbox', { name: 'Lock-up DSCR' }).fill('1.2')
  await expect(checklist.getByLabel('Lender preset').locator('option:checked')).toHaveText('JBIC-style, edited')
  await checklist.screenshot({ path: 'test-results/newcomer-checklist-preset-edited.png' })
  await checklist.getByRole('button', { name: 'Reset to JBIC-style' }).click()
  await expect(overall).toContainText('Export-credit agency (JBIC-style)')
  await expect(overall).not.toContainText('edited')
  await expect(checklist.getByRole('textbox', { name: 'Minimum DSCR (covenant)' })).toHaveValue('1.35')
  await expect(checklist.getByRole('textbox', { name: 'Lock-up DSCR' })).toHaveValue('1.15')
  await expect(checklist.getByRole('button', { name: 'Reset to JBIC-style' })).toHaveCount(0)

  // One undo step brings the edited thresholds back.
  await page.keyboard.press('Control+z')
  await expect(overall).toContainText('Export-credit agency (JBIC-style), edited')
  // Text that is not a number in the checklist's own fields is counted in the header too.
  const llcr = checklist.getByRole('textbox', { name: 'Minimum LLCR' })
  await llcr.fill('1,3x')
  await expect(page.getByTestId('unsaved-fields')).toHaveText('1 field not saved')
  await llcr.press('Escape')
  await expect(page.getByTestId('unsaved-fields')).toHaveCount(0)
  // Choosing "Custom thresholds" keeps the values and drops the preset's name.
  await checklist.getByLabel('Lender preset').selectOption('custom')
  await expect(overall).toContainText('Custom thresholds')
  await expect(checklist.getByRole('textbox', { name: 'Minimum DSCR (covenant)' })).toHaveValue('1.4')
})

test('model notes under Results name their place by label and speak the project’s currency, not paths and raw numbers', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await openIndia(page)
  await section(page, 'Financing')
  await field(page, 'financing.grants.0.amount').locator('input').fill('5000 crore')
  await section(page, 'Results')
  const notes = page.getByRole('list', { name: 'Model notes' })
  await expect(notes).toContainText(/^Grants exceed construction uses by ₹[\d,]+; the excess is ignored$/)
  await expect(notes).not.toContainText('financing.')
  await expect(notes).not.toContainText(/\d\.\d\d;/)
  await notes.screenshot({ path: 'test-results/newcomer-model-notes.png' })
  await notes.getByRole('link', { name: 'Grants' }).click()
  await expect(page).toHaveURL(/\/financing$/)
})

test('every number field’s refusal starts with the field’s label and speaks its unit, never a model path or the schema’s words', async ({ page }) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1280, height: 800 })
  await openIndia(page)
  const developerWords = /\b[a-z]+[A-Za-z]*\.\d+\.|\bexpected\b|Too (small|big)|[≤≥]|>=|<=|NaN|undefined|\(root\)/
  let checked = 0
  for (const name of ['Feedstock', 'Recovery', 'Prices', 'Offtake', 'Costs', 'Financing']) {
    await section(page, name)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
    const fields = page.locator('[data-path]:has(input.input-number)')
    const n = await fields.count()
    for (let i = 0; i < n; i++) {
      const f = fields.nth(i)
      const input = f.locator('input.input-number')
      if (!(await input.isEnabled())) continue
      // The visible label may carry its row in brackets ("Amount (Plant & machinery)"); the message names the field.
      const label = (await input.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '')).trim().split(' (')[0]!
      await input.fill('-5')
      for (const text of await f.getByRole('alert').allTextContents()) {
        checked++
        expect(text, `${await f.getAttribute('data-path')}`).not.toMatch(developerWords)
        expect(text.startsWith(label) || text.startsWith('Would make'), `${await f.getAttribute('data-path')}: “${text}” does not start with “${label}”`).toBe(true)
      }
      await input.press('Escape')
    }
  }
  expect(checked).toBeGreaterThan(50)
})
