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
