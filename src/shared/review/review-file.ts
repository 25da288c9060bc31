import { formatJsonPath, nonFiniteNumberPaths, NOT_FINITE_MESSAGE, tooDeepMessage } from '../json/safe-json'
import type { Project } from '../model'
import { projectSha256 } from './project-hash'
import { REVIEW_FORMAT, REVIEW_SCHEMA_VERSION, reviewBodySchema, reviewFileSchema, type ReviewBody, type ReviewFile } from './schema'
import { sha256OfText } from './sha256'
import { upgradeReviewBody } from './upgrade'
import { sortKeys } from '../json/sort-keys'

/** A review is notes and a few numbers: 2 MB is far above any real one. */
export const MAX_REVIEW_FILE_BYTES = 2 * 1024 * 1024
const MAX_DEPTH = 16
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** The text the checksum covers: the body with sorted keys, compact. Independent of file formatting. */
const canonicalBody = (body: ReviewBody): string => JSON.stringify(sortKeys(body))

export const reviewChecksum = (body: ReviewBody): string => sha256OfText(canonicalBody(body))

/** Serialise a review: sorted keys, 2-space indentation, checksum last-but-sorted, trailing newline. */
export function writeReviewFile(body: ReviewBody): string {
  const file: ReviewFile = { ...body, format: REVIEW_FORMAT, schemaVersion: REVIEW_SCHEMA_VERSION, checksum: reviewChecksum(body) }
  return JSON.stringify(sortKeys(file), null, 2) + '\n'
}

const withoutChecksum = ({ checksum: _checksum, ...body }: Record<string, unknown>): ReviewBody => body as ReviewBody

export type ReviewReadResult = { ok: true; review: ReviewBody } | { ok: false; message: string }

const refuse = (message: string): ReviewReadResult => ({ ok: false, message })

/**
 * Read a review file's text. Never throws; every refusal says what is wrong in words a person can act
 * on (truncated, not a review, newer version, edited after export, field problems).
 */
export function readReviewFile(text: string): ReviewReadResult {
  if (text.length * 3 > MAX_REVIEW_FILE_BYTES && new TextEncoder().encode(text).length > MAX_REVIEW_FILE_BYTES)
    return refuse(`This review file is larger than ${MAX_REVIEW_FILE_BYTES / 1024 / 1024} MB; it is not a Bankable review.`)
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.trim() === '') return refuse('This review file is empty.')
  const deep = tooDeepMessage(body, MAX_DEPTH)
  if (deep) return refuse(`This file is nested too deeply to be a Bankable review (${deep}).`)
  let parsed: unknown
  try {
    parsed = JSON.parse(body, (key, value: unknown) => (RESERVED_KEYS.has(key) ? undefined : value))
  } catch {
    return refuse('This review file is damaged or truncated: it is not complete JSON. Ask the reviewer to export it again.')
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || (parsed as { format?: unknown }).format !== REVIEW_FORMAT)
    return refuse('This is not a Bankable review file (it has no "format": "bankable-review").')
  const notFinite = nonFiniteNumberPaths(parsed)
  if (notFinite.length > 0) return refuse(`This review file is not valid: ${formatJsonPath(notFinite[0]!)} ${NOT_FINITE_MESSAGE}.`)
  const version = (parsed as { schemaVersion?: unknown }).schemaVersion
  if (typeof version === 'number' && version > REVIEW_SCHEMA_VERSION)
    return refuse(`This review was written by a newer version of Bankable (review format ${version}; this app reads up to ${REVIEW_SCHEMA_VERSION}). Update the app to open it.`)
  const r = reviewFileSchema.safeParse(upgradeReviewBody(parsed as Record<string, unknown>))
  if (!r.success) {
    const first = r.error.issues.slice(0, 3).map((i) => `${i.path.length ? i.path.join('.') : '(root)'} ${i.message}`)
    return refuse(`This review file is not valid: ${first.join('; ')}${r.error.issues.length > 3 ? ` (and ${r.error.issues.length - 3} more)` : ''}.`)
  }
  const { checksum, ...rest } = r.data
  const review = reviewBodySchema.parse(rest)
  // The checksum covers the body as it was written: for an older format, before its upgrade.
  const signed = version === REVIEW_SCHEMA_VERSION ? canonicalBody(review) : canonicalBody(withoutChecksum(parsed as Record<string, unknown>))
  if (sha256OfText(signed) !== checksum)
    return refuse('This review file was changed after it was exported (its checksum does not match its content). Ask the reviewer for the original file.')
  return { ok: true, review }
}

/** How a review relates to the open project. */
export type ReviewMatch =
  | { ok: true; changed: false }
  | { ok: true; changed: true; message: string }
  | { ok: false; message: string }

/** A review for another project is refused; a review of an earlier state of this project is shown with a warning. */
export function matchReview(review: ReviewBody, project: Project): ReviewMatch {
  if (review.project.id !== project.id)
    return { ok: false, message: `This review is for another project ("${review.project.name}"), not "${project.name}". Nothing was changed.` }
  if (review.project.sha256 !== projectSha256(project))
    return {
      ok: true, changed: true,
      message: `The project has changed since it was reviewed (reviewed version ${review.project.sha256.slice(0, 12)}…, this version ${projectSha256(project).slice(0, 12)}…). Notes may refer to values that are no longer there.`
    }
  return { ok: true, changed: false }
}
