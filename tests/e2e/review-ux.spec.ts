import { expect, test, type Page } from '@playwright/test'
import { openSample, section } from './support/open-sample'

/**
 * Issue 17's loose ends in the review workflow and the shell: tabs that follow the WAI-ARIA tabs
 * pattern (arrow keys, Home, End, one tab stop).
 */

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
  await expect(list.locator('[role="tab"][tabindex="-1"]')).toHaveCount(3)
  await page.keyboard.press('ArrowRight')
  expect(await selectedTab(page, 'Analysis')).toBe('Tornado')
  await expect(list.getByRole('tab', { name: 'Tornado' })).toBeFocused()
  await expect(page.getByRole('tabpanel', { name: 'Tornado' })).toBeVisible()
  await page.keyboard.press('End')
  expect(await selectedTab(page, 'Analysis')).toBe('Monte Carlo')
  await page.keyboard.press('ArrowRight')
  expect(await selectedTab(page, 'Analysis')).toBe('Scenarios')
  await page.keyboard.press('ArrowLeft')
  expect(await selectedTab(page, 'Analysis')).toBe('Monte Carlo')
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
