import { describe, expect, it } from 'vitest'
import { LANGUAGE_KEY, storedLanguagePreference, storedLocale } from '@renderer/store/language'

const prefs = (value: string | null) => ({ getItem: (key: string) => (key === LANGUAGE_KEY ? value : null) })

/** The language read from preferences (#20): what the store starts with, and what the recovery screen speaks. */
describe('stored language', () => {
  it('a stored choice wins over the system', () => {
    expect(storedLocale(prefs('ja'), 'en-GB')).toBe('ja')
    expect(storedLocale(prefs('en'), 'ja-JP')).toBe('en')
  })
  it('system (or nothing, or an unknown value) follows the system language', () => {
    expect(storedLocale(prefs('system'), 'ja-JP')).toBe('ja')
    expect(storedLocale(prefs(null), 'ja-JP')).toBe('ja')
    expect(storedLocale(prefs('jp'), 'ja-JP')).toBe('ja')
    expect(storedLocale(prefs('jp'), 'hi-IN')).toBe('en')
    expect(storedLocale(undefined, undefined)).toBe('en')
    expect(storedLanguagePreference(prefs('fr'))).toBe('system')
    expect(storedLanguagePreference(prefs('ja'))).toBe('ja')
  })
})
