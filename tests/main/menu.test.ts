import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { MENU_COMMANDS, type MenuCommand } from '../../src/shared/ipc/contract'
import { buildMenuTemplate } from '../../src/main/menu'

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])])

const build = (isMac: boolean, isDev = false) => {
  const send = vi.fn<(command: MenuCommand) => void>()
  const template = buildMenuTemplate({ isMac, isDev, appName: 'Bankable', send })
  return { template, items: flatten(template), send }
}

describe('application menu', () => {
  for (const isMac of [false, true]) {
    const platform = isMac ? 'macOS' : 'Windows/Linux'

    it(`${platform}: every renderer command is reachable and sends exactly its command`, () => {
      const { items, send } = build(isMac)
      const commandItems = items.filter((item) => typeof item.click === 'function')
      const sent = new Set<string>()
      for (const item of commandItems) {
        send.mockClear()
        ;(item.click as () => void)()
        expect(send).toHaveBeenCalledOnce()
        const command = send.mock.calls[0][0]
        expect(MENU_COMMANDS).toContain(command)
        sent.add(command)
      }
      expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort())
    })

    it(`${platform}: platform-correct accelerators without collisions`, () => {
      const { items } = build(isMac)
      const byId = new Map(items.filter((i) => i.id).map((i) => [i.id, i.accelerator]))
      expect(byId.get('new-project')).toBe('CmdOrCtrl+N')
      expect(byId.get('open-project')).toBe('CmdOrCtrl+O')
      expect(byId.get('open-for-review')).toBe('CmdOrCtrl+Shift+O')
      expect(byId.get('save-project-as')).toBe('CmdOrCtrl+Shift+S')
      expect(byId.get('export-excel')).toBe('CmdOrCtrl+E')
      expect(byId.get('undo')).toBe('CmdOrCtrl+Z')
      expect(byId.get('redo')).toBe('CmdOrCtrl+Shift+Z')
      const accelerators = items.map((i) => i.accelerator).filter((a): a is string => typeof a === 'string')
      expect(new Set(accelerators).size).toBe(accelerators.length)
    })

    it(`${platform}: clipboard uses native roles; quit exists exactly once`, () => {
      const { items } = build(isMac)
      const roles = items.map((i) => i.role)
      for (const role of ['cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen'] as const) expect(roles).toContain(role)
      expect(roles.filter((r) => r === 'quit')).toHaveLength(1)
      // Undo/redo are app-level commands, not the text field's native roles.
      expect(roles).not.toContain('undo')
      expect(roles).not.toContain('redo')
    })

    it(`${platform}: reload and devtools exist only in development`, () => {
      const devOnly = ['reload', 'forceReload', 'toggleDevTools']
      expect(build(isMac, false).items.map((i) => i.role).filter((r) => devOnly.includes(String(r)))).toEqual([])
      expect(build(isMac, true).items.map((i) => i.role)).toEqual(expect.arrayContaining(devOnly))
    })
  }

  it('macOS starts with the app menu, other platforms with File', () => {
    expect(build(true).template[0].label).toBe('Bankable')
    expect(build(false).template[0].label).toBe('&File')
  })

  it('the File menu lists the project actions in order', () => {
    const file = build(false).template[0].submenu as MenuItemConstructorOptions[]
    expect(file.filter((i) => i.label).map((i) => i.label)).toEqual([
      'New project', 'Open…', 'Open for review…', 'Save as…', 'Export Excel…', 'Export project sheet PDF…', 'Back up now', 'Restore backup…', 'Quit'
    ])
  })
})
