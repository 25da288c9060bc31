import { describe, expect, it } from 'vitest'
import { commandForKey } from '@renderer/bridge/shortcuts'

const key = (k: string, mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean }> = {}) => ({
  key: k,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false
})

describe('web-mode shortcuts map to the same menu commands as the desktop menu', () => {
  it.each([
    [key('z', { ctrl: true }), 'undo'],
    [key('z', { meta: true }), 'undo'],
    [key('Z', { ctrl: true, shift: true }), 'redo'],
    [key('z', { meta: true, shift: true }), 'redo'],
    [key('y', { ctrl: true }), 'redo'],
    [key('n', { ctrl: true }), 'new-project'],
    [key('o', { meta: true }), 'open-project'],
    [key('O', { ctrl: true, shift: true }), 'open-for-review'],
    [key('S', { ctrl: true, shift: true }), 'save-project-as'],
    [key('e', { ctrl: true }), 'export-excel']
  ])('%o → %s', (k, cmd) => expect(commandForKey(k)).toBe(cmd))

  it.each([key('z'), key('s', { ctrl: true }), key('z', { ctrl: true, alt: true }), key('n', { ctrl: true, shift: true }), key('x', { ctrl: true })])('%o → nothing', (k) =>
    expect(commandForKey(k)).toBeNull()
  )
})
