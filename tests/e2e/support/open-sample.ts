import { expect, type Page } from '@playwright/test'

/** Where the specs save the screenshots a person looks at (not compared by the tests). */
export const SHOTS = 'artifacts/screenshots'

/** The app has started (the shell sets data-status once its stores are loaded). */
export async function ready(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-status', 'ready')
}

/** Go to a section of the open project by its navigation link. */
export const section = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true }).click()

/**
 * Start at the project list at 1280×800, open a bundled sample (`pgm-catalyst-recovery`,
 * `india-black-mass-hydromet`, …) and wait for its results. Returns the list the page's uncaught
 * errors are collected in, for the spec to assert empty at the end.
 */
export async function openSample(page: Page, sampleId: string): Promise<string[]> {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  await ready(page)
  await page.getByRole('button', { name: 'Open sample' }).click()
  await page.getByRole('dialog', { name: 'Open a sample project' }).getByTestId(`sample-${sampleId}`).click()
  await expect(page.getByTestId('results')).toHaveAttribute('data-state', 'ready')
  return errors
}
