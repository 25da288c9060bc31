import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { NotFoundError } from '@renderer/db/errors'
import { DB_VERSION } from '@renderer/db/database'
import { freshName, openRepo } from './helpers'

/**
 * A project's Monte Carlo kept with it (issue 17): in the `meta` table under `monte-carlo:<id>`, so
 * no schema version is needed (the version stays 3); moved to the trash and back with the project;
 * another project's row untouched.
 */
describe('Monte Carlo kept with the project', () => {
  it('put then get returns the value; a project without one has none; no schema version bump', async () => {
    const { repo } = openRepo(freshName())
    const a = await repo.create({ name: 'A', currency: 'USD' })
    const b = await repo.create({ name: 'B', currency: 'USD' })
    expect(await repo.getMonteCarlo(a.id)).toBeUndefined()
    await repo.putMonteCarlo(a.id, { version: 1, form: { draws: '500' } })
    await repo.putMonteCarlo(a.id, { version: 1, form: { draws: '800' } })
    expect(await repo.getMonteCarlo(a.id)).toEqual({ version: 1, form: { draws: '800' } })
    expect(await repo.getMonteCarlo(b.id)).toBeUndefined()
    expect(DB_VERSION).toBe(3)
  })

  it('is refused for a project that does not exist', async () => {
    const { repo } = openRepo(freshName())
    await expect(repo.putMonteCarlo('nope', {})).rejects.toBeInstanceOf(NotFoundError)
  })

  it('delete moves it to the trash with the project; undo puts it back; other projects keep theirs', async () => {
    const { db, repo } = openRepo(freshName())
    const a = await repo.create({ name: 'A', currency: 'USD' })
    const b = await repo.create({ name: 'B', currency: 'USD' })
    await repo.putMonteCarlo(a.id, { version: 1, n: 'a' })
    await repo.putMonteCarlo(b.id, { version: 1, n: 'b' })
    await repo.delete(a.id)
    expect(await repo.getMonteCarlo(a.id)).toBeUndefined()
    expect((await db.trash.get(a.id))!.meta!.map((m) => m.key)).toEqual([`monte-carlo:${a.id}`])
    expect(await repo.getMonteCarlo(b.id)).toEqual({ version: 1, n: 'b' })
    await repo.undoDelete(a.id)
    expect(await repo.getMonteCarlo(a.id)).toEqual({ version: 1, n: 'a' })
  })

  it('a trash row from before (no meta field) still undoes', async () => {
    const { db, repo } = openRepo(freshName())
    const a = await repo.create({ name: 'A', currency: 'USD' })
    await repo.delete(a.id)
    const row = (await db.trash.get(a.id))!
    expect(row.meta).toBeUndefined()
    await repo.undoDelete(a.id)
    expect((await repo.get(a.id))!.name).toBe('A')
  })
})
