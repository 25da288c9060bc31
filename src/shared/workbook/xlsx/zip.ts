/**
 * A zip archive (the .xlsx container) whose entries are deflated by the platform's own zlib through
 * CompressionStream (Node ≥ 18, every current browser, Electron's renderer and Workers): native
 * deflate is about five times faster than a JavaScript one on a large model's 40 MB of sheet XML,
 * and it runs beside the JavaScript that writes the next rows. The "gzip" format is used because its
 * trailer carries the CRC-32 a zip entry needs, so no checksum is computed here; the deflate data
 * between gzip's header and trailer is exactly what a zip entry holds.
 */

/** Chunks that may wait for the compressor (see `add`). */
const QUEUE = 8

/** The zip fields of one entry, once its data is compressed. */
type Entry = { name: Uint8Array; crc: number; compressed: Uint8Array; size: number }

const u16 = (v: number): number[] => [v & 0xff, (v >>> 8) & 0xff]
const u32 = (v: number): number[] => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff]

/** DOS date and time (local fields, two-second resolution) of a moment, clamped to the format's 1980 start. */
function dosDateTime(d: Date): { date: number; time: number } {
  const y = Math.max(1980, d.getUTCFullYear())
  const at = y === d.getUTCFullYear() ? d : new Date(Date.UTC(1980, 0, 1))
  return {
    date: ((y - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1)
  }
}

/** The raw deflate data, CRC-32 and length inside a gzip member (RFC 1952). */
export function fromGzip(gz: Uint8Array): { deflated: Uint8Array; crc: number; size: number } {
  // Stryker disable next-line EqualityOperator: `<= 18` differs at 18 bytes only, which no member is (the smallest, of no data, has 20)
  if (gz.length < 18 || gz[0] !== 0x1f || gz[1] !== 0x8b || gz[2] !== 8) throw new Error('not a gzip member')
  const flags = gz[3]!
  let at = 10
  if (flags & 4) at += 2 + (gz[at]! | (gz[at + 1]! << 8)) // FEXTRA
  if (flags & 8) while (gz[at++] !== 0); // FNAME
  if (flags & 16) while (gz[at++] !== 0); // FCOMMENT
  if (flags & 2) at += 2 // FHCRC
  const end = gz.length - 8
  const word = (i: number) => (gz[i]! | (gz[i + 1]! << 8) | (gz[i + 2]! << 16) | (gz[i + 3]! << 24)) >>> 0
  return { deflated: gz.subarray(at, end), crc: word(end), size: word(end + 4) }
}

async function gather(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = []
  let n = 0
  const reader = stream.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    parts.push(value)
    n += value.length
  }
  const out = new Uint8Array(n)
  let at = 0
  for (const p of parts) { out.set(p, at); at += p.length }
  return out
}

export class ZipWriter {
  private readonly pending: Promise<Entry>[] = []
  private readonly encoder = new TextEncoder()

  constructor(private readonly mtime: Date) {}

  /**
   * Adds an entry from text chunks, deflated as they come: at most one chunk waits for the
   * compressor, so the text never exists whole. Entries keep the order they were added in.
   */
  async add(name: string, text: Iterable<string>, chunkChars = 1 << 18): Promise<void> {
    const gzip = new CompressionStream('gzip')
    const out = gather(gzip.readable)
    const writer = gzip.writable.getWriter()
    let buf = ''
    const send = async (s: string) => {
      // Up to QUEUE chunks wait for the compressor: each hand-over costs a thread switch, which on a
      // loaded machine is the larger cost; the queue bounds the memory.
      // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator,UnaryOperator: when to wait changes memory and timing, never the bytes
      if ((writer.desiredSize ?? 0) < -QUEUE) await writer.ready
      void writer.write(this.encoder.encode(s)).catch(() => undefined)
    }
    try {
      for (const s of text) {
        buf += s
        // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: how the text is cut into chunks changes memory, never the bytes
        if (buf.length >= chunkChars) { await send(buf); buf = '' }
      }
      // Stryker disable next-line ConditionalExpression: an empty last chunk adds nothing
      if (buf) await send(buf)
      void writer.close().catch(() => undefined)
    } catch (e) {
      await writer.abort(e).catch(() => undefined)
      await out.catch(() => undefined)
      throw e
    }
    this.pending.push(out.then((gz) => {
      const { deflated, crc, size } = fromGzip(gz)
      return { name: this.encoder.encode(name), crc, compressed: deflated, size }
    }))
  }

  /** The archive: each entry's local header and data, then the central directory. */
  async finish(): Promise<Uint8Array> {
    const entries = await Promise.all(this.pending)
    const { date, time } = dosDateTime(this.mtime)
    const chunks: Uint8Array[] = []
    const central: number[] = []
    let offset = 0
    for (const e of entries) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator,StringLiteral: a 4 GB workbook cannot be built in a test (the large model's is 2.3 MB)
      if (e.compressed.length >= 0xffffffff || offset >= 0xffffffff) throw new RangeError('Cannot export: the workbook is larger than a zip file without ZIP64 holds')
      // Version 2.0, UTF-8 names (bit 11), deflate (8).
      const common = [...u16(20), ...u16(0x0800), ...u16(8), ...u16(time), ...u16(date), ...u32(e.crc), ...u32(e.compressed.length), ...u32(e.size), ...u16(e.name.length)]
      const local = new Uint8Array([...u32(0x04034b50), ...common, ...u16(0)])
      chunks.push(local, e.name, e.compressed)
      central.push(...u32(0x02014b50), ...u16(20), ...common, ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...e.name)
      offset += local.length + e.name.length + e.compressed.length
    }
    const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(entries.length), ...u16(entries.length), ...u32(central.length), ...u32(offset), ...u16(0)]
    chunks.push(new Uint8Array(central), new Uint8Array(end))
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
    let at = 0
    for (const c of chunks) { bytes.set(c, at); at += c.length }
    return bytes
  }
}
