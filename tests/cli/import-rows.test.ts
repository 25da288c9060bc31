import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importCommand } from '../../src/cli/commands/import-rows'
import { CATALYST_LOT_COLUMNS } from '../../src/shared/import/lot-import'
import { captureOutput, runCliProcess } from './cli-helpers'

const dir = mkdtempSync(join(tmpdir(), 'bankable-import-'))
const file = (name: string, text: string | Uint8Array) => { const p = join(dir, name); writeFileSync(p, text); return p }
const run = async (name: 'import-lots' | 'import-deck', args: string[]) => {
  const { out, sink } = captureOutput()
  const code = await importCommand(name)(args, sink)
  return { code, ...out }
}

describe('import-lots / import-deck (the app readers, headless)', () => {
  it('exit 0 with the lots as JSON, catalyst or black-mass, .csv or .xlsx', async () => {
    for (const f of ['catalyst-lots.csv', 'catalyst-lots.xlsx', 'black-mass-lots.csv', 'black-mass-lots.xlsx']) {
      const r = await run('import-lots', [`resources/templates/${f}`])
      expect(r.code, r.stdout + r.stderr).toBe(0)
      const lots = JSON.parse(r.stdout)
      expect(lots[0].kind).toBe(f.startsWith('catalyst') ? 'catalyst-lot' : 'black-mass-lot')
    }
  })

  it('exit 0 with the deck as JSON', async () => {
    const r = await run('import-deck', ['resources/templates/price-deck.xlsx'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).currency).toBe('USD')
  })

  it('exit 1 with one "sheet!cell: message" line per problem, first 200, then a count', async () => {
    const header = CATALYST_LOT_COLUMNS.map((c) => c.header).join(',')
    const p = file('bad.csv', `${header}\n${Array.from({ length: 300 }, (_, i) => `lot-${i},,USD,2025-06-15,,1,1,1%,,,,,,,,,,,,,1`).join('\n')}\n`)
    const r = await run('import-lots', [p])
    expect(r.code).toBe(1)
    const lines = r.stdout.trim().split('\n')
    expect(lines).toHaveLength(201)
    expect(lines[0]).toBe("bad.csv!B2: 'Name' is required")
    expect(lines[200]).toBe('… and 100 more problems')
    expect(r.stderr).toContain('300 problems')
  })

  it('--json reports the problems as JSON with their cell', async () => {
    const p = file('deck.csv', 'Product ID,Year,Price,Currency\npt,20x0,1,USD\n')
    const r = await run('import-deck', [p, '--json'])
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, omitted: 0, errors: [{ cell: 'deck.csv!B2', code: 'not-a-number' }] })
  })

  it('a refused .xlsx cell is named by its address; an unreadable file by its path', async () => {
    const bad = file('bytes.csv', new Uint8Array([0x4c, 0x6f, 0x74, 0xc0, 0xaf]))
    const r = await run('import-lots', [bad])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe(`${bad}: CSV is not UTF-8 text (invalid byte 0xC0 at byte offset 3)\n`)
  })

  it('exit 2 on usage', async () => {
    expect((await run('import-lots', [])).code).toBe(2)
    expect((await run('import-lots', ['a.csv', 'b.csv'])).code).toBe(2)
    expect((await run('import-deck', ['deck.json'])).code).toBe(2)
    expect((await run('import-deck', ['d.csv', '--nope'])).code).toBe(2)
  })

  it('runs as `cli import-lots` in a real process', () => {
    const r = runCliProcess(['import-lots', 'resources/templates/catalyst-lots.csv'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)[0].id).toBe('c1-catalyst-lot')
  })
})
