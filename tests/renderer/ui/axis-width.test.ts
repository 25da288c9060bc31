import { describe, expect, it } from 'vitest'
import { canvasMeasure, categoryAxisWidth } from '@renderer/ui/axis-width'

/** A category axis as wide as its longest label (#17), with a fixed-width font to count by hand: 7 px a character. */
const mono = (text: string) => text.length * 7

describe('category axis width', () => {
  it('the longest label plus the tick, gap and slack (24 px)', () => {
    // "FX rate (units per USD)" is 23 characters: 161 px + 24 = 185.
    expect(categoryAxisWidth(['Capex', 'FX rate (units per USD)', 'Opex'], mono)).toBe(185)
  })
  it('rounds a fractional measure up, never cutting a pixel', () => {
    expect(categoryAxisWidth(['abc'], () => 100.2)).toBe(125)
  })
  it('at least the minimum for short or no labels, at most the maximum for very long ones', () => {
    expect(categoryAxisWidth(['Capex'], mono)).toBe(80)
    expect(categoryAxisWidth([], mono)).toBe(80)
    expect(categoryAxisWidth(['x'.repeat(100)], mono)).toBe(300)
    expect(categoryAxisWidth(['x'.repeat(10)], mono, 20, 60)).toBe(60)
    expect(categoryAxisWidth(['x'], mono, 20, 60)).toBe(31)
  })
  it('without a canvas (tests, workers) estimates 0.62 em a character', () => {
    const m = canvasMeasure(10)
    expect(m('abcdefghij')).toBeCloseTo(62, 6)
  })
})
