import { t, type MessageKey, type MessageValues } from '@shared/i18n'

/** The message function helpers take (`useT()` in a component); the screens' words come from the catalog (#20). */
export type Translate = (key: MessageKey, values?: MessageValues) => string

/** English, for helpers called outside React (tests, the CLI's comparisons) that were English before #20. */
export const english: Translate = (key, values) => t('en', key, values)
