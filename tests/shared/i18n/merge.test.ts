import { describe, expect, it } from 'vitest'
import { mergeCatalogs } from '@shared/i18n/merge'

describe('mergeCatalogs', () => {
  it('joins the parts in order', () => {
    expect(mergeCatalogs({ 'a.x': 'X' }, { 'b.y': 'Y', 'b.z': 'Z' })).toEqual({ 'a.x': 'X', 'b.y': 'Y', 'b.z': 'Z' })
    expect(Object.keys(mergeCatalogs({ 'b.y': 'Y' }, { 'a.x': 'X' }))).toEqual(['b.y', 'a.x'])
  })

  it('refuses a key two parts define, naming it, rather than keeping the later message', () => {
    expect(() => mergeCatalogs({ 'a.x': 'X', 'a.w': 'W' }, { 'a.x': 'other' })).toThrow('Message key defined twice: a.x')
  })
})
