import { create } from 'zustand'
import { Button, Dialog } from '@renderer/ui'
import { useT } from '@renderer/i18n'

/** What the user chose for a file whose project is already here. */
export type SameIdChoice = 'here' | 'copy' | 'cancel'
export type SameIdQuestion = { fileName: string; projectName: string; savedAt: string; identical: boolean }

type Pending = SameIdQuestion & { answer: (c: SameIdChoice) => void }
const useSameId = create<{ pending: Pending | null }>(() => ({ pending: null }))

/**
 * Issue 17: opening an older file of a project that is here made a "(copy)" without a word. Now the
 * user is asked: open the project here, add the file as a copy, or neither. One question at a time; a
 * second one while the first is open answers the first "cancel".
 */
export function askSameId(q: SameIdQuestion): Promise<SameIdChoice> {
  useSameId.getState().pending?.answer('cancel')
  return new Promise((resolve) => {
    useSameId.setState({ pending: { ...q, answer: (c) => {
      useSameId.setState({ pending: null })
      resolve(c)
    } } })
  })
}

export function SameIdDialog() {
  const q = useSameId((s) => s.pending)
  const t = useT()
  const answer = (c: SameIdChoice) => q?.answer(c)
  return (
    <Dialog
      open={q !== null}
      title={t('filecmd.sameId.title')}
      onClose={() => answer('cancel')}
      onSubmit={() => answer('here')}
      width={560}
      footer={
        <>
          <Button onClick={() => answer('cancel')}>{t('filecmd.sameId.cancel')}</Button>
          <Button onClick={() => answer('copy')}>{t('filecmd.sameId.copy')}</Button>
          <Button type="submit" variant="primary">
            {t('filecmd.sameId.here')}
          </Button>
        </>
      }
    >
      {q && (
        <>
          <p>
            {t('filecmd.sameId.body', { fileName: q.fileName, projectName: q.projectName, savedAt: q.savedAt.slice(0, 16).replace('T', ' ') })}
          </p>
          <p className="muted" data-testid="same-id-compare">
            {q.identical ? t('filecmd.sameId.identical') : t('filecmd.sameId.differs')}
          </p>
        </>
      )}
    </Dialog>
  )
}
