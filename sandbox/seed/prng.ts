/** Deterministic pseudo-random numbers for the seed: same label, same data on every machine. */

/** FNV-1a 32-bit hash of a label, used as the generator's seed. */
function fnv1a(label: string): number {
  let h = 0x811c9dc5
  for (const byte of new TextEncoder().encode(label)) {
    h ^= byte
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

export interface Prng {
  /** Uniform in [0, 1). */
  next(): number
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  pick<T>(list: readonly T[]): T
  digits(count: number): string
}

/** mulberry32: tiny, fast and good enough for demo data (not for secrets). */
export function createPrng(label: string): Prng {
  let state = fnv1a(label)
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick: (list) => list[int(0, list.length - 1)]!,
    digits: (count) => Array.from({ length: count }, () => String(int(0, 9))).join(''),
  }
}
