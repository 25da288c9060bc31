import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { en, ja, type MessageKey } from '@shared/i18n'

/**
 * docs/glossary-ja.md and the catalogs in step (#20): each English term occurs in exactly the English
 * messages the glossary lists, and each of their Japanese messages uses the glossary's Japanese.
 */
type Row = { english: string; japanese: string; keys: string[] }

function glossaryRows(markdown: string): Row[] {
  const table = markdown.split('<!-- glossary:start -->')[1]?.split('<!-- glossary:end -->')[0] ?? ''
  return table
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| English') && !line.startsWith('| ---'))
    .map((line) => {
      const [english, japanese, where] = line.split(' | ').map((c) => c.replace(/^\| /, '').trim())
      return { english: english!, japanese: japanese!, keys: [...(where ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!) }
    })
}

/** ICU argument names ({lender}, {count, plural, …}) are not words of the message. */
const words = (message: string) => message.replace(/\{\s*\w+\s*(,|\})/g, ' ')
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const uses = (message: string, term: string) => new RegExp(`(^|[^A-Za-z])${escape(term)}s?([^A-Za-z]|$)`, 'i').test(words(message))

const rows = glossaryRows(readFileSync('docs/glossary-ja.md', 'utf8'))
const keys = Object.keys(en) as MessageKey[]

describe('the Japanese glossary and the catalogs', () => {
  it('has the terms issue 20 names', () => {
    const japanese = rows.map((r) => r.japanese)
    for (const term of ['DSCR', 'LLCR', '元利金返済', '引取契約', 'テイク・オア・ペイ', '感応度分析']) expect(japanese).toContain(term)
    expect(Object.values(ja).some((m) => m.includes('デットサービス・リザーブ・アカウント'))).toBe(true)
  })

  it.each(rows.map((r) => [r.english, r] as const))('%s: listed exactly where English uses it, and Japanese uses the glossary’s word there', (_, row) => {
    const found = keys.filter((k) => uses(en[k], row.english))
    // A listed key is a key, or `area.*`: every key under that prefix that uses the term.
    const listed = (k: string) => row.keys.some((entry) => (entry.endsWith('.*') ? k.startsWith(entry.slice(0, -1)) : k === entry))
    const exact = row.keys.filter((entry) => !entry.endsWith('.*'))
    expect(found.filter((k) => !listed(k)), 'uses the term but is not listed').toEqual([])
    expect(exact.filter((k) => !found.includes(k as MessageKey)), 'listed but does not use the term').toEqual([])
    for (const prefix of row.keys.filter((entry) => entry.endsWith('.*'))) expect(found.some((k) => k.startsWith(prefix.slice(0, -1))), `${prefix} matches no use`).toBe(true)
    for (const k of found) expect(ja[k], k).toContain(row.japanese)
  })

  it('the check can fail: a term missing from a listed message, or an unlisted use, is caught', () => {
    expect(uses('No offtake contracts', 'offtake')).toBe(true)
    expect(uses('{lender}: min DSCR', 'lender')).toBe(false)
    expect(uses('Covenants hold', 'covenant')).toBe(true)
    expect(uses('Lockup', 'lock-up')).toBe(false)
    expect(glossaryRows('<!-- glossary:start -->\n| English | x |\n| --- |\n| a | b | `k.one`, `k.two` | s |\n<!-- glossary:end -->')).toEqual([{ english: 'a', japanese: 'b', keys: ['k.one', 'k.two'] }])
  })
})
