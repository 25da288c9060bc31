import { describe, expect, it } from 'vitest'
import { plainBounds } from '@renderer/features/editors/messages'

describe('bound messages without the 1e15 sanity limit', () => {
  it('keeps the real bound and drops the sanity limit', () => {
    expect(plainBounds('must be ≥ 0 and ≤ 1000000000000000')).toBe('must be ≥ 0')
    expect(plainBounds('must be ≥ -1000000000000000 and ≤ 5')).toBe('must be ≤ 5')
  })
  it('names the limit when it is the only bound broken', () => {
    expect(plainBounds('must be ≤ 1000000000000000')).toBe('is beyond the model’s limit of 10^15')
    expect(plainBounds('must be ≥ -1000000000000000 and ≤ 1000000000000000')).toBe('is beyond the model’s limit of 10^15')
  })
  it('leaves other messages alone', () => {
    expect(plainBounds('Enter a plain number, e.g. 1250.5')).toBe('Enter a plain number, e.g. 1250.5')
    expect(plainBounds('must be ≥ 0 and ≤ 1')).toBe('must be ≥ 0 and ≤ 1')
  })
})
