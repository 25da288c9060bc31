import { LOCALES, isLocale, type Locale } from '@shared/i18n'

/** `--lang en|ja` (#20): the language of what a command writes (a sheet, a workbook); English when absent. */
export const LANG_USAGE = `[--lang ${LOCALES.join('|')}]`

/** The language `--lang` names, or a usage message saying which ones there are. */
export function parseLang(value: string | undefined): { ok: true; value: Locale } | { ok: false; message: string } {
  if (value === undefined || value === '') return { ok: false, message: '--lang needs a language' }
  return isLocale(value) ? { ok: true, value } : { ok: false, message: `--lang must be one of ${LOCALES.join(', ')} (got ${value})` }
}
