import type { RefObject } from 'react'

/**
 * The hidden <input type="file"> behind an "Import…" button: the button clicks it, the chosen file
 * goes to `onFile`, and the input is cleared so choosing the same file again reads it again.
 */
export function HiddenFileInput({ inputRef, accept, label, testId, disabled, onFile }: {
  inputRef: RefObject<HTMLInputElement | null>; accept: string; label: string; testId: string; disabled?: boolean; onFile: (f: File) => void
}) {
  return (
    <input
      ref={inputRef}
      type="file"
      hidden
      disabled={disabled}
      accept={accept}
      aria-label={label}
      data-testid={testId}
      onChange={(e) => {
        const f = e.target.files?.[0]
        e.target.value = ''
        if (f) onFile(f)
      }}
    />
  )
}
