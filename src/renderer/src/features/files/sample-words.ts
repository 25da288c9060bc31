import { en, type MessageKey, type MessageValues } from '@shared/i18n'
import type { Project } from '@shared/model'

type T = (key: MessageKey, values?: MessageValues) => string

const has = (key: string): key is MessageKey => key in en

/**
 * A bundled sample's name and description in the reader's language (#20), from the catalog
 * (`filecmd.sample.<stem>.name|description`; its English equals the sample file, a test says so).
 * A sample added later without catalog words shows its file's own text rather than nothing.
 */
export function sampleWords(t: T, stem: string, doc: Pick<Project, 'name' | 'description'>): { name: string; description: string | undefined } {
  const name = `filecmd.sample.${stem}.name`
  const description = `filecmd.sample.${stem}.description`
  return {
    name: has(name) ? t(name) : doc.name,
    description: doc.description ? (has(description) ? t(description) : doc.description) : undefined
  }
}
