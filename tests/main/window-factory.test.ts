import type { BrowserWindowConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { createSecureWindow, type BrowserWindowConstructor } from '../../src/main/window-factory'

function build(iconPath?: string) {
  const once = vi.fn()
  const show = vi.fn()
  const ctor = vi.fn(function (this: { once: typeof once; show: typeof show }) {
    this.once = once
    this.show = show
  })
  createSecureWindow(ctor as unknown as BrowserWindowConstructor, { preloadPath: '/app/out/preload/index.js', title: 'Bankable', iconPath })
  expect(ctor).toHaveBeenCalledOnce()
  const options = (ctor.mock.calls[0] as unknown as [BrowserWindowConstructorOptions])[0]
  return { options, once, show }
}

describe('window factory (R1)', () => {
  it('isolates, sandboxes and keeps Node out of every frame', () => {
    expect(build().options.webPreferences).toEqual({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick'
    })
  })

  it('never enables blink features or extra renderer arguments', () => {
    const prefs = build().options.webPreferences ?? {}
    expect(prefs).not.toHaveProperty('enableBlinkFeatures')
    expect(prefs).not.toHaveProperty('additionalArguments')
  })

  it('starts hidden and shows on ready-to-show; the icon is optional', () => {
    const { options, once, show } = build('/icon.png')
    expect(options.show).toBe(false)
    expect(options.icon).toBe('/icon.png')
    expect(build().options).not.toHaveProperty('icon')
    expect(once).toHaveBeenCalledWith('ready-to-show', expect.any(Function))
    ;(once.mock.calls[0][1] as () => void)()
    expect(show).toHaveBeenCalledOnce()
  })
})
