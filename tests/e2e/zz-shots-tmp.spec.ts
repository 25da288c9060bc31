import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { openSample, ready, section } from './support/open-sample'
for (const [w, h] of [[1280, 800], [1920, 1080]] as const)
  for (const scheme of ['light', 'dark'] as const)
    test(`shots ${w} ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme })
      await openSample(page, 'india-black-mass-hydromet')
      await page.setViewportSize({ width: w, height: h })
      await page.getByRole('group', { name: 'Show amounts in' }).getByRole('button', { name: '₹ crore' }).click()
      await page.screenshot({ path: `artifacts/screenshots/ux-${w}-${scheme}-results.png` })
      await section(page, 'Scenarios')
      await page.screenshot({ path: `artifacts/screenshots/ux-${w}-${scheme}-scenarios.png` })
      // Review mode on a file opened for review: Financing with a note button focused, and the review tab.
      await page.goto('/')
      await ready(page)
      const chooser = page.waitForEvent('filechooser')
      await page.getByRole('button', { name: 'Open for review…' }).click()
      await (await chooser).setFiles({ name: 'x.bankable.json', mimeType: 'application/json', buffer: Buffer.from(readFileSync('resources/samples/india-black-mass-three-lenders.json', 'utf8')) })
      await expect(page.getByTestId('review-copy-banner')).toBeVisible()
      await page.waitForTimeout(800)
      await page.screenshot({ path: `artifacts/screenshots/ux-${w}-${scheme}-review.png` })
      await section(page, 'Financing')
      await page.locator('.note-pick').nth(2).focus()
      await page.screenshot({ path: `artifacts/screenshots/ux-${w}-${scheme}-financing-review.png` })
      await section(page, 'Costs')
      await page.screenshot({ path: `artifacts/screenshots/ux-${w}-${scheme}-costs-review.png` })
    })
