import type { MessageKey } from '@shared/i18n'
import type { NoteStatus } from '@shared/review'

/** A note's status as the reader's language says it; the file keeps `accepted` / `query` / `rejected`. */
export const STATUS_TEXT: Record<NoteStatus, MessageKey> = { accepted: 'review.status.accepted', query: 'review.status.query', rejected: 'review.status.rejected' }
