import type { Translation } from '../merge'

/** The shared UI pieces (#20): close and dismiss buttons, and what a number field says about typed text. */
export const uiEn = {
  'ui.dismiss': 'Dismiss',
  'ui.close': 'Close',
  'ui.dismissNotification': 'Dismiss notification',
  'ui.discard': 'Discard',
  'ui.discardTitle': 'Drop what was typed and show the saved value again (Esc)',
  'ui.enterNumber': 'Enter a number',
  'ui.tooManyDigits': 'Too many digits (at most 30 before and 30 after the point)'
} as const

export const uiJa = {
  'ui.dismiss': '閉じる',
  'ui.close': '閉じる',
  'ui.dismissNotification': '通知を閉じる',
  'ui.discard': '破棄',
  'ui.discardTitle': '入力した内容を破棄して、保存されている値に戻します（Esc）',
  'ui.enterNumber': '数値を入力してください',
  'ui.tooManyDigits': '桁数が多すぎます（整数部・小数部ともに30桁まで）'
} satisfies Translation<typeof uiEn>
