import { describe, expect, it } from 'vitest'
import { t, type MessageKey, type MessageValues } from '@shared/i18n'
import { formatUpdated } from '@renderer/format/money'
import { updatedText } from '@renderer/features/projects/updated-text'

const tOf = (locale: 'en' | 'ja') => (key: MessageKey, values?: MessageValues) => t(locale, key, values)
const now = new Date(2026, 11, 2, 15, 30)

describe('updatedText', () => {
  it('English is formatUpdated exactly (today and another day)', () => {
    for (const iso of [new Date(2026, 11, 2, 9, 5).toISOString(), new Date(2025, 5, 27, 9, 5).toISOString(), 'not a date'])
      expect(updatedText(iso, tOf('en'), 'en', now)).toBe(formatUpdated(iso, now))
  })

  it('Japanese: 今日 with the time today, the long Japanese date otherwise', () => {
    expect(updatedText(new Date(2026, 11, 2, 9, 5).toISOString(), tOf('ja'), 'ja', now)).toBe('今日 09:05')
    expect(updatedText(new Date(2025, 5, 27, 9, 5).toISOString(), tOf('ja'), 'ja', now)).toBe('2025年6月27日')
    expect(updatedText('not a date', tOf('ja'), 'ja', now)).toBe('—')
  })
})
