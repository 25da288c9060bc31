import type { Translation } from '../merge'

/** Two windows saved the same project (#20): the dialog that shows both versions. */
export const conflictEn = {
  'conflict.title': 'Changed in another window',
  'conflict.description': 'Another window saved this project after you opened it, so your last change was not saved. Choose which version to keep.',
  'conflict.useTheirs': 'Use the other window’s version',
  'conflict.keepMine': 'Keep my version',
  'conflict.differences': 'Differences',
  'conflict.field': 'Field',
  'conflict.mine': 'Your version',
  'conflict.theirs': 'Saved in the other window',
  'conflict.same': 'The two versions have the same content.',
  'conflict.kept': 'Your version was saved over the other window’s.',
  'conflict.none': '(none)'
} as const

export const conflictJa = {
  'conflict.title': '別のウィンドウで変更されました',
  'conflict.description': 'このプロジェクトを開いた後に別のウィンドウが保存したため、直前の変更は保存されていません。残す版を選んでください。',
  'conflict.useTheirs': '別のウィンドウの版を使う',
  'conflict.keepMine': '自分の版を残す',
  'conflict.differences': '差異',
  'conflict.field': '項目',
  'conflict.mine': '自分の版',
  'conflict.theirs': '別のウィンドウで保存された版',
  'conflict.same': '2つの版の内容は同じです。',
  'conflict.kept': '自分の版で別のウィンドウの版を上書き保存しました。',
  'conflict.none': '（なし）'
} satisfies Translation<typeof conflictEn>
