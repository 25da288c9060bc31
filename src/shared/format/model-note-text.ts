import { t, type Locale, type MessageKey } from '../i18n'

/**
 * The engine's model notes in a reader's language (#20). The engine writes them in English (the CLI
 * and its tests print them); a screen in another language rebuilds the note from its code and the
 * figures in the English text, through the catalog (`shared.note.*`), so the engine stays free of
 * locale. A note whose code or wording is not known here is returned unchanged (English rather than
 * a guess). `money`: how the screen writes an amount (the engine's `-3308179.00`).
 */
const PATTERNS: Readonly<Record<string, { key: MessageKey; re: RegExp }>> = {
  'negative-cfads': {
    key: 'shared.note.negativeCfads',
    re: /^CFADS is negative in operating periods? (.+) \(lowest (-?\d+\.\d{2}) in period (\d+): ramp-up losses or a working-capital build\); the waterfall funds it: lock-up cash, the DSRA for debt service, the facility, then sponsor support$/
  },
  'cfads-below-interest': {
    key: 'shared.note.cfadsBelowInterest',
    re: /^CFADS below interest in periods? (.+): DSCR is below 1\.00x; the DSRA, the facility or sponsor support pays the gap( \(sculpted: no principal, the interest is still paid in cash\))?$/
  },
  'sculpting-floor': {
    key: 'shared.note.sculptingFloor',
    re: /^sculpted principal floored at zero in periods? (.+): CFADS \/ DSCR\* is below the interest, so only interest is paid and DSCR is below DSCR\*$/
  }
}

/** The engine's period list (`3, 4, 5` or `1, 2, 3, 4, 5, 6 … (9 periods)`): its text in `locale` and how many periods it names. */
function periodList(list: string, locale: Locale): { text: string; count: number } {
  const more = /^(.*) … \((\d+) periods\)$/.exec(list)
  if (more) return { text: t(locale, 'shared.note.periodsMore', { list: more[1]!, count: Number(more[2]) }), count: Number(more[2]) }
  return { text: list, count: list.split(', ').length }
}

/** The note `message` of code `code` in `locale`; English (and anything unknown) unchanged. */
export function modelNoteText(code: string, message: string, locale: Locale, money: (amount: string) => string): string {
  if (locale === 'en' || !Object.hasOwn(PATTERNS, code)) return message
  const { key, re } = PATTERNS[code]!
  const m = re.exec(message)
  if (!m) return message
  const periods = periodList(m[1]!, locale)
  if (code === 'negative-cfads') return t(locale, key, { periods: periods.text, count: periods.count, lowest: money(m[2]!), worst: m[3]! })
  return t(locale, key, { periods: periods.text, count: periods.count, sculpted: m[2] === undefined ? 'no' : 'yes' })
}
