import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { describeRefusal, fileStem, projectFileBytes, projectFileName, readProjectBytes } from '@renderer/features/files/project-file-io'
import { sampleFiles } from '@renderer/features/files/samples'
import { withOpenProject } from '../../store/fakes'
import { handProject } from '../../../shared/engine/hand-project'

const enc = (s: string) => new TextEncoder().encode(s)

describe('project file bytes', () => {
  it('round-trips a project through the file format', () => {
    const doc = handProject()
    const r = readProjectBytes('hand.bankable.json', projectFileBytes(doc))
    expect(r).toEqual({ ok: true, doc })
  })

  it.each([
    ['not JSON', enc('{"schemaVersion": 1,'), /is not valid JSON/],
    ['not UTF-8', new Uint8Array([0xff, 0xfe, 0x00, 0x41]), /not UTF-8 text/],
    ['empty', enc('   '), /is empty/],
    ['a JSON array', enc('[1,2]'), /must be a JSON object/],
    ['another JSON file', enc('{"name":"x"}'), /does not look like a Bankable project file/],
    ['from a newer app', enc(JSON.stringify({ ...handProject(), schemaVersion: 999 })), /schemaVersion/],
    ['nested 1000 deep', enc(`${'['.repeat(1000)}${']'.repeat(1000)}`), /nested more than/],
    ['a schema violation', enc(JSON.stringify({ ...handProject(), valuation: { discountRate: 0.1 } })), /valuation\.discountRate/]
  ])('refuses %s with one message naming the file', (_, bytes, pattern) => {
    const r = readProjectBytes('evil.json', bytes)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.message).toMatch(/^“evil\.json” was not opened: /)
    expect(r.message).toMatch(pattern)
    expect(r.message).toMatch(/Nothing was changed\.$/)
  })

  it('words the refusal in the reader’s language, counting the problems past the first three (#20)', () => {
    const issues = [1, 2, 3, 4, 5].map((n) => ({ path: `a.${n}`, message: 'is wrong' }))
    expect(describeRefusal('x.json', issues)).toBe('“x.json” was not opened: a.1 is wrong; a.2 is wrong; a.3 is wrong (and 2 more). Nothing was changed.')
    expect(describeRefusal('x.json', issues.slice(0, 3))).toBe('“x.json” was not opened: a.1 is wrong; a.2 is wrong; a.3 is wrong. Nothing was changed.')
    expect(describeRefusal('x.json', issues.slice(0, 4), 'ja')).toBe('「x.json」は開かれませんでした: a.1 is wrong; a.2 is wrong; a.3 is wrong（ほか1件）。何も変更されていません。')
    const r = readProjectBytes('bin.json', new Uint8Array([0xff, 0xfe, 0x00, 0x41]), 'ja')
    expect(r.ok ? '' : r.message).toMatch(/^「bin\.json」は開かれませんでした: \(file\) .*です。本当にプロジェクトファイルですか？。何も変更されていません。$/)
  })

  it('strips prototype keys instead of polluting objects', () => {
    const text = JSON.stringify(handProject()).replace('{"schemaVersion"', '{"__proto__":{"polluted":true},"schemaVersion"')
    const r = readProjectBytes('proto.json', enc(text))
    expect(r.ok).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('file names are portable', () => {
    expect(fileStem('Pune Black-Mass Refinery (Phase 1) — ₹')).toBe('pune-black-mass-refinery-phase-1')
    expect(fileStem('日本')).toBe('project')
    expect(projectFileName(handProject())).toBe('hand-computable-case.bankable.json')
  })

  it('lists the bundled samples by file name', () => {
    expect(sampleFiles().every((f) => f.endsWith('.json'))).toBe(true)
  })
})

describe('importing an opened project', () => {
  it('adds it under its own id, and as a copy when that id is taken (nothing is overwritten)', async () => {
    const { store, repo } = await withOpenProject()
    const doc = { ...handProject(), id: 'hand-import' }
    const id1 = await store.getState().importProject(doc)
    expect(id1).toBe('hand-import')
    expect((await repo.get('hand-import'))!.doc).toEqual(doc)
    const id2 = await store.getState().importProject({ ...doc, name: 'Changed' })
    expect(id2).not.toBe('hand-import')
    expect((await repo.get('hand-import'))!.doc.name).toBe(doc.name) // the first is untouched
    const copy = (await repo.get(id2!))!
    expect(copy.doc.id).toBe(id2)
    expect(copy.name).toBe('Changed (copy)')
    expect(store.getState().projects.map((p) => p.id)).toEqual(expect.arrayContaining(['hand-import', id2]))
    expect(store.getState().toasts.at(-1)!.message).toMatch(/same id is already here/)
  })

  it('an invalid document is refused by the repository with a toast; nothing stored', async () => {
    const { store, repo } = await withOpenProject()
    const before = (await repo.list()).length
    const id = await store.getState().importProject({ ...handProject(), id: 'bad', valuation: { discountRate: 'x' } })
    expect(id).toBeNull()
    expect((await repo.list()).length).toBe(before)
    expect(store.getState().toasts.at(-1)!.tone).toBe('error')
  })
})
