import { useState } from 'react'
import { Button, IconFolder } from '@renderer/ui'
import { openForReviewFile, openProjectFile } from './file-actions'
import { SampleDialog } from './SampleDialog'

/** "Open…", "Open for review…" (a financier's read-only copy) and "Open sample" on the project list. */
export function ProjectFileButtons() {
  const [samplesOpen, setSamplesOpen] = useState(false)
  return (
    <>
      <Button onClick={() => setSamplesOpen(true)}>Open sample</Button>
      <Button icon={<IconFolder />} onClick={() => void openProjectFile()} title="Open a project file (Ctrl+O) — or drop it on the window">
        Open…
      </Button>
      <Button onClick={() => void openForReviewFile()} title="Open a recycler’s project file read-only to review it (Ctrl+Shift+O)">
        Open for review…
      </Button>
      <SampleDialog open={samplesOpen} onClose={() => setSamplesOpen(false)} />
    </>
  )
}
