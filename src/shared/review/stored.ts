import { z } from 'zod'
import { formatPath, type ParseResult } from '../model/project'
import { text } from '../model/primitives'
import { reviewBodySchema } from './schema'

/**
 * A review kept beside a project in the app's database: one the recycler received (with the file name
 * it came in) or the financier's own draft. The body is the review file's body (validated the same way).
 */
export const storedReviewSchema = z.strictObject({
  kind: z.enum(['received', 'draft']),
  fileName: text(260),
  review: reviewBodySchema
})
export type StoredReviewData = z.infer<typeof storedReviewSchema>

export function parseStoredReview(input: unknown): ParseResult<StoredReviewData> {
  const r = storedReviewSchema.safeParse(input)
  if (r.success) return { ok: true, value: r.data }
  return { ok: false, issues: r.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) }
}

/** The draft's row id: one draft per project, overwritten as the financier types. */
export const reviewDraftId = (projectId: string): string => `review-draft-${projectId}`
