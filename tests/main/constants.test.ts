import { describe, expect, it } from 'vitest'
import { APP_ENTRY_URL, APP_ORIGIN, BACKUPS_KEPT_PER_REASON, BACKUP_DIR_NAME, USER_DATA_DIR_NAME } from '../../src/main/constants'

// R30: IndexedDB lives per origin and Electron storage per userData folder. If one of these values
// changes, every existing user's projects "disappear". Changing them requires a tested migration;
// update this test only together with that migration.
describe('storage identity constants (R30)', () => {
  it('keeps the origin app://bundle', () => {
    expect(APP_ORIGIN).toBe('app://bundle')
    expect(APP_ENTRY_URL).toBe('app://bundle/index.html')
  })
  it('keeps the userData folder name and backup layout', () => {
    expect(USER_DATA_DIR_NAME).toBe('Bankable')
    expect(BACKUP_DIR_NAME).toBe('backups')
    expect(BACKUPS_KEPT_PER_REASON).toBe(10)
  })
})
