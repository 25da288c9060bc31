/**
 * Issue 19: "Size to breach probability" under the Monte Carlo tab, on the PGM sample — a large run
 * shows progress and is cancelled, then a small one (the reference price process, 600 draws, seed 42, target 50 %) runs in
 * the worker to the end and the panel states the answer in one plain sentence with its chart; the
 * project sheet of the same document carries that sentence.
 */
import { expect, test } from '@playwright/test'
import { openSample, SHOTS } from './support/open-sample'

test('sizes senior debt to P(min DSCR < 1.00x) ≤ 50 % with progress, cancel and the sentence', async ({ page }) => {
  test.setTimeout(150_000)
  const errors = await openSample(page, 'pgm-catalyst-recovery')
  await page.getByRole('link', { name: 'Scenarios' }).click()
  await page.getByRole('tab', { name: 'Monte Carlo' }).click()
  // A new form is the reference price process (mean-reverting, sourced volatilities per metal), under
  // which no debt meets 10 % on this sample (issue 19, docs/methodology.md): size to 50 % instead.
  await expect(page.getByLabel('Price process')).toHaveValue('ou')
  await page.getByLabel('Breach probability').fill('50')

  // A big run shows progress, and cancel stops it.
  await page.getByLabel('Sizing draws').fill('50000')
  await page.getByTestId('bs-run').click()
  await expect(page.getByTestId('bs-progress')).toBeVisible()
  await page.getByTestId('bs-cancel').click()
  await expect(page.getByTestId('bs-cancelled')).toBeVisible()

  await page.getByLabel('Sizing draws').fill('600')
  await page.getByLabel('Sizing seed').fill('42')
  await page.getByTestId('bs-run').click()
  await expect(page.getByTestId('bs-done')).toBeVisible({ timeout: 90_000 })
  const sentence = page.getByTestId('bs-sentence')
  await expect(sentence).toHaveText(
    /^Sized to P\(min DSCR < 1\.00x\) ≤ 50 %: USD \d+\.\d\d m \(deterministic sizing USD 4\.95 m\), 600 draws, seed 42, mean-reverting \(Ornstein–Uhlenbeck, κ = 0\.17\/yr, assumption: no price series of the metal stored — the pooled κ, estimated from IMF monthly Ni prices 1980–2015\) to the deck; Platinum 26\.5 %\/yr \(published estimate.*Rhodium 50 %\/yr \(assumption: no rhodium price series in reach\); products independent .*FX fixed on the table path\.$/
  )
  const amount = Number((await sentence.textContent())!.match(/: USD (\d+\.\d\d) m/)![1])
  // Below the deterministic sizing: since its decanned shells are priced as heavy-melting scrap (USD 233.50/t,
  // not the judgement USD 900/t) the PGM sample's cover rests on its metals, and at the deterministic USD 4.95 m
  // more than half the price draws breach 1.00x in some period: the 50 % sizing is USD 2.73 m at seed 42, 600
  // draws (it was USD 6.13 m while the shells earned USD 1.27 m a year whatever the draw).
  expect(amount).toBeGreaterThan(0)
  expect(amount).toBeLessThan(4.95)
  await expect(page.getByTestId('bs-chosen')).toContainText(/P\(min DSCR < 1\.00x\) = [\d.]+ % ± /)
  await expect(page.getByTestId('chart-bs-curve').locator('svg.recharts-surface path').first()).toBeAttached()
  await page.getByTestId('chart-bs-curve').scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/breach-sizing.png`, fullPage: false })

  // The project sheet of this very document carries the same sentence.
  const said = (await sentence.textContent())!
  await page.getByRole('navigation').getByRole('link', { name: 'Project sheet', exact: true }).click()
  await expect(page.getByText('Probabilistic sizing:').first()).toBeVisible({ timeout: 30_000 })
  await expect(page.locator('p.line', { hasText: 'Probabilistic sizing:' }).first()).toContainText(said)
  await page.locator('p.line', { hasText: 'Probabilistic sizing:' }).first().scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/breach-sizing-sheet.png`, fullPage: false })
  expect(errors).toEqual([])
})
