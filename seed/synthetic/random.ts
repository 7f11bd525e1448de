/**
 * A seeded pseudo-random generator (sfc32), so that the synthetic data is the
 * same for the same seed. Each kind of row draws from its own stream: asking
 * for more events does not change the initiatives.
 */

export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max]. */
  int(min: number, max: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
  /** A few distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[]
  /** Standard normal deviate (Box–Muller). */
  normal(): number
  /** A UUID (version 4 layout) drawn from the stream. */
  uuid(): string
}

export function createRandom(seed: number, stream = 0): Random {
  // Spread the seed over the four words of state, then warm up.
  let a = 0x9e3779b9 ^ seed
  let b = 0x243f6a88 ^ Math.imul(stream + 1, 0x85ebca6b)
  let c = 0xb7e15162 ^ Math.imul(seed, 0xc2b2ae35)
  let d = 1
  const word = (): number => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0
    const t = (a + b + d) >>> 0
    d = (d + 1) >>> 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) >>> 0
    c = ((c << 21) | (c >>> 11)) >>> 0
    c = (c + t) >>> 0
    return t
  }
  for (let i = 0; i < 15; i++) word()
  const next = () => word() / 4294967296
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const hex = (n: number) => n.toString(16).padStart(8, '0')
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error('Cannot pick from an empty list')
      return items[Math.floor(next() * items.length)]!
    },
    sample: (items, count) => {
      const copy = [...items]
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
      }
      return copy.slice(0, count)
    },
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
    uuid: () => {
      const h = hex(word()) + hex(word()) + hex(word()) + hex(word())
      const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
    },
  }
}
