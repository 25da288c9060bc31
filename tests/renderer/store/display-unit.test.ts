import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { makeStore, memoryPrefs } from './fakes'

/** The reader's display unit (#17): per currency, kept on this device like the theme, never in a project. */
describe('display unit preference', () => {
  it('is full until chosen, kept per currency, and read back by the next start', () => {
    const prefs = memoryPrefs()
    const { store } = makeStore({ prefs })
    expect(store.getState().displayUnits).toEqual({})
    store.getState().setDisplayUnit('INR', 'crore')
    store.getState().setDisplayUnit('USD', 'million')
    expect(store.getState().displayUnits).toEqual({ INR: 'crore', USD: 'million' })
    expect(makeStore({ prefs }).store.getState().displayUnits).toEqual({ INR: 'crore', USD: 'million' })
  })

  it('refuses a unit the currency does not offer, and drops such a stored value or damaged text', () => {
    const prefs = memoryPrefs()
    const { store } = makeStore({ prefs })
    store.getState().setDisplayUnit('USD', 'crore')
    expect(store.getState().displayUnits).toEqual({})
    prefs.setItem('bankable.displayUnits', JSON.stringify({ INR: 'lakh', USD: 'lakh', JPY: 'full', XYZ: 'crore' }))
    expect(makeStore({ prefs }).store.getState().displayUnits).toEqual({ INR: 'lakh', JPY: 'full' })
    prefs.setItem('bankable.displayUnits', '{not json')
    expect(makeStore({ prefs }).store.getState().displayUnits).toEqual({})
  })
})
