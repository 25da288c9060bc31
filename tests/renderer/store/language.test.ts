import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { makeStore, memoryPrefs } from './fakes'

/** The app's language (#20): the system's until chosen, then the reader's, kept on this device like the display unit. */
describe('language preference', () => {
  it('follows the system language: Japanese for ja-JP, English for a language the app does not offer', () => {
    expect(makeStore({ systemLanguage: 'ja-JP' }).store.getState()).toMatchObject({ languagePreference: 'system', locale: 'ja' })
    expect(makeStore({ systemLanguage: 'ja' }).store.getState().locale).toBe('ja')
    expect(makeStore({ systemLanguage: 'hi-IN' }).store.getState().locale).toBe('en')
    expect(makeStore({ systemLanguage: 'en-IN' }).store.getState().locale).toBe('en')
    expect(makeStore({}).store.getState().locale).toBe('en')
  })

  it('keeps the reader’s choice over the system, and reads it back at the next start', () => {
    const prefs = memoryPrefs()
    const { store } = makeStore({ prefs, systemLanguage: 'en-GB' })
    store.getState().setLanguage('ja')
    expect(store.getState()).toMatchObject({ languagePreference: 'ja', locale: 'ja' })
    expect(prefs.getItem('bankable.language')).toBe('ja')
    expect(makeStore({ prefs, systemLanguage: 'en-GB' }).store.getState().locale).toBe('ja')
    store.getState().setLanguage('en')
    expect(makeStore({ prefs, systemLanguage: 'ja-JP' }).store.getState()).toMatchObject({ languagePreference: 'en', locale: 'en' })
    store.getState().setLanguage('system')
    expect(makeStore({ prefs, systemLanguage: 'ja-JP' }).store.getState()).toMatchObject({ languagePreference: 'system', locale: 'ja' })
  })

  it('ignores a language it does not offer, and a damaged stored value falls back to the system', () => {
    const prefs = memoryPrefs()
    const { store } = makeStore({ prefs, systemLanguage: 'ja-JP' })
    store.getState().setLanguage('hi' as never)
    expect(store.getState()).toMatchObject({ languagePreference: 'system', locale: 'ja' })
    expect(prefs.getItem('bankable.language')).toBeNull()
    prefs.setItem('bankable.language', 'klingon')
    expect(makeStore({ prefs, systemLanguage: 'ja-JP' }).store.getState()).toMatchObject({ languagePreference: 'system', locale: 'ja' })
  })
})
