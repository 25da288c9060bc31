import { expect, test } from '@playwright/test'
import { ready, SHOTS } from './support/open-sample'

/**
 * Issue 17: in-app help — the Methodology page (docs/methodology.md bundled at build time, rendered as
 * text, under the strict CSP) that the Excel cover points to — and the first-run guide: shown to a user
 * with no projects, it starts a project and follows its steps; dismissible; reopened from Help.
 */
test('first-run guide builds a project step by step; dismissed it stays away; Help reopens it and shows the methodology', async ({ page }) => {
  test.setTimeout(120_000)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text())) errors.push(m.text())
  })
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  await ready(page)

  // A newcomer: no projects, the guide is there.
  const guide = page.getByTestId('first-run-guide')
  await expect(guide).toBeVisible()
  await expect(guide.locator('li')).toHaveCount(5)
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.waitForTimeout(400)
    await page.screenshot({ path: `${SHOTS}/first-run-guide-1280-${scheme}.png` })
  }
  await page.emulateMedia({ colorScheme: 'light' })
  await page.getByTestId('guide-start').click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Project name').fill('Guided plant')
  await dialog.getByRole('button', { name: /create/i }).click()
  await expect(page.getByTestId('project-title')).toHaveText('Guided plant')

  // In the project: the steps, none done yet, the next one (feedstock) said.
  const strip = page.getByTestId('guide-strip')
  await expect(strip).toContainText('Getting started — next: Feedstock')
  for (const id of ['feedstock', 'products', 'costs', 'financing', 'results']) await expect(page.getByTestId(`guide-step-${id}`)).toHaveAttribute('data-done', 'false')
  // Capex and opex typed: that step is done, the others still wait.
  await page.getByTestId('guide-step-costs').getByRole('link').click()
  await expect(page).toHaveURL(/\/costs$/)
  const opex = page.getByLabel('Fixed opex').first()
  await opex.fill('1000000')
  await opex.press('Tab')
  const amount = page.getByLabel(/^Amount/).first()
  await amount.fill('5000000')
  await amount.press('Tab')
  await expect(page.getByTestId('guide-step-costs')).toHaveAttribute('data-done', 'true')
  await expect(page.getByTestId('guide-step-feedstock')).toHaveAttribute('data-done', 'false')
  await page.screenshot({ path: `${SHOTS}/guide-strip-1280-light.png` })

  // A complete project (a sample) while the guide is open: every step done.
  await page.locator('a.brand').click()
  await page.getByRole('button', { name: 'Open sample' }).click()
  await page.getByRole('dialog', { name: 'Open a sample project' }).getByTestId('sample-pgm-catalyst-recovery').click()
  await expect(page.getByTestId('results')).toHaveAttribute('data-state', 'ready')
  await expect(strip).toContainText('Your project is complete')
  await expect(page.getByTestId('guide-step-results')).toHaveAttribute('data-done', 'true')

  // Dismissed, it stays away, also after a reload and on the list.
  await strip.getByRole('button', { name: 'Close guide' }).click()
  await expect(strip).toHaveCount(0)
  await page.reload()
  await ready(page)
  await expect(page.getByTestId('guide-strip')).toHaveCount(0)
  await page.locator('a.brand').click()
  await expect(page.getByTestId('first-run-guide')).toHaveCount(0)

  // Help: the methodology, its contents, and the guide back.
  await page.getByRole('link', { name: 'Help & methodology' }).click()
  await expect(page).toHaveURL(/#\/help$/)
  await expect(page.getByRole('heading', { name: 'Methodology', level: 1 })).toBeVisible()
  const article = page.getByTestId('methodology')
  await expect(article.getByRole('heading', { name: 'How Bankable computes a project' })).toBeVisible()
  await expect(article).toContainText('PMT = 600,000 × 0.1 / (1 − 1.1^−3) = 241,268.88')
  await page.getByRole('navigation', { name: 'Methodology contents' }).getByRole('button', { name: '7. Financing' }).click()
  await expect(article.getByRole('heading', { name: '7. Financing' })).toBeInViewport()
  await expect(article.locator('script, img, iframe')).toHaveCount(0)
  for (const [w, h] of [[1280, 800], [1920, 1080]] as const)
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width: w, height: h })
      await page.emulateMedia({ colorScheme: scheme })
      await page.waitForTimeout(400)
      await page.screenshot({ path: `${SHOTS}/help-methodology-${w}-${scheme}.png` })
    }
  await page.getByTestId('reopen-guide').click()
  await expect(page.getByTestId('first-run-guide')).toBeVisible()
  expect(errors).toEqual([])
})
