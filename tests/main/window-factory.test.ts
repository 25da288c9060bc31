import { describe, expect, it, vi } from 'vitest'
import { createSecureWindow, mainWindowOptions, secureWebPreferences, type BrowserWindowConstructor } from '../../src/main/window-factory'

describe('window factory (R1)', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.js')

  it('isolates, sandboxes and keeps Node out of every frame', () => {
    expect(prefs).toMatchObject({
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
      disableBlinkFeatures: 'Auxclick'
    })
  })

  it('never enables blink features or raw JS-exposing switches', () => {
    expect(prefs).not.toHaveProperty('enableBlinkFeatures')
    expect(prefs).not.toHaveProperty('additionalArguments')
    expect(prefs).not.toHaveProperty('enableRemoteModule')
  })

  it('constructs the window with those preferences and shows it when ready', () => {
    const once = vi.fn()
    const show = vi.fn()
    const ctor = vi.fn(function (this: { once: typeof once; show: typeof show }) {
      this.once = once
      this.show = show
    })
    const window = createSecureWindow(ctor as unknown as BrowserWindowConstructor, { preloadPath: '/p.js', title: 'Bankable' })
    expect(ctor).toHaveBeenCalledWith(mainWindowOptions({ preloadPath: '/p.js', title: 'Bankable' }))
    const options = ctor.mock.calls[0] as unknown as [ReturnType<typeof mainWindowOptions>]
    expect(options[0].webPreferences).toEqual(secureWebPreferences('/p.js'))
    expect(options[0].show).toBe(false)
    expect(once).toHaveBeenCalledWith('ready-to-show', expect.any(Function))
    ;(once.mock.calls[0][1] as () => void)()
    expect(show).toHaveBeenCalledOnce()
    expect(window).toBeDefined()
  })
})
