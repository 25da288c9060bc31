import { describe, expect, it } from 'vitest'
import { t, type MessageKey, type MessageValues } from '@shared/i18n'
import { metricLabel } from '@shared/metrics/registry'
import { COMPARISON_KEYS } from '@shared/review/comparison'
import { PORTFOLIO_METRICS, verdictText, type Verdict } from '@shared/portfolio/headline'
import { metricColumnHeader, metricHeader, verdictWords } from '@renderer/features/projects/portfolio-words'

const en = (key: MessageKey, values?: MessageValues) => t('en', key, values)
const ja = (key: MessageKey, values?: MessageValues) => t('ja', key, values)

/** The project list's words for shared figures (#20): English as the shared registry says it, Japanese from the catalog. */
describe('portfolio words', () => {
  it('column headers: English is the registry’s short label, every one translated', () => {
    for (const key of PORTFOLIO_METRICS) {
      expect(metricColumnHeader(en, key, 'fallback')).toBe(metricLabel(key, 'shortLabel'))
      expect(metricColumnHeader(ja, key, 'fallback')).not.toBe('fallback')
    }
    expect(metricColumnHeader(ja, 'minDscr', 'x')).toBe('最低DSCR')
  })

  it('comparison rows: English is the registry’s label for every compared metric', () => {
    for (const key of COMPARISON_KEYS) {
      expect(metricHeader(en, key, 'fallback')).toBe(metricLabel(key))
      expect(metricHeader(ja, key, 'fallback')).not.toBe('fallback')
    }
    // A metric not yet worded here keeps the registry's label rather than showing nothing.
    expect(metricHeader(ja, 'plcr', 'PLCR')).toBe('PLCR')
  })

  it('verdicts: English is the shared verdict text, Japanese the banker’s words', () => {
    const verdicts: Verdict[] = [
      { kind: 'graded', grade: 'green' },
      { kind: 'graded', grade: 'amber' },
      { kind: 'graded', grade: 'red' },
      { kind: 'graded', grade: 'na' },
      { kind: 'incomplete', missing: ['capex', 'a product price'] }
    ]
    for (const v of verdicts) expect(verdictWords(en, v)).toBe(verdictText(v))
    expect(verdictWords(ja, { kind: 'graded', grade: 'green' })).toBe('バンカブル')
    expect(verdictWords(ja, { kind: 'incomplete', missing: ['capex'] })).toBe('入力未完了: capex')
  })
})
