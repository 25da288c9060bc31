/// <reference lib="dom" />
import { expect, test, type Page } from '@playwright/test'

/**
 * Browser-only storage semantics against the web build in Debian's Chromium (reliability.md §2):
 * strict transaction durability, a real QuotaExceededError via CDP Storage.overrideQuotaForOrigin
 * with incompressible data, persist() refused → warning, and the recovery screen after the database
 * was deleted (no silent empty start), restored from a backup made through the app.
 */

const ready = (page: Page) => expect(page.locator('html')).toHaveAttribute('data-status', 'ready')

async function createProject(page: Page, name: string) {
  await page.getByRole('button', { name: 'New project' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'New project' })
  await dialog.getByLabel('Project name').fill(name)
  await dialog.getByRole('button', { name: 'Create project' }).click()
}

const databases = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))

test('case 44 + R16: persist() refused → warning; every read-write transaction of the app is strict (durability)', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __durability: string[] }).__durability = seen
    const original = IDBDatabase.prototype.transaction
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, names: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) {
      if (mode === 'readwrite') seen.push(`${this.name}:${options?.durability ?? 'default'}`)
      return original.call(this, names, mode, options)
    } as typeof IDBDatabase.prototype.transaction
  })
  await page.goto('/')
  await ready(page)
  await expect(page.getByRole('status').filter({ hasText: 'may clear stored projects' })).toBeVisible()
  await createProject(page, 'Durable plant')
  await expect(page.getByTestId('project-title')).toHaveText('Durable plant')
  const seen = await page.evaluate(() => (window as unknown as { __durability: string[] }).__durability)
  const app = seen.filter((s) => s.startsWith('bankable:'))
  expect(app.length).toBeGreaterThan(0)
  expect(new Set(app)).toEqual(new Set(['bankable:strict']))
})

test('case 35 / R19: a real quota error (CDP override, incompressible data) → "Disk full — nothing was saved", nothing written', async ({ page, context, browser }) => {
  await page.goto('/')
  await ready(page)
  await createProject(page, 'Before the disk filled')
  await expect(page.getByTestId('project-title')).toHaveText('Before the disk filled')
  await page.goto('/#/')
  await ready(page)

  const cdp = await context.newCDPSession(page)
  const origin = new URL(page.url()).origin
  // Observed with Debian's Chromium here: the page-level override alone reports overrideActive but is
  // not enforced; sending it to the BROWSER target first (which answers "Internal error") makes it bite.
  const browserCdp = await browser.newBrowserCDPSession()
  await browserCdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 2 * 1024 * 1024 }).catch(() => undefined)
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 2 * 1024 * 1024 })
  // Fill the quota with random bytes (Chromium compresses values: zeros would never fill it). Values
  // are wrapped in objects: bare typed arrays were not counted against the override here.
  const filled = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('quota-filler', 1)
      r.onupgradeneeded = () => r.result.createObjectStore('chunks', { autoIncrement: true })
      r.onsuccess = () => resolve(r.result)
      r.onerror = () => reject(r.error)
    })
    let total = 0
    for (const size of [60000, 8000, 1000, 200]) {
      for (let i = 0; i < 400; i++) {
        const bytes = crypto.getRandomValues(new Uint8Array(size))
        const ok = await new Promise<boolean>((resolve) => {
          const tx = db.transaction('chunks', 'readwrite')
          tx.objectStore('chunks').add({ bytes })
          tx.oncomplete = () => resolve(true)
          tx.onabort = () => resolve(false)
        })
        if (!ok) break
        total += size
      }
    }
    db.close()
    return total
  })
  expect(filled).toBeGreaterThan(0)
  // Debian's Chromium here reported the override active yet accepted 27 MB under a 2 MB quota (it bit
  // once, in a probe, and not reproducibly). Where it is not enforced this test cannot say anything;
  // the injected-quota tests (tests/renderer/db/durability.test.ts) cover the app's handling.
  test.skip(filled >= 2 * 1024 * 1024, `quota override not enforced by this Chromium (wrote ${filled} bytes under 2 MB)`)

  await createProject(page, 'After the disk filled')
  await expect(page.getByText('Disk full — nothing was saved').first()).toBeVisible()
  await page.keyboard.press('Escape')
  await cdp.send('Storage.overrideQuotaForOrigin', { origin })
  await browserCdp.send('Storage.overrideQuotaForOrigin', { origin }).catch(() => undefined)
  await page.goto('/#/')
  await page.reload()
  await ready(page)
  await expect(page.getByRole('link', { name: 'Before the disk filled', exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: 'After the disk filled', exact: true })).toHaveCount(0)
})

