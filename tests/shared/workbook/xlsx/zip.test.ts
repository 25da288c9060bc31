/**
 * The zip container: entries deflated through CompressionStream's gzip, their deflate data and CRC
 * taken from the gzip member (optional header fields skipped), read back by an independent unzip.
 */
import { unzipSync } from 'fflate'
import { crc32, gzipSync, inflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { fromGzip, ZipWriter } from '../../../../src/shared/workbook/xlsx/zip'

const text = 'Cash flow,'.repeat(5000)

describe('fromGzip', () => {
  it('takes the deflate data, CRC-32 and size of a plain member', () => {
    const g = fromGzip(gzipSync(text))
    expect(inflateRawSync(g.deflated).toString()).toBe(text)
    expect(g.crc).toBe(crc32(text))
    expect(g.size).toBe(text.length)
  })

  it('skips the optional extra field, file name, comment and header CRC', () => {
    const plain = gzipSync(text)
    const header = [...plain.subarray(0, 10)]
    header[3] = 4 | 8 | 16 | 2
    const withFields = Buffer.concat([Buffer.from(header), Buffer.from([3, 0, 1, 2, 3]), Buffer.from('name.xml\0comment\0'), Buffer.from([0xaa, 0xbb]), plain.subarray(10)])
    const g = fromGzip(withFields)
    expect(inflateRawSync(g.deflated).toString()).toBe(text)
    expect(g.crc).toBe(crc32(text))
  })

  it('refuses what is not a gzip member: wrong magic, method or a member too short', () => {
    const good = gzipSync(text)
    expect(() => fromGzip(new Uint8Array(20))).toThrow('not a gzip member')
    for (const [at, v] of [[0, 0x1e], [1, 0x8a], [2, 7]] as const) {
      const bad = new Uint8Array(good)
      bad[at] = v
      expect(() => fromGzip(bad)).toThrow('not a gzip member')
    }
    expect(() => fromGzip(good.subarray(0, 17))).toThrow('not a gzip member')
    expect(fromGzip(gzipSync('')).size).toBe(0)
  })
})

describe('ZipWriter', () => {
  it('writes entries in order, from many chunks, readable by an independent unzip', async () => {
    const zip = new ZipWriter(new Date('2026-03-04T05:06:07Z'))
    await zip.add('a.xml', ['<a>', text, '</a>'], 1000)
    await zip.add('dir/ü.xml', (function* () { for (let i = 0; i < 50; i++) yield `<r n="${i}"/>` })(), 64)
    await zip.add('empty.xml', [])
    const files = unzipSync(await zip.finish())
    expect(Object.keys(files)).toEqual(['a.xml', 'dir/ü.xml', 'empty.xml'])
    expect(new TextDecoder().decode(files['a.xml'])).toBe(`<a>${text}</a>`)
    expect(new TextDecoder().decode(files['dir/ü.xml'])).toBe(Array.from({ length: 50 }, (_, i) => `<r n="${i}"/>`).join(''))
    expect(files['empty.xml']!.length).toBe(0)
  })

  it('dates a moment before 1980 (which a zip cannot carry) 1980-01-01 00:00', async () => {
    const zip = new ZipWriter(new Date('1975-06-15T10:20:30Z'))
    await zip.add('a.xml', ['x'])
    const bytes = await zip.finish()
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    expect([view.getUint16(12, true), view.getUint16(10, true)]).toEqual([(0 << 9) | (1 << 5) | 1, 0])
  })

  it('passes on an error thrown while an entry is written', async () => {
    const zip = new ZipWriter(new Date(0))
    const failing = (function* () { yield 'x'.repeat(100); throw new RangeError('Cannot export: test') })()
    await expect(zip.add('a.xml', failing, 10)).rejects.toThrow('Cannot export: test')
  })
})
