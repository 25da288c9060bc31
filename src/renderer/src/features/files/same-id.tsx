import { create } from 'zustand'
import { Button, Dialog } from '@renderer/ui'

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
  const answer = (c: SameIdChoice) => q?.answer(c)
  return (
    <Dialog
      open={q !== null}
      title="This project is already here"
      onClose={() => answer('cancel')}
      onSubmit={() => answer('here')}
      width={560}
      footer={
        <>
          <Button onClick={() => answer('cancel')}>Cancel</Button>
          <Button onClick={() => answer('copy')}>Add the file as a copy</Button>
          <Button type="submit" variant="primary">
            Open the project here
          </Button>
        </>
      }
    >
      {q && (
        <>
          <p>
            {q.fileName} is a file of “{q.projectName}”, which is already here (last saved {q.savedAt.slice(0, 16).replace('T', ' ')}).
          </p>
          <p className="muted" data-testid="same-id-compare">
            {q.identical
              ? 'The file holds the same inputs as the project here.'
              : 'The file’s inputs differ from the project here (an older or newer version). Adding it as a copy keeps both; the project here is not changed either way.'}
          </p>
        </>
      )}
    </Dialog>
  )
}