test('cases 43 + 45–47 / R29: a deleted database is not re-created empty; the recovery screen restores the latest verified backup', async ({ page }) => {
  await page.goto('/')
  await ready(page)
  await createProject(page, 'Kept by backup — Mülheim 東京')
  await expect(page.getByTestId('project-title')).toHaveText('Kept by backup — Mülheim 東京')
  const download = page.waitForEvent('download')
  await page.keyboard.press('Control+Alt+b')
  await expect(page.getByText(/Backup saved/)).toBeVisible()
  expect((await download).suggestedFilename()).toMatch(/^backup-.*\.json$/)

  // The browser clears the database while the app runs: this window refuses further writes.
  await page.evaluate(() => new Promise((resolve) => (indexedDB.deleteDatabase('bankable').onsuccess = resolve)))
  await expect(page.getByText(/updated in another window — reload this window/)).toBeVisible()

  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-status', 'recovery')
  await expect(page.getByRole('heading', { name: 'Your projects are missing' })).toBeVisible()
  expect(await databases(page)).not.toContain('bankable') // no silent empty start
  await expect(page.getByText(/Latest verified backup:/)).toBeVisible()
  await page.getByRole('button', { name: 'Restore this backup' }).click()
  await ready(page)
  await page.goto('/#/')
  await expect(page.getByRole('link', { name: 'Kept by backup — Mülheim 東京', exact: true })).toBeVisible()
  await page.reload()
  await ready(page) // the restored database is the remembered one: a normal start
})

test('R29: "start fresh" is explicit — two clicks — and then the app starts normally', async ({ page }) => {
  await page.goto('/')
  await ready(page)
  await createProject(page, 'Will be lost')
  await expect(page.getByTestId('project-title')).toHaveText('Will be lost')
  await page.evaluate(() => new Promise((resolve) => (indexedDB.deleteDatabase('bankable').onsuccess = resolve)))
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-status', 'recovery')
  await expect(page.getByText(/No verified backup was found/)).toBeVisible()
  await page.getByRole('button', { name: 'Start with an empty database…' }).click()
  expect(await databases(page)).not.toContain('bankable')
  await page.getByRole('button', { name: /Yes — start with an empty database/ }).click()
  await ready(page)
  await page.goto('/#/')
  await expect(page.getByRole('heading', { name: 'Create your first project' })).toBeVisible()
})

test('case 41: two windows edit the same project → the second save is refused and both versions are shown', async ({ page, context }) => {
  await page.goto('/')
  await ready(page)
  await createProject(page, 'Shared deal')
  await expect(page.getByTestId('project-title')).toHaveText('Shared deal')
  const other = await context.newPage()
  await other.goto(page.url())
  await ready(other)
  await expect(other.getByTestId('project-title')).toHaveText('Shared deal')

  const rename = async (p: Page, name: string) => {
    await p.getByRole('button', { name: 'Rename project' }).click()
    await p.getByLabel('Project name').fill(name)
    await p.getByLabel('Project name').press('Enter')
  }
  await rename(other, 'Shared deal — their terms')
  await expect(other.getByTestId('project-title')).toHaveText('Shared deal — their terms')
  await rename(page, 'Shared deal — my terms')

  const dialog = page.getByRole('dialog', { name: 'Changed in another window' })
  await expect(dialog).toBeVisible()
  const nameRow = dialog.getByRole('row').filter({ hasText: /^name/ })
  await expect(nameRow).toContainText('Shared deal — my terms')
  await expect(nameRow).toContainText('Shared deal — their terms')
  await dialog.getByRole('button', { name: 'Keep my version' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('project-title')).toHaveText('Shared deal — my terms')
  await other.reload()
  await ready(other)
  await expect(other.getByTestId('project-title')).toHaveText('Shared deal — my terms')
})

test('case 36: the renderer process killed in the middle of a bulk write → after restart all or nothing', async ({ page, context }) => {
  await page.goto('/')
  await ready(page)
  const N = 20_000
  // One read-write transaction over the app's lots table, as an import does; the process is killed
  // (chrome://crash) while it runs.
  void page
    .evaluate((n) => {
      const req = indexedDB.open('bankable')
      req.onsuccess = () => {
        const tx = req.result.transaction('lots', 'readwrite', { durability: 'strict' })
        const store = tx.objectStore('lots')
        for (let i = 0; i < n; i++) store.put({ id: `crash-${i}`, projectId: 'p', createdAt: '2026-01-01', data: { i, pad: 'x'.repeat(200) } })
        ;(window as unknown as { __queued: boolean }).__queued = true
      }
    }, N)
    .catch(() => undefined)
  await page.waitForFunction(() => (window as unknown as { __queued?: boolean }).__queued === true).catch(() => undefined)
  // Kill the renderer process (Chromium's crash URL) while the transaction is still running.
  const crashed = new Promise<boolean>((resolve) => {
    page.once('crash', () => resolve(true))
    setTimeout(() => resolve(false), 5000)
  })
  await page.goto('chrome://crash', { timeout: 5000 }).catch(() => undefined)
  expect(await crashed).toBe(true)

  // Chromium 150 can hand the first same-origin page after a crash to the dying renderer, which then
  // shows an empty document: the restart is a fresh load, retried as a user would reload.
  const after = await context.newPage()
  for (let attempt = 0; ; attempt++) {
    await after.goto('/')
    const ok = await ready(after).then(() => true, (e: unknown) => { if (attempt >= 2) throw e; return false })
    if (ok) break
  }
  const count = await after.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const req = indexedDB.open('bankable')
        req.onsuccess = () => {
          const c = req.result.transaction('lots').objectStore('lots').count()
          c.onsuccess = () => resolve(c.result)
        }
      })
  )
  console.log(`[case 36] lots after the crash: ${count} of ${N}`)
  expect([0, N]).toContain(count)
})
