import type { FailedOutcome } from './recovery-actions'

const errorText = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e))

/** Title and explanation for each way opening can fail; `detail` is the technical reason, shown small. */
export function describeOutcome(o: FailedOutcome): { title: string; body: string; detail: string | null; fresh: string } {
  switch (o.kind) {
    case 'open-failed':
      return {
        title: 'Bankable cannot open its database',
        body: 'The stored data could not be opened (the storage may be damaged). Nothing has been changed or deleted. Restore the latest backup, or export what can still be read.',
        detail: errorText(o.error),
        fresh: 'Delete the damaged database and start empty'
      }
    case 'upgrade-failed':
      return {
        title: 'Your data could not be updated to this version',
        body: `The update of the stored data failed and was undone: your projects are unchanged, still in the format of the previous version (${o.installedVersion}). A backup was made before the update. Export your data, then report the problem or go back to the previous version of Bankable.`,
        detail: errorText(o.error),
        fresh: 'Delete the data and start empty'
      }
    case 'backup-failed':
      return {
        title: 'No update without a backup',
        body: 'This version needs to update the stored data, and makes a backup first. The backup could not be written, so nothing was updated. Free some disk space and try again.',
        detail: errorText(o.error),
        fresh: 'Delete the data and start empty'
      }
    case 'blocked':
      return {
        title: 'Close other Bankable windows',
        body: 'Another Bankable window is still using the data in its old format, so the update cannot start. Close the other windows — this one continues by itself. Nothing has been changed.',
        detail: null,
        fresh: 'Delete the data and start empty'
      }
    case 'newer-version':
      return {
        title: 'This data was saved by a newer version of Bankable',
        body: 'Update the app to open it. Nothing has been changed.',
        detail: `Stored format version ${o.installedVersion}`,
        fresh: 'Delete the data and start empty'
      }
    case 'missing':
      return {
        title: 'Your projects are missing',
        body:
          o.reason === 'deleted'
            ? 'The local database that held your projects is gone — the browser or system may have cleared it. Bankable has not created a new one. Restore the latest backup, or start empty.'
            : o.reason === 'recreated'
              ? 'The local database was replaced by an empty one since the last run (storage cleared by the browser or system). Restore the latest backup, or continue with the empty database.'
              : 'The local database is missing its creation record, so it may be damaged or incomplete. Restore the latest backup, or continue with what is there.',
        detail: null,
        fresh: o.reason === 'deleted' ? 'Start with an empty database' : 'Continue without restoring'
      }
  }
}
