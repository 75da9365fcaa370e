/**
 * A small seeded random source (sfc32), so a demo history is the same every time for the same
 * seed. Sub-streams are forked by label: adding a form or a centre does not shift the numbers
 * any other form or centre gets.
 */

/** cyrb53-style string hash to four 32-bit words: seeds sfc32 from any label. */
function hashWords(text: string): [number, number, number, number] {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return [h1 >>> 0, h2 >>> 0, (h1 ^ h2) >>> 0, (h1 + h2) >>> 0]
}

export class Random {
  private a: number
  private b: number
  private c: number
  private d: number

  constructor(readonly label: string) {
    ;[this.a, this.b, this.c, this.d] = hashWords(label)
    // The first outputs of sfc32 are poorly mixed; discard them.
    for (let i = 0; i < 12; i++) this.next()
  }

  /** An independent stream for a part of the history (a centre, a year, a form). */
  fork(label: string | number): Random {
    return new Random(`${this.label}/${label}`)
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return (t >>> 0) / 4294967296
  }

  /** Uniform whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  /** True with probability `percent` / 100. */
  percent(percent: number): boolean {
    return this.next() * 100 < percent
  }

  /** One item, chosen with probability proportional to its weight (all zero: uniform). */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    if (items.length === 0) throw new Error('weighted: no items')
    const total = items.reduce((sum, item) => sum + Math.max(0, weight(item)), 0)
    if (total <= 0) return items[this.int(0, items.length - 1)]!
    let r = this.next() * total
    for (const item of items) {
      r -= Math.max(0, weight(item))
      if (r < 0) return item
    }
    return items[items.length - 1]!
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next()
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next())
  }

  /** Log-normal with the given median and spread (sigma of the log). */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal())
  }

  /** Geometric number of trials ≥ 1 with the given mean (capped). */
  geometric(mean: number, cap: number): number {
    if (mean <= 1) return 1
    const p = 1 / mean
    let n = 1
    while (n < cap && this.next() >= p) n++
    return n
  }

  /** A version-4-shaped UUID from this stream, so record ids are deterministic too. */
  uuid(): string {
    const word = () =>
      Math.floor(this.next() * 4294967296)
        .toString(16)
        .padStart(8, '0')
    const [a, b, c, d] = [word(), word(), word(), word()]
    const variant = ((parseInt(c[0]!, 16) & 0x3) | 0x8).toString(16)
    return `${a}-${b.slice(0, 4)}-4${b.slice(5)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`
  }
}
