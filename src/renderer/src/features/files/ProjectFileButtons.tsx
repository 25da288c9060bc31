import { useState } from 'react'
import { Button, IconFolder } from '@renderer/ui'
import { openProjectFile } from './file-actions'
import { SampleDialog } from './SampleDialog'

/** "Open…" and "Open sample" on the project list. */
export function ProjectFileButtons() {
  const [samplesOpen, setSamplesOpen] = useState(false)
  return (
    <>
      <Button onClick={() => setSamplesOpen(true)}>Open sample</Button>
      <Button icon={<IconFolder />} onClick={() => void openProjectFile()} title="Open a project file (Ctrl+O) — or drop it on the window">
        Open…
      </Button>
      <SampleDialog open={samplesOpen} onClose={() => setSamplesOpen(false)} />
    </>
  )
}
