import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { parseLotFile, valueLot } from '@shared/lot'
import { checkLotFile, importProgressText, readLotFile } from '@renderer/features/feedstock/lot-files'
import { t, type MessageKey, type MessageValues } from '@shared/i18n'
import { withOpenProject } from '../../store/fakes'
import c1Json from '../../../../resources/lots/c1-catalyst-lot.json'
import c3Json from '../../../../resources/lots/c3-black-mass-lot.json'


const c1: unknown = c1Json
const c3: unknown = c3Json

describe('purchased lots beside a project', () => {
  it('are stored validated, listed in order, survive a fresh load and can be deleted', async () => {
    const { store, id } = await withOpenProject()
    expect(await store.getState().addLots(id, [c1, c3])).toBe(true)
    await store.getState().loadLots(id)
    const items = store.getState().lots!.items
    expect(items.map((l) => l.data.id)).toEqual(['c1-catalyst-lot', 'c3-black-mass-lot'])
    // C1 [C] settles at USD 254,869.51 (domain case, resources/lots/c1-catalyst-lot.json notes).
    const v = valueLot(parseLotFile(items[0]!.data).ok ? items[0]!.data : (undefined as never))
    expect(v.settlement.net.toFixed(2)).toBe('254869.51')
    await store.getState().deleteLot(items[0]!.id)
    await store.getState().loadLots(id)
    expect(store.getState().lots!.items.map((l) => l.data.id)).toEqual(['c3-black-mass-lot'])
  })

  it('replace swaps the lots of the same lot ids in one write (a re-imported sheet does not double); append keeps both', async () => {
    const { store, id } = await withOpenProject()
    expect(await store.getState().addLots(id, [c1, c3])).toBe(true)
    const c1b = { ...(c1 as object), name: 'C1 re-assayed', weights: { grossKg: '2100', netWetKg: '1900', moistureFraction: '0.015' } }
    expect(await store.getState().addLots(id, [c1b], { replace: true })).toBe(true)
    const names = () => store.getState().lots!.items.map((l) => [l.data.id, l.data.name])
    // The store and the database agree: c3 kept, c1 replaced (the new one last, by its time of import).
    expect(names()).toEqual([['c3-black-mass-lot', 'C3 NMC black mass, 1 t (constructed example)'], ['c1-catalyst-lot', 'C1 re-assayed']])
    await store.getState().loadLots(id)
    expect(names()).toEqual([['c3-black-mass-lot', 'C3 NMC black mass, 1 t (constructed example)'], ['c1-catalyst-lot', 'C1 re-assayed']])
    expect(await store.getState().addLots(id, [c1])).toBe(true)
    await store.getState().loadLots(id)
    expect(names().map((n) => n[0])).toEqual(['c3-black-mass-lot', 'c1-catalyst-lot', 'c1-catalyst-lot'])
  })

  it('refuses the whole import when one lot is invalid, and says why', async () => {
    const { store, id } = await withOpenProject()
    const bad = { ...(c1 as object), weights: { grossKg: '2100', netWetKg: '-1', moistureFraction: '0.015' } }
    expect(await store.getState().addLots(id, [c3, bad])).toBe(false)
    expect(store.getState().toasts.at(-1)?.message).toMatch(/weights\.netWetKg/)
    await store.getState().loadLots(id)
    expect(store.getState().lots!.items).toEqual([])
  })

  it('reads lot-file JSON (one lot or many) and reports unreadable files', () => {
    const one = readLotFile('c1.json', new TextEncoder().encode(JSON.stringify(c1)), 'catalyst-lots')
    expect(one).toEqual({ ok: true, lots: [c1] })
    const many = readLotFile('both.json', new TextEncoder().encode(JSON.stringify([c1, c3])), 'catalyst-lots')
    expect(many.ok && many.lots.length).toBe(2)
    const broken = readLotFile('x.json', new TextEncoder().encode('{"kind":'), 'catalyst-lots')
    expect(broken.ok).toBe(false)
    const enc = (s: string) => new TextEncoder().encode(s)
    expect(readLotFile('deep.json', enc('['.repeat(100_000) + ']'.repeat(100_000)), 'catalyst-lots')).toEqual({ ok: false, problems: ['deep.json: nested deeper than 200 levels at byte 200'] })
    expect(readLotFile('big.json', enc('{"weights":{"netWetKg":1e400}}'), 'catalyst-lots')).toEqual({ ok: false, problems: ['big.json: weights.netWetKg number is too large (not finite)'] })
    expect(readLotFile('bad.json', new Uint8Array([0x7b, 0xc0, 0xaf, 0x7d]), 'catalyst-lots')).toEqual({ ok: false, problems: ['bad.json: not UTF-8 text (invalid byte 0xC0 at byte offset 1)'] })
    const sheet = readLotFile('x.xls', new Uint8Array([1, 2, 3]), 'catalyst-lots')
    expect(sheet).toEqual({ ok: false, problems: ['Unsupported format .xls — save as .xlsx or .csv'] })
    const header = 'Lot ID,Name,Currency,Pricing date,Gross kg,Net wet kg,Moisture %,Treatment charge per wet kg'
    const bad = readLotFile('bad.csv', new TextEncoder().encode(`${header}\n${'x\n'.repeat(300)}`), 'catalyst-lots')
    expect(bad.ok === false && bad.problems.at(-1)).toMatch(/^… and [\d,]+ more problems$/)
  })

  it('reads a sheet in the template its header is in; a header of neither says so before the problems', () => {
    const enc = (s: string) => new TextEncoder().encode(s)
    const header = 'Lot ID,Name,Currency,Pricing date,Gross kg,Net wet kg,Moisture %,Pt ppm,Pt return %,Pt price per toz,Pt refining charge per toz,Treatment charge per wet kg'
    const cat = readLotFile('cat.csv', enc(`${header}\nc,C,USD,2025-06-15,10,10,0%,100,98%,1000,10,1\n`), 'black-mass-lots')
    expect(cat.ok && [cat.template, cat.lots.length]).toEqual(['catalyst-lots', 1])
    const neither = readLotFile('odd.csv', enc('Lot ID,Colour\nx,red\n'), 'black-mass-lots')
    expect(neither.ok === false && neither.problems[0]).toMatch(/^odd\.csv: the header row names neither lot template's columns .*read as black-mass lots:$/)
    expect(neither.ok === false && neither.problems[1]).toMatch(/Unknown column 'Colour'/)
  })
})

describe('lot files read for the import worker', () => {
  it('checkLotFile passes a clean read through and turns invalid lots into problems, each with its lot', () => {
    const clean = { ok: true as const, lots: [c1, c3] }
    expect(checkLotFile(clean)).toBe(clean)
    const bad = { ...(c1 as object), weights: { grossKg: '2100', netWetKg: '-1', moistureFraction: '0.015' } }
    const r = checkLotFile({ ok: true, lots: [c3, bad] })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.problems.length).toBeGreaterThan(0)
      expect(r.problems.every((p) => p.startsWith('lot 2: '))).toBe(true)
      expect(r.problems.join('\n')).toMatch(/weights\.netWetKg/)
    }
    const failed = { ok: false as const, problems: ['x'] }
    expect(checkLotFile(failed)).toBe(failed)
  })

  it('says how far the rows have got, in the reader’s language', () => {
    const en = (key: MessageKey, values?: MessageValues) => t('en', key, values)
    const ja = (key: MessageKey, values?: MessageValues) => t('ja', key, values)
    expect(importProgressText(null, en)).toBe('Reading file…')
    expect(importProgressText({ done: 12000, total: 40000 }, en)).toBe('Reading rows… 12,000 of 40,000')
    expect(importProgressText({ done: 12000, total: 40000 }, ja)).toBe('行を読み込み中… 12,000 / 40,000')
  })
})
