import { describe, expect, it } from 'vitest'
import { whenText } from '@renderer/features/backups/when-text'

describe('whenText', () => {
  const iso = new Date(2026, 11, 2, 14, 5).toISOString()
  it('English is the browser’s toLocaleString, as the backups list always showed', () => {
    expect(whenText(iso, 'en')).toBe(new Date(iso).toLocaleString())
  })
  it('Japanese reads the date and time the Japanese way', () => {
    expect(whenText(iso, 'ja')).toBe('2026年12月2日 14:05')
  })
})
