import type { MessageKey, MessageValues } from '@shared/i18n'

/** The message function `useT()` returns: helpers that build text take it as a parameter (they are not hooks). */
export type Translate = (key: MessageKey, values?: MessageValues) => string
