import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { WEB_BACKUP_KEEP, createWebBackupStore } from '@renderer/db/web-backup-store'
import { freshName } from './helpers'

describe('web-mode backup store', () => {
  it('keeps bytes, lists newest first, reads back, and rotates to the last few', async () => {
    let t = Date.UTC(2026, 0, 1)
    const store = createWebBackupStore(freshName(), () => new Date((t += 1000)))
    const first = await store.add({ bytes: new TextEncoder().encode('{"a":"ñ中"}'), reason: 'manual' })
    expect(first.sizeBytes).toBe(new TextEncoder().encode('{"a":"ñ中"}').byteLength)
    const back = await store.read(first.id)
    expect(new TextDecoder().decode(back!.bytes)).toBe('{"a":"ñ中"}')
    for (let i = 0; i < WEB_BACKUP_KEEP + 2; i++) await store.add({ bytes: new Uint8Array([i]), reason: 'auto' })
    const list = await store.list()
    expect(list).toHaveLength(WEB_BACKUP_KEEP)
    expect(list[0]!.createdAt > list[1]!.createdAt).toBe(true)
    expect(list.some((e) => e.id === first.id)).toBe(false)
    expect(await store.read(first.id)).toBeUndefined()
    expect(list[0]).not.toHaveProperty('bytes')
  })
})
