import type { Locale } from '@shared/i18n'

/**
 * The bundled Noto Sans JP loads on first use (font-display: swap): a PDF printed before it has would
 * embed a fallback face. Export waits for both weights the sheet and memo use; English waits for nothing.
 */
export async function japaneseFontReady(locale: Locale): Promise<void> {
  if (locale !== 'ja' || typeof document === 'undefined' || !document.fonts) return
  await Promise.all(['400', '700'].map((weight) => document.fonts.load(`${weight} 10px "Noto Sans JP"`, '日本語')))
}
