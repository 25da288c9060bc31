import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { Locale } from '@shared/i18n'

/** The two weights the sheet sets (regular and bold), the japanese subset the app bundles (OFL-1.1). */
const FILES = [
  { weight: 400, file: '@fontsource/noto-sans-jp/files/noto-sans-jp-japanese-400-normal.woff2' },
  { weight: 700, file: '@fontsource/noto-sans-jp/files/noto-sans-jp-japanese-700-normal.woff2' }
] as const

/**
 * @font-face rules embedding Noto Sans JP for a Japanese sheet printed by the CLI (#20): headless
 * Chromium on a server has no Japanese font, and the sheet's document loads nothing from outside, so
 * the font travels inside it (Chromium then embeds it in the PDF). English needs none: ''. Null when
 * the font package is missing (the caller warns: kana would print as boxes).
 */
export async function japaneseFontFaceCss(locale: Locale): Promise<string | null> {
  if (locale !== 'ja') return ''
  try {
    const require = createRequire(import.meta.url)
    const rules = await Promise.all(FILES.map(async ({ weight, file }) => {
      const data = (await readFile(require.resolve(file))).toString('base64')
      return `@font-face{font-family:"Noto Sans JP";font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${data}) format("woff2")}`
    }))
    return rules.join('')
  } catch {
    return null
  }
}
