import { describe, expect, it } from 'vitest'
import { createIntl } from '@formatjs/intl'
import { en, isLocale, ja, LOCALE_NAMES, localeFromTag, t, type MessageKey } from '@shared/i18n'

/**
 * Parsed through FormatJS itself (the declared dependency; its parser is an internal package): a
 * message that is not valid ICU throws here. The element kinds are the parser's `TYPE` enum.
 */
const parser = createIntl({ locale: 'en' })
const parse = (message: string): MessageFormatElement[] => parser.formatters.getMessageFormat(message, 'en').getAst() as MessageFormatElement[]
const TYPE = { literal: 0, argument: 1, number: 2, date: 3, time: 4, select: 5, plural: 6, pound: 7, tag: 8 } as const
const KIND: Record<number, string> = { 2: 'number', 3: 'date', 4: 'time', 5: 'select', 6: 'plural' }
type MessageFormatElement =
  | { type: 0 | 7 }
  | { type: 1 | 2 | 3 | 4; value: string }
  | { type: 5 | 6; value: string; options: Record<string, { value: MessageFormatElement[] }> }
  | { type: 8; value: string; children: MessageFormatElement[] }

/** The arguments a message takes, by name and kind (`count:plural`, `name:argument`), nested ones included. */
function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.argument) out.add(`${e.value}:argument`)
    else if (e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) out.add(`${e.value}:${KIND[e.type]}`)
    else if (e.type === TYPE.plural || e.type === TYPE.select) {
      out.add(`${e.value}:${KIND[e.type]}`)
      for (const option of Object.values(e.options)) argumentsOf(option.value, out)
    } else if (e.type === TYPE.tag) argumentsOf(e.children, out)
  }
  return out
}

const keys = Object.keys(en) as MessageKey[]

/** The catalogs (#20): every Japanese message is valid ICU and takes exactly the English message's arguments. */
describe('message catalogs', () => {
  it('have the same keys (the type says so; this guards a cast)', () => {
    expect(Object.keys(ja).sort()).toEqual([...keys].sort())
  })

  it.each(keys)('%s: ja parses as ICU and uses the same arguments as en', (key) => {
    const source = argumentsOf(parse(en[key]))
    const translated = argumentsOf(parse(ja[key]))
    expect([...translated].sort()).toEqual([...source].sort())
    expect(ja[key].trim()).not.toBe('')
  })

  it('detects a message whose arguments differ (the check above can fail)', () => {
    expect([...argumentsOf(parse('{count, plural, one {# stream} other {# streams}}'))]).toEqual(['count:plural'])
    expect([...argumentsOf(parse('{n}件'))]).toEqual(['n:argument'])
    expect(() => parse('{count, plural, one {# stream}')).toThrow()
  })

  it('formats plurals per language: English one/other, Japanese without plural forms', () => {
    expect(t('en', 'count.projects', { count: 1 })).toBe('1 project')
    expect(t('en', 'count.projects', { count: 3 })).toBe('3 projects')
    expect(t('en', 'count.projects', { count: 1234 })).toBe('1,234 projects')
    expect(t('ja', 'count.projects', { count: 1 })).toBe('1件のプロジェクト')
    expect(t('ja', 'count.projects', { count: 3 })).toBe('3件のプロジェクト')
    expect(t('ja', 'units.full', { mark: '円' })).toBe('全桁（円）')
    expect(t('en', 'nav.helpMethodology')).toBe('Help & methodology')
  })

  it('reads the system language tag: ja and ja-JP are Japanese, everything else English', () => {
    expect(localeFromTag('ja-JP')).toBe('ja')
    expect(localeFromTag('JA_jp')).toBe('ja')
    expect(localeFromTag('en-IN')).toBe('en')
    expect(localeFromTag('hi-IN')).toBe('en')
    expect(localeFromTag('')).toBe('en')
    expect(localeFromTag(undefined)).toBe('en')
    expect(localeFromTag(' ja-JP ')).toBe('ja')
    expect(isLocale('ja')).toBe(true)
    expect(isLocale('jp')).toBe(false)
    expect(isLocale(undefined)).toBe(false)
    expect(LOCALE_NAMES).toEqual({ en: 'English', ja: '日本語' })
  })

  it('a message called without its arguments throws rather than printing a half-formatted string', () => {
    expect(() => t('en', 'count.projects')).toThrow()
    expect(() => t('ja', 'units.full')).toThrow()
  })
})
