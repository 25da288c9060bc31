import { describe, expect, it, vi } from 'vitest'
import { ensureSingleInstance, focusWindow } from '../../src/main/single-instance'

const fakeWindow = (minimized: boolean, destroyed = false) => ({
  isDestroyed: vi.fn(() => destroyed),
  isMinimized: vi.fn(() => minimized),
  restore: vi.fn(),
  show: vi.fn(),
  focus: vi.fn()
})

describe('single-instance lock (R15)', () => {
  it('a second instance quits at once and starts nothing', () => {
    const app = { requestSingleInstanceLock: vi.fn(() => false), quit: vi.fn(), on: vi.fn() }
    expect(ensureSingleInstance(app, () => null)).toBe(false)
    expect(app.quit).toHaveBeenCalledOnce()
    expect(app.on).not.toHaveBeenCalled()
  })

  it('the first instance restores and focuses its window when another launch happens', () => {
    const window = fakeWindow(true)
    const app = { requestSingleInstanceLock: vi.fn(() => true), quit: vi.fn(), on: vi.fn() }
    expect(ensureSingleInstance(app, () => window)).toBe(true)
    expect(app.quit).not.toHaveBeenCalled()
    expect(app.on).toHaveBeenCalledWith('second-instance', expect.any(Function))
    ;(app.on.mock.calls[0][1] as () => void)()
    expect(window.restore).toHaveBeenCalledOnce()
    expect(window.focus).toHaveBeenCalledOnce()
  })

  it('focusing tolerates a missing or destroyed window and skips restore when not minimized', () => {
    expect(() => focusWindow(null)).not.toThrow()
    const destroyed = fakeWindow(false, true)
    focusWindow(destroyed)
    expect(destroyed.focus).not.toHaveBeenCalled()
    const normal = fakeWindow(false)
    focusWindow(normal)
    expect(normal.restore).not.toHaveBeenCalled()
    expect(normal.focus).toHaveBeenCalledOnce()
  })
})
