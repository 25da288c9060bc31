import { describe, expect, it } from 'vitest'
import { SECTION_IDS, SECTION_INFO } from '@renderer/features/section-info'
import { t } from '@shared/i18n'

/**
 * The shell's English through the catalog is the English it showed before (#20): e2e tests pin it,
 * and SECTION_INFO (holds, next steps, summaries still inline) keeps the same titles and taglines.
 */
describe('shell messages', () => {
  it.each(SECTION_IDS)('%s: title and tagline in English are SECTION_INFO’s, and Japanese has its own', (id) => {
    expect(t('en', `section.${id}`)).toBe(SECTION_INFO[id].title)
    expect(t('en', `tagline.${id}`)).toBe(SECTION_INFO[id].tagline)
    expect(t('ja', `section.${id}`)).not.toBe(SECTION_INFO[id].title)
    expect(t('ja', `tagline.${id}`)).not.toBe(SECTION_INFO[id].tagline)
  })

  it('save status and undo read as before in English, with plurals', () => {
    expect(t('en', 'header.fieldsNotSaved', { count: 1 })).toBe('1 field not saved')
    expect(t('en', 'header.fieldsNotSaved', { count: 3 })).toBe('3 fields not saved')
    expect(t('ja', 'header.fieldsNotSaved', { count: 3 })).toBe('3項目が未保存')
    expect(t('en', 'header.undoTitle', { label: 'Edit capex', keys: 'Ctrl+Z' })).toBe('Undo “Edit capex” (Ctrl+Z)')
    expect(t('en', 'header.nothingToRedo', { keys: 'Ctrl+Shift+Z' })).toBe('Nothing to redo (Ctrl+Shift+Z)')
  })
})
