import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..')
const require = createRequire(import.meta.url)
const yaml = require('js-yaml') as { load(text: string): unknown }
type Config = Record<string, unknown> & {
  electronFuses: Record<string, boolean>
  files: string[]
  linux: { target: string[]; icon: string }
  win: { target: string[]; icon: string }
  mac: { target: string[]; icon: string }
}
const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Config
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string; build?: unknown; productName: string }

describe('electron-builder config (R11)', () => {
  it('flips every security fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false
    })
  })

  it('ships an asar with only the build output and the runtime icon', () => {
    expect(config.asar).toBe(true)
    expect(config.files).toEqual(['out/**/*', '!out/**/*.map', 'resources/icon.png'])
    expect(pkg.main.startsWith('./out/')).toBe(true)
  })

  it('targets AppImage+deb, nsis and dmg with the Bankable identity and icon', () => {
    expect(config.appId).toBe('app.bankable.desktop')
    expect(config.productName).toBe('Bankable')
    expect(pkg.productName).toBe('Bankable')
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.win.target).toEqual(['nsis'])
    expect(config.mac.target).toEqual(['dmg'])
    for (const platform of [config.linux, config.win, config.mac]) expect(platform.icon).toBe('resources/icon.png')
  })

  it('is the config electron-builder will find (no "build" key in package.json overrides it)', () => {
    expect(pkg.build).toBeUndefined()
  })

  it("passes electron-builder's own schema validation", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: unknown, logger: { isEnabled: boolean; add(key: string, value: unknown): void }): Promise<void>
    }
    await expect(validateConfiguration(structuredClone(config), { isEnabled: false, add: () => undefined })).resolves.toBeUndefined()
    await expect(validateConfiguration({ ...structuredClone(config), electronFuses: { runAsNodee: false } }, { isEnabled: false, add: () => undefined })).rejects.toThrow()
  })
})

describe('app icon', () => {
  it('is a 512×512 RGBA PNG (electron-builder needs ≥ 512 for macOS)', () => {
    const png = readFileSync(join(ROOT, 'resources/icon.png'))
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR')
    expect(png.readUInt32BE(16)).toBe(512)
    expect(png.readUInt32BE(20)).toBe(512)
    expect(png[25]).toBe(6) // colour type 6 = RGBA
    expect(png.byteLength).toBeGreaterThan(5_000) // a real picture, not a flat placeholder
  })
})
