import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { openSample, ready, section } from './support/open-sample'
import { readProjectFile } from '../../src/shared/model/project-file'
import { runModel } from '../../src/shared/engine'
import { formatMoneyIn } from '../../src/shared/format/display-unit'

/**
 * Issue 17's loose ends in the review workflow and the shell: tabs that follow the WAI-ARIA tabs
 * pattern (arrow keys, Home, End, one tab stop), toasts that never cover content, a note attached to
 * a field with the keyboard alone, and review mode read-only in every section.
 */

const FIXTURE = readFileSync('tests/fixtures/minimal-project.json', 'utf8')

/** Open the fixture project with "Open for review…": read-only, review mode from the first screen. */
async function openForReview(page: Page) {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  await ready(page)
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open for review…' }).click()
  await (await chooser).setFiles({ name: 'fixture.bankable.json', mimeType: 'application/json', buffer: Buffer.from(FIXTURE) })
  await expect(page.getByTestId('review-copy-banner')).toContainText('read-only')
}

/** The tabs of a tablist: the selected one, and which one has the keyboard focus. */
async function selectedTab(page: Page, list: string): Promise<string> {
  return (await page.getByRole('tablist', { name: list }).getByRole('tab', { selected: true }).textContent()) ?? ''
}

test('tabs follow the arrow keys, Home and End, and are one tab stop', async ({ page }) => {
  const errors = await openSample(page, 'pgm-catalyst-recovery')
  await section(page, 'Scenarios')
  const list = page.getByRole('tablist', { name: 'Analysis' })
  await list.getByRole('tab', { name: 'Scenarios' }).focus()
  // Only the selected tab is in the Tab order (roving tabindex).
  await expect(list.locator('[role="tab"][tabindex="0"]')).toHaveCount(1)
  await expect(list.locator('[role="tab"][tabindex="-1"]')).toHaveCount((await list.getByRole('tab').count()) - 1)
  await page.keyboard.press('ArrowRight')
  expect(await selectedTab(page, 'Analysis')).toBe('Tornado')
  await expect(list.getByRole('tab', { name: 'Tornado' })).toBeFocused()
  await expect(page.getByRole('tabpanel', { name: 'Tornado' })).toBeVisible()
  await page.keyboard.press('End')
  expect(await selectedTab(page, 'Analysis')).toBe('Natural hedge')
  await page.keyboard.press('ArrowRight')
  expect(await selectedTab(page, 'Analysis')).toBe('Scenarios')
  await page.keyboard.press('ArrowLeft')
  expect(await selectedTab(page, 'Analysis')).toBe('Natural hedge')
  await page.keyboard.press('Home')
  expect(await selectedTab(page, 'Analysis')).toBe('Scenarios')
  await expect(list.getByRole('tab', { name: 'Scenarios' })).toBeFocused()

  // The project sheet's tabs too.
  await section(page, 'Project sheet')
  const sheetTabs = page.getByRole('tablist', { name: 'Project sheet and reviews' })
  await sheetTabs.getByRole('tab', { name: 'Project sheet' }).focus()
  await page.keyboard.press('End')
  expect(await selectedTab(page, 'Project sheet and reviews')).toBe('Reviews received')
  await page.keyboard.press('ArrowLeft')
  expect(await selectedTab(page, 'Project sheet and reviews')).toBe('Review as financier')
  await expect(page.getByRole('tabpanel', { name: 'Review as financier' })).toBeVisible()
  await page.keyboard.press('Home')
  expect(await selectedTab(page, 'Project sheet and reviews')).toBe('Project sheet')
  expect(errors).toEqual([])
})

/** Two boxes overlap (in CSS pixels). */
const overlaps = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

test('toasts never cover the content pane at 1280×800 (Statements, inputs)', async ({ page }) => {
  const errors = await openSample(page, 'pgm-catalyst-recovery')
  // Opening the sample says so in a toast; the Statements table is scrolled under where it would sit.
  const toast = page.locator('.toast').first()
  await expect(toast).toBeVisible()
  await page.getByTestId('statements').scrollIntoViewIfNeeded()
  const pane = page.locator('#main')
  const paneBox = (await pane.boundingBox())!
  const toastBox = (await toast.boundingBox())!
  expect(overlaps(paneBox, toastBox), `toast ${JSON.stringify(toastBox)} over the pane ${JSON.stringify(paneBox)}`).toBe(false)
  await page.screenshot({ path: 'artifacts/screenshots/review-ux-toast-statements-1280.png' })

  // Over inputs: a backup's toast while Financing's fields are on screen.
  await section(page, 'Financing')
  await page.keyboard.press('Control+Alt+B')
  await expect(page.locator('.toast', { hasText: /Backup saved|Nothing changed/ })).toBeVisible()
  // Every input shown in the pane (one scrolled out of it is not on screen) is clear of every toast.
  const financingPane = (await pane.boundingBox())!
  const inputs = page.locator('#main input:visible')
  const count = await inputs.count()
  expect(count).toBeGreaterThan(0)
  for (let i = 0; i < count; i++) {
    const box = await inputs.nth(i).boundingBox()
    if (!box || !overlaps(box, financingPane)) continue
    for (const t of await page.locator('.toast').all()) expect(overlaps(box, (await t.boundingBox())!)).toBe(false)
  }
  for (const t of await page.locator('.toast').all()) expect(overlaps(financingPane, (await t.boundingBox())!)).toBe(false)
  await page.screenshot({ path: 'artifacts/screenshots/review-ux-toast-financing-1280.png' })
  expect(errors).toEqual([])
})

