import { RepositoryError } from '@renderer/db/errors'

/** A sentence for the user from any failure: typed storage errors already carry one. */
export function messageOf(e: unknown): string {
  if (e instanceof RepositoryError) return e.message
  if (e instanceof Error) return `Something went wrong — nothing was saved (${e.message})`
  return 'Something went wrong — nothing was saved'
}
