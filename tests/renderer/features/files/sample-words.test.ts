import { describe, expect, it } from 'vitest'
import { t, type MessageKey, type MessageValues } from '@shared/i18n'
import { sampleWords } from '@renderer/features/files/sample-words'
import { loadSamples, sampleStem } from '@renderer/features/files/samples'

const tOf = (locale: 'en' | 'ja') => (key: MessageKey, values?: MessageValues) => t(locale, key, values)

/** The bundled samples' names and descriptions in the catalog (#20): English IS the file's text, Japanese its translation. */
describe('sample words', () => {
  it('English equals each sample file, Japanese is its own text', async () => {
    const { samples, problems } = await loadSamples()
    expect(problems).toEqual([])
    expect(samples.map((s) => sampleStem(s.file))).toEqual(['india-black-mass-hydromet', 'india-black-mass-three-lenders', 'pgm-catalyst-recovery'])
    for (const { file, doc } of samples) {
      expect(sampleWords(tOf('en'), sampleStem(file), doc)).toEqual({ name: doc.name, description: doc.description })
      const ja = sampleWords(tOf('ja'), sampleStem(file), doc)
      expect(ja.name).not.toBe(doc.name)
      expect(ja.name).toMatch(/（サンプル）$/)
      expect(ja.description).toMatch(/^サンプル・プロジェクト/)
    }
  })

  it('a sample without catalog words shows its own text, and no description stays none', () => {
    expect(sampleWords(tOf('ja'), 'not-in-the-catalog', { name: 'New sample', description: 'Its text' })).toEqual({ name: 'New sample', description: 'Its text' })
    expect(sampleWords(tOf('ja'), 'pgm-catalyst-recovery', { name: 'x', description: '' }).description).toBeUndefined()
  })
})