test('keyboard only: a financier tabs to a field and attaches a note to it', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await openForReview(page)
  await section(page, 'Financing')
  await expect(page.getByLabel('Interest rate (all-in)')).toBeDisabled()
  // From the top of the section, Tab until the focus is on the interest rate's note control.
  await page.locator('#main').focus()
  const target = /^Add a review note on Interest rate · /
  let found = false
  for (let i = 0; i < 80 && !found; i++) {
    await page.keyboard.press('Tab')
    const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '')
    found = target.test(name)
  }
  expect(found, 'a Tab stop that adds a note on the interest rate').toBe(true)
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Note on “Interest rate (all-in)”' })
  await expect(dialog).toBeVisible()
  // The dialog starts at its first field (Status): choose "rejected" with the keyboard, Tab to the note, type, submit.
  await expect(dialog.getByLabel('Status')).toBeFocused()
  await page.keyboard.press('End')
  await expect(dialog.getByLabel('Status')).toHaveValue('rejected')
  await page.keyboard.press('Tab')
  await expect(dialog.getByLabel('Note')).toBeFocused()
  await page.keyboard.type('Below our pricing: use 9.5 %')
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('button', { name: 'Add note' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog).toHaveCount(0)
  const notes = page.locator('.model-field[data-path="financing.tranches.0.interest.annualRate"]').getByTestId('field-notes')
  await expect(notes).toContainText('rejected')
  await expect(notes).toContainText('Below our pricing: use 9.5 %')
  // Focus comes back to the control that opened the note.
  await expect(page.getByRole('button', { name: target })).toBeFocused()
  await page.screenshot({ path: 'artifacts/screenshots/review-ux-keyboard-note-1280.png' })
  expect(errors).toEqual([])
})

/**
 * Controls that do not change the project, by where they are or what they are called: tabs, the
 * lists that choose what is shown, view toggles, the fields' note buttons, the analysis panels (their
 * settings are the run's, not the project's), exports, runs and disclosure buttons.
 */
const VIEW_ONLY_NAMES = /^(Export|Save as…|Compare |Run |Find breakevens|View|Close|Cancel|Copy)/
const VIEW_ONLY_SELECTS = ['Page', 'Sheet language', 'Sort and chart by', 'Deck shown']
const VIEW_TOGGLE_GROUPS = ['Statement', 'Columns', 'Debt schedule of']

/** Every enabled control in the section on screen that could change the project, named. */
async function enabledMutatingControls(page: Page): Promise<string[]> {
  return page.evaluate(({ names, selects, groups }) => {
    const re = new RegExp(names)
    const out: string[] = []
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('#main :is(button, input, select, textarea, [contenteditable="true"])'))) {
      if ((el as HTMLButtonElement).disabled || el.closest('[hidden], [inert]')) continue
      // Tabs, the lists and links that choose which stream / tranche / contract is shown, note buttons.
      if (el.getAttribute('role') === 'tab' || el.classList.contains('note-pick') || el.closest('.item-list') || el.classList.contains('link-button')) continue
      // The financier's own review (case, notes, conclusion) is theirs to edit.
      if (el.closest('#sheet-panel-review')) continue
      if (el.closest('#analysis-panel-tornado, #analysis-panel-breakeven, #analysis-panel-montecarlo, #analysis-panel-hedge')) continue
      const group = el.closest('[role="group"]')?.getAttribute('aria-label') ?? ''
      if (groups.includes(group)) continue
      const labelled = el.getAttribute('aria-label') || (el as HTMLInputElement).labels?.[0]?.querySelector('.field-label')?.textContent || (el as HTMLInputElement).labels?.[0]?.textContent || ''
      const name = (labelled || el.textContent || el.getAttribute('title') || '').trim()
      if (el.tagName === 'SELECT' && selects.includes(name)) continue
      if (el.tagName === 'BUTTON' && re.test(name)) continue
      if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'checkbox' && /^Compare /.test(name)) continue
      out.push(`${el.tagName.toLowerCase()} “${name.slice(0, 70)}”`)
    }
    return [...new Set(out)]
  }, { names: VIEW_ONLY_NAMES.source, selects: VIEW_ONLY_SELECTS, groups: VIEW_TOGGLE_GROUPS })
}

