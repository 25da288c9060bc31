import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { runModel } from '../../src/shared/engine'
import { buildStatements } from '../../src/shared/engine/statements'
import { formatAmount } from '../../src/shared/format/money'
import { readProjectFile } from '../../src/shared/model/project-file'

/**
 * The Statements view (methodology §12, issue #15) in the web build: the three lenders' sample (three
 * tranches, one unhedged USD loan revalued as the rupee moves) opened from the project list; the income
 * statement's net income and the balance sheet's total assets read as the engine computes them, the
 * balance check says it balances, the per-period toggle shows one column a period; a 1280×800 picture.
 */
const SAMPLE = 'india-black-mass-three-lenders'
const SHOTS = 'artifacts/screenshots'

test('Statements: income statement, balance sheet with its check, cash-flow statement, annual and per period', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.setViewportSize({ width: 1280, height: 800 })
  const file = readProjectFile(readFileSync(`resources/samples/${SAMPLE}.json`, 'utf8'))
  if (!file.ok) throw new Error('sample does not read')
  const result = runModel(file.value)
  const st = buildStatements(result)
  const money = (v: { isZero(): boolean; abs(): unknown }) => formatAmount((v.isZero() ? v.abs() : v) as never, result.currency, { decimals: 0 })

  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('data-status', 'ready')
  await page.getByRole('button', { name: 'Open sample' }).click()
  await page.getByRole('dialog', { name: 'Open a sample project' }).getByTestId(`sample-${SAMPLE}`).click()
  await expect(page).toHaveURL(/\/results$/)
  await expect(page.getByTestId('results')).toHaveAttribute('data-state', 'ready')

  const view = page.getByTestId('statements')
  await view.scrollIntoViewIfNeeded()
  await expect(page.getByTestId('balance-check')).toContainText('The balance sheet balances in every period')

  // Income statement, annual: the first full operating year's net income (column 3: 2026, 2027 are construction).
  const year = 2
  const netIncome = page.getByTestId('st-netIncome').locator('td').nth(year)
  await expect(netIncome).toHaveText(money(st.annual.income.netIncome[year]!))
  await expect(page.getByTestId('st-fxRevaluation')).toBeVisible()

  await view.getByRole('button', { name: 'Balance sheet' }).click()
  await expect(page.getByTestId('st-totalAssets').locator('td').nth(year)).toHaveText(money(st.annual.balance.totalAssets[year]!))
  const checks = page.getByTestId('st-balanceCheck').locator('td')
  await expect(checks).toHaveCount(st.annual.years.length)
  for (const t of await checks.allTextContents()) expect(t).toBe('0')
  await page.getByTestId('statement-balance').scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/statements-balance-${SAMPLE}.png` })

  await view.getByRole('button', { name: 'Per period' }).click()
  await expect(page.getByTestId('st-totalAssets').locator('td')).toHaveCount(result.periods.length)
  await view.getByRole('button', { name: 'Cash-flow statement' }).click()
  await expect(page.getByTestId('st-netChange')).toBeVisible()
  await page.getByTestId('statement-cashFlow').scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/statements-cashflow-${SAMPLE}.png` })
  expect(errors).toEqual([])
})
