import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatNumberInput, parseNumberInput, textMatchesValue } from '@renderer/ui/number-input'

describe('NumberField text rules', () => {
  it.each([
    ['1250.5', '1250.5'],
    ['  42 ', '42'],
    ['+3', '3'],
    ['-0.5', '-0.5'],
    ['.5', '0.5'],
    ['12.', '12'],
    ['0.50', '0.5'],
    ['-0', '0'],
    ['007', '7']
  ])('"%s" → %s', (text, value) => expect(parseNumberInput(text)).toEqual({ ok: true, value }))

  it.each([
    ['1,25,0.5', /Group digits by thousands/],
    ['1 250', /Remove the spaces/],
    ['12,5', /dot for decimals/],
    ['1e3', /Enter a number/],
    ['NaN', /Enter a number/],
    ['Infinity', /Enter a number/],
    ['0x10', /Enter a number/],
    ['abc', /Enter a number/],
    ['-', /Enter a number/],
    ['.', /Enter a number/],
    ['1'.repeat(31), /Too many digits/]
  ])('"%s" is refused', (text, message) => {
    const r = parseNumberInput(text)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(message)
  })

  it('grouped digits and size words are read, and restated as understood', () => {
    expect(parseNumberInput('1,250.5')).toEqual({ ok: true, value: '1250.5', understood: '= 1,250.5' })
    expect(parseNumberInput('180,00,00,000', { grouping: 'indian' })).toEqual({ ok: true, value: '1800000000', understood: '= 1,80,00,00,000' })
    expect(parseNumberInput('40 crore', { grouping: 'indian' })).toEqual({ ok: true, value: '400000000', understood: '= 40,00,00,000' })
    expect(parseNumberInput('1,000,000', { grouping: 'indian' })).toEqual({ ok: false, message: 'Group digits in lakh and crore: 10,00,000, or type them without commas' })
    // Percent fields take no size words; a grouped percent is restated in percent.
    expect(parseNumberInput('12 lakh', { percent: true })).toMatchObject({ ok: false })
    expect(parseNumberInput('1,250', { percent: true })).toEqual({ ok: true, value: '12.5', understood: '= 1,250 %' })
  })

  it('empty is an error unless the field allows it', () => {
    expect(parseNumberInput('  ')).toEqual({ ok: false, message: 'Enter a number' })
    expect(parseNumberInput('', { allowEmpty: true })).toEqual({ ok: true, value: null })
  })

  it('percent in the widget, fraction in the model, exactly', () => {
    expect(parseNumberInput('12.5', { percent: true })).toEqual({ ok: true, value: '0.125' })
    expect(parseNumberInput('25.168', { percent: true })).toEqual({ ok: true, value: '0.25168' })
    expect(parseNumberInput('0.1', { percent: true })).toEqual({ ok: true, value: '0.001' })
    expect(formatNumberInput('0.125', { percent: true })).toBe('12.5')
    expect(formatNumberInput('0.07', { percent: true })).toBe('7')
    expect(formatNumberInput(null)).toBe('')
  })

  it('property: format then parse gives the stored value back (plain and percent)', () => {
    const decimalString = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 8 }))
      .map(([neg, n, scale]) => {
        const s = n.toString().padStart(scale + 1, '0')
        const raw = scale ? `${s.slice(0, -scale)}.${s.slice(-scale)}` : s
        const trimmed = raw.includes('.') ? raw.replace(/0+$/, '').replace(/\.$/, '') : raw
        return trimmed === '0' || !neg ? trimmed : `-${trimmed}`
      })
    fc.assert(
      fc.property(decimalString, fc.boolean(), (value, percent) => {
        const text = formatNumberInput(value, { percent })
        expect(parseNumberInput(text, { percent })).toEqual({ ok: true, value })
        expect(textMatchesValue(text, value, { percent })).toBe(true)
      })
    )
  })

  it('typing states that parse to the stored value are left alone', () => {
    expect(textMatchesValue('12.', '12')).toBe(true)
    expect(textMatchesValue('12.50', '0.125', { percent: true })).toBe(true)
    expect(textMatchesValue('12.6', '0.125', { percent: true })).toBe(false)
    expect(textMatchesValue('abc', '1')).toBe(false)
  })

  it('a money field reads its currency’s symbol and refuses another’s; other fields read no symbol (#17)', () => {
    expect(parseNumberInput('₹40 crore', { grouping: 'indian', currency: 'INR' })).toEqual({ ok: true, value: '400000000', understood: '= 40,00,00,000' })
    expect(parseNumberInput('$40', { grouping: 'indian', currency: 'INR' })).toEqual({ ok: false, message: 'This amount is in INR: leave out “$” and type it in INR' })
    expect(parseNumberInput('₹40', { grouping: 'indian' }).ok).toBe(false)
    expect(parseNumberInput('₹40', { grouping: 'indian', currency: 'INR', percent: true }).ok).toBe(false)
  })

  it('says its own messages in the field’s language (#20)', () => {
    expect(parseNumberInput('')).toEqual({ ok: false, message: 'Enter a number' })
    expect(parseNumberInput('', { locale: 'ja' })).toEqual({ ok: false, message: '数値を入力してください' })
    expect(parseNumberInput(`0.${'1'.repeat(29)}`, { percent: true, locale: 'ja' })).toEqual({ ok: false, message: '桁数が多すぎます（整数部・小数部ともに30桁まで）' })
  })
})
