import 'fake-indexeddb/auto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exportDatabase } from '@renderer/db/backup/export'
import { restoreBackup } from '@renderer/db/backup/restore'
import { BankableDb } from '@renderer/db/database'
import { parseProject, type Project } from '@shared/model'
import { readProjectFile, writeProjectFile } from '@shared/model/project-file'
import minimalText from '../fixtures/minimal-project.json?raw'
import { perturb, stepArb } from '../shared/engine-fuzz/mutate'
import { freshName, openRepo, snapshot } from '../renderer/db/helpers'
import { countLost, reportTally, tally } from './tally'

reportTally('round-trip.property')

/**
 * R38 as properties: export → import is the identity on canonical data, for random valid projects
 * (the engine fuzzer's perturbations of the fixture): through the project file, and through a whole
 * database backup and restore. Neither file ever holds NaN or Infinity.
 */
const base = parseProject(JSON.parse(minimalText)) as { ok: true; value: Project }
const projectArb = fc.array(stepArb, { minLength: 1, maxLength: 10 }).map((steps) => perturb(base.value, steps).project)

describe('export → import is the identity (R38)', () => {
  it('project file: read(write(p)) equals p, write is a fixed point, no NaN/Infinity (150 runs)', () => {
    fc.assert(
      fc.property(projectArb, (p) => {
        const text = writeProjectFile(p)
        expect(text).not.toMatch(/NaN|Infinity/)
        const back = readProjectFile(text)
        expect(back.ok).toBe(true)
        if (back.ok) {
          expect(back.value).toEqual(p)
          expect(writeProjectFile(back.value)).toBe(text)
        }
        tally.casesTried += 1
      }),
      { numRuns: 150, seed: 38 }
    )
  })

  it('database backup: restore(export(db)) gives every row back, for random sets of projects (20 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(projectArb, { minLength: 1, maxLength: 4 }), async (projects) => {
        const src = openRepo(freshName())
        for (const [i, p] of projects.entries()) await src.repo.importDoc({ ...p, id: `p${i}`, name: `${p.name} ${i} — ü 東京` })
        const backup = await exportDatabase(src.db, { appVersion: '0.1.0' })
        expect(backup.text).not.toMatch(/NaN|Infinity/)
        const live = openRepo(freshName())
        await restoreBackup(live.db, backup.bytes, { appVersion: '0.1.0', openAppDb: (n) => new BankableDb(n), keepPreRestore: async () => undefined, stagingName: freshName() })
        const want = await snapshot(src.db)
        const got = await snapshot(live.db)
        expect(countLost({ projects: want.projects! }, got)).toBe(0)
        expect(got.projects).toEqual(want.projects)
        src.db.close()
        live.db.close()
        tally.casesTried += 1
      }),
      { numRuns: 20, seed: 3838 }
    )
  }, 60_000)
})
