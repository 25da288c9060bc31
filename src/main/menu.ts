/**
 * The application menu. Commands that change the project (including undo/redo, which is app-level,
 * not the text field's) are sent to the renderer as `menu:command` data; clipboard, zoom and window
 * items use Electron's built-in roles. Accelerators use CmdOrCtrl so they are ⌘ on macOS and Ctrl elsewhere.
 */
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '@shared/ipc/contract'

export type MenuDeps = {
  isMac: boolean
  isDev: boolean
  appName: string
  /** Delivers a command to the focused app window's renderer. */
  send: (command: MenuCommand) => void
}

export function buildMenuTemplate(deps: MenuDeps): MenuItemConstructorOptions[] {
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    id: cmd,
    ...(accelerator ? { accelerator } : {}),
    click: () => deps.send(cmd)
  })
  const separator: MenuItemConstructorOptions = { type: 'separator' }

  const appMenu: MenuItemConstructorOptions[] = deps.isMac
    ? [
        {
          label: deps.appName,
          submenu: [
            command(`About ${deps.appName}`, 'about'),
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' }
          ]
        }
      ]
    : []

  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New project', 'new-project', 'CmdOrCtrl+N'),
      command('Open…', 'open-project', 'CmdOrCtrl+O'),
      command('Open for review…', 'open-for-review', 'CmdOrCtrl+Shift+O'),
      command('Save as…', 'save-project-as', 'CmdOrCtrl+Shift+S'),
      separator,
      command('Export Excel…', 'export-excel', 'CmdOrCtrl+E'),
      command('Export project sheet PDF…', 'export-sheet-pdf', 'CmdOrCtrl+P'),
      separator,
      command('Back up now', 'backup-now'),
      command('Restore backup…', 'restore-backup'),
      ...(deps.isMac ? [] : [separator, { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' } satisfies MenuItemConstructorOptions])
    ]
  }

  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      command('Undo', 'undo', 'CmdOrCtrl+Z'),
      command('Redo', 'redo', 'CmdOrCtrl+Shift+Z'),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' }
    ]
  }

  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(deps.isDev ? ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator] satisfies MenuItemConstructorOptions[]) : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' }
    ]
  }

  const windowMenu: MenuItemConstructorOptions[] = deps.isMac ? [{ role: 'windowMenu' }] : []

  const helpMenu: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: deps.isMac ? [command('Bankable Help', 'about')] : [command(`About ${deps.appName}`, 'about')]
  }

  return [...appMenu, fileMenu, editMenu, viewMenu, ...windowMenu, helpMenu]
}
