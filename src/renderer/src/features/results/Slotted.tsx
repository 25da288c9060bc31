import { Fragment, type ReactNode } from 'react'
import type { MessageKey, MessageValues } from '@shared/i18n'
import type { Translate } from './translate'

// A private-use character marks where an element goes; no catalog message contains one.
const MARK = '\uE000'

/**
 * A whole sentence from the catalog with elements (links, bold figures) in its slots: the message
 * stays one sentence in each language (Japanese puts the slot elsewhere), never English fragments
 * glued around a link.
 */
export function Slotted({ t, id, values = {}, slots }: { t: Translate; id: MessageKey; values?: MessageValues; slots: Record<string, ReactNode> }) {
  const marked: MessageValues = { ...values }
  for (const name of Object.keys(slots)) marked[name] = `${MARK}${name}${MARK}`
  const parts = t(id, marked).split(MARK)
  // Odd parts are slot names, even parts the text between them.
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>{i % 2 === 1 ? slots[part] : part}</Fragment>
      ))}
    </>
  )
}