for (const sample of ['india-black-mass-three-lenders', 'pgm-catalyst-recovery']) {
  test(`review mode is read-only in every section: no enabled control changes the project (${sample})`, async ({ page }) => {
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto('/')
    await ready(page)
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Open for review…' }).click()
    await (await chooser).setFiles({ name: `${sample}.bankable.json`, mimeType: 'application/json', buffer: Buffer.from(readFileSync(`resources/samples/${sample}.json`, 'utf8')) })
    await expect(page.getByTestId('review-copy-banner')).toContainText('read-only')
    const found: Record<string, string[]> = {}
    for (const name of ['Feedstock', 'Recovery', 'Prices', 'Offtake', 'Costs', 'Financing', 'Results', 'Scenarios', 'Project sheet']) {
      await section(page, name)
      await expect(page.locator('#main h1, #main h2, #main h3').first()).toBeVisible()
      const tabs = page.locator('#main [role="tab"]')
      const count = Math.max(1, await tabs.count())
      for (let t = 0; t < count; t++) {
        if ((await tabs.count()) > 0) await tabs.nth(t).click()
        // A scenario's overrides open under "View": they are inputs of the project too.
        const view = page.locator('#main').getByRole('button', { name: 'View', exact: true })
        for (let k = 0; k < 20 && (await view.count()) > 0; k++) await view.first().click()
        const where = `${name}${(await tabs.count()) > 0 ? ` · ${await tabs.nth(t).textContent()}` : ''}`
        const bad = await enabledMutatingControls(page)
        if (bad.length) found[where] = bad
      }
      // Every disabled add / delete / import button says why.
      for (const b of await page.locator('#main button:disabled').all()) {
        if (await b.evaluate((el) => el.closest('#sheet-panel-review') !== null)) continue
        const label = ((await b.getAttribute('aria-label')) ?? (await b.textContent()) ?? '').trim()
        if (/^(\+|Add|Delete|Remove|Import|Duplicate|Reset)/.test(label) && !/read-only/i.test((await b.getAttribute('title')) ?? '')) (found[`${name}: disabled without saying why`] ??= []).push(label)
      }
    }
    expect(found).toEqual({})
    expect(errors).toEqual([])
  })
}

test('the display unit: the NPV card in crore, then lakh, then full; chart axes in crore; the choice is kept', async ({ page }) => {
  const errors = await openSample(page, 'india-black-mass-hydromet')
  const file = readProjectFile(readFileSync('resources/samples/india-black-mass-hydromet.json', 'utf8'))
  if (!file.ok) throw new Error('sample does not read')
  const npv = runModel(file.value).metrics.npv
  const card = page.getByTestId('metric-npv-value')
  const toggle = page.getByRole('group', { name: 'Show amounts in' })
  // Every digit until the reader chooses.
  await expect(toggle.getByRole('button', { name: 'Full (₹)' })).toHaveAttribute('aria-pressed', 'true')
  await expect(card).toHaveText(formatMoneyIn(npv, 'INR', 'full'))
  await toggle.getByRole('button', { name: '₹ crore' }).click()
  await expect(card).toHaveText(formatMoneyIn(npv, 'INR', 'crore'))
  await expect(card).toHaveText(/^-?₹[\d,]+\.\d\d crore$/)
  // Chart axes in the same unit: "1,700 cr", never "1.7KCr".
  await page.getByTestId('chart-revenue').scrollIntoViewIfNeeded()
  const ticks = page.getByTestId('chart-revenue').locator('.recharts-yAxis-tick-labels text')
  await expect(ticks.first()).toBeVisible()
  for (const t of await ticks.allTextContents()) expect(t).toMatch(/^(0|-?[\d,.]+ cr)$/)
  await page.screenshot({ path: 'artifacts/screenshots/review-ux-display-unit-crore-1280.png' })
  await toggle.getByRole('button', { name: '₹ lakh' }).click()
  await expect(card).toHaveText(formatMoneyIn(npv, 'INR', 'lakh'))
  await toggle.getByRole('button', { name: 'Full (₹)' }).click()
  await expect(card).toHaveText(formatMoneyIn(npv, 'INR', 'full'))
  await expect(card).not.toContainText('.00')
  // The reader's choice stays after a reload (kept on this device, not in the project).
  await toggle.getByRole('button', { name: '₹ crore' }).click()
  await page.reload()
  await ready(page)
  await expect(page.getByTestId('metric-npv-value')).toHaveText(formatMoneyIn(npv, 'INR', 'crore'))
  expect(errors).toEqual([])
})
