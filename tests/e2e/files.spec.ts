import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'

/**
 * Project files in the web build: Open… through the file input, Save as… as a download, opening the
 * saved file back (its id exists, so it comes in as a copy), drag-and-drop onto the window, and
 * hostile files that give one clear message and change nothing.
 */
const FIXTURE = 'tests/fixtures/minimal-project.json'
const fixtureText = readFileSync(FIXTURE, 'utf8')
const fixture = JSON.parse(fixtureText) as { id: string; name: string }

async function ready(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-status', 'ready')
}

async function openThroughInput(page: Page, name: string, content: string | Buffer) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open…' }).click()
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) })
}

async function drop(page: Page, name: string, content: string) {
  const dt = await page.evaluateHandle(
    ([n, text]) => {
      // Runs in the page; typed locally because the e2e tsconfig has no DOM lib.
      const w = globalThis as unknown as { DataTransfer: new () => { items: { add(f: unknown): void } }; File: new (parts: string[], name: string, o: { type: string }) => unknown }
      const transfer = new w.DataTransfer()
      transfer.items.add(new w.File([text], n, { type: 'application/json' }))
      return transfer
    },
    [name, content] as const
  )
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: dt })
  await expect(page.getByText('Drop a project file to open it')).toBeVisible()
  await page.dispatchEvent('body', 'dragover', { dataTransfer: dt })
  await page.dispatchEvent('body', 'drop', { dataTransfer: dt })
}

const projectRows = (page: Page) => page.locator('[data-testid^="project-row-"]')
const toast = (page: Page, text: string | RegExp) => page.locator('.toast').filter({ hasText: text })

test('open, save as, open again, drag-and-drop, and refused files', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto('/')
  await ready(page)

  // Open… → the project is added under its own id and opens on Results.
  await openThroughInput(page, 'pune.bankable.json', fixtureText)
  await expect(page).toHaveURL(new RegExp(`#/project/${fixture.id}/results$`))
  await expect(page.getByTestId('project-title')).toHaveText(fixture.name)
  await expect(page.getByTestId('metric-npv-value')).not.toBeEmpty()

  // Save as… → a download that is the same project file.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save as…' }).click()
  const saved = await download
  expect(saved.suggestedFilename()).toBe('test.bankable.json')
  const savedText = readFileSync((await saved.path())!, 'utf8')
  expect(JSON.parse(savedText)).toEqual(JSON.parse(fixtureText))

  // Open the saved file back: the id is taken, so the app asks (issue 17). Cancel adds nothing; "open the
  // project here" goes to it; "add as a copy" keeps both, the original untouched.
  await page.goto('/#/')
  await expect(projectRows(page)).toHaveCount(1)
  const same = page.getByRole('dialog', { name: 'This project is already here' })
  await openThroughInput(page, saved.suggestedFilename(), savedText)
  await expect(same).toContainText(`test.bankable.json is a file of “${fixture.name}”, which is already here`)
  await expect(same.getByTestId('same-id-compare')).toHaveText('The file holds the same inputs as the project here.')
  await same.getByRole('button', { name: 'Cancel' }).click()
  await expect(same).toBeHidden()
  await expect(projectRows(page)).toHaveCount(1)
  const edited = JSON.stringify({ ...JSON.parse(savedText), name: `${fixture.name} (older)`, description: 'an older version' })
  await openThroughInput(page, 'older.bankable.json', edited)
  await expect(same.getByTestId('same-id-compare')).toContainText('differ from the project here')
  await same.getByRole('button', { name: 'Open the project here' }).click()
  await expect(page).toHaveURL(new RegExp(`#/project/${fixture.id}/results$`))
  await expect(page.getByTestId('project-title')).toHaveText(fixture.name)
  await page.goto('/#/')
  await openThroughInput(page, saved.suggestedFilename(), savedText)
  await same.getByRole('button', { name: 'Add the file as a copy' }).click()
  await expect(page.getByTestId('project-title')).toHaveText(`${fixture.name} (copy)`)
  await expect(toast(page, 'same id is already here')).toBeVisible()
  await page.goto('/#/')
  await expect(projectRows(page)).toHaveCount(2)

  // Drag-and-drop a file onto the window does the same.
  const dropped = JSON.stringify({ ...JSON.parse(fixtureText), id: 'dropped-1', name: 'Dropped project' })
  await drop(page, 'dropped.bankable.json', dropped)
  await expect(page).toHaveURL(/#\/project\/dropped-1\/results$/)
  await expect(page.getByTestId('project-title')).toHaveText('Dropped project')
  await page.goto('/#/')
  await expect(projectRows(page)).toHaveCount(3)
  const listBefore = await projectRows(page).allInnerTexts()

  // Refused files: one message each, nothing added or changed.
  const hostile: [string, string | Buffer, RegExp][] = [
    ['broken.json', '{"schemaVersion": 1, "name": ', /“broken\.json” was not opened: \(file\) is not valid JSON/],
    ['other.json', '{"hello": "world"}', /does not look like a Bankable project file/],
    ['newer.json', JSON.stringify({ ...JSON.parse(fixtureText), schemaVersion: 99 }), /“newer\.json” was not opened: schemaVersion/],
    ['numbers.json', fixtureText.replace('"discountRate":"0.1"', '"discountRate":0.1'), /valuation\.discountRate amounts must be strings/],
    ['binary.bankable.json', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]), /is not UTF-8 text/],
    ['proto.json', fixtureText.replace('"id":"p1"', '"id":"p2","__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}').replace('"name":"Test"', '"name":"Proto"'), /.^/]
  ]
  for (const [name, content, message] of hostile.slice(0, 5)) {
    await openThroughInput(page, name, content)
    await expect(toast(page, message)).toBeVisible()
    await expect(page).toHaveURL(/#\/$/)
  }
  await drop(page, 'dropped-broken.json', '[1, 2')
  await expect(toast(page, /“dropped-broken\.json” was not opened/)).toBeVisible()
  await expect(projectRows(page)).toHaveCount(3)
  expect(await projectRows(page).allInnerTexts()).toEqual(listBefore)

  // Prototype keys are stripped, not applied: the file opens as a plain project and nothing is polluted.
  const [, protoText] = hostile[5]!
  await openThroughInput(page, 'proto.json', protoText)
  await expect(page.getByTestId('project-title')).toHaveText('Proto')
  expect(await page.evaluate(() => ({} as Record<string, unknown>).isAdmin ?? null)).toBeNull()

  expect(errors).toEqual([])
})
