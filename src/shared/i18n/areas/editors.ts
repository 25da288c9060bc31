import type { Translation } from '../merge'

/** The shared input widgets of the workspace sections (features/editors): series rows, source notes, date and money hints. */
export const editorsEn = {
  'editors.addYear': 'Add year',
  'editors.seriesAdd': '{label}: add',
  'editors.seriesRemove': '{label}: remove',
  'editors.removeFrom': 'Remove {item} from {series}',
  'editors.sourceDefault': 'Default',
  'editors.judgement': ' (judgement)',
  'editors.datePlaceholder': 'YYYY-MM-DD',
  'editors.year': 'Year {n}',
  'editors.period': 'Period {n}'
} as const

export const editorsJa = {
  'editors.addYear': '年を追加',
  'editors.seriesAdd': '{label}：追加',
  'editors.seriesRemove': '{label}：削除',
  'editors.removeFrom': '{series}から{item}を削除',
  'editors.sourceDefault': '既定値',
  'editors.judgement': '（推定値）',
  'editors.datePlaceholder': '例：2026-04-01',
  'editors.year': '{n}年目',
  'editors.period': '第{n}期'
} satisfies Translation<typeof editorsEn>
