import { describe, expect, it } from 'vitest'
import { seededSource } from '@/testing/fake-bridge'
import { CHARACTER_KEYS } from './layout'
import { cryptoRandomSource, randomBelow, shuffle, type RandomSource } from './shuffle'

/** A source that replays fixed values, and counts how many it handed out. */
function replay(values: number[]): RandomSource & { used: number } {
  const s = {
    used: 0,
    nextUint32() {
      const v = values[s.used++]
      if (v === undefined) throw new Error('source exhausted')
      return v
    },
  }
  return s
}

// Upper tail of the chi-square distribution: Q(df/2, x/2), the regularized upper incomplete gamma.
function lnGamma(z: number): number {
  const c = [
    76.18009172947146, -86.50532032941678, 24.01409824083091, -1.231739572450155, 0.001208650973866179,
    -5.395239384953e-6,
  ]
  let y = z
  let tmp = z + 5.5
  tmp -= (z + 0.5) * Math.log(tmp)
  let ser = 1.000000000190015
  for (const ci of c) ser += ci / ++y
  return -tmp + Math.log((2.5066282746310007 * ser) / z)
}
function upperGammaQ(a: number, x: number): number {
  const front = Math.exp(-x + a * Math.log(x) - lnGamma(a))
  if (x < a + 1) {
    let term = 1 / a
    let sum = term
    for (let n = 1; n < 10_000 && Math.abs(term) > Math.abs(sum) * 1e-16; n++) sum += term *= x / (a + n)
    return 1 - sum * front
  }
  const tiny = 1e-300
  let b = x + 1 - a
  let c = 1 / tiny
  let d = 1 / b
  let h = d
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a)
    b += 2
    d = an * d + b
    if (Math.abs(d) < tiny) d = tiny
    c = b + an / c
    if (Math.abs(c) < tiny) c = tiny
    d = 1 / d
    const delta = d * c
    h *= delta
    if (Math.abs(delta - 1) < 1e-16) break
  }
  return front * h
}
const chiSquarePValue = (statistic: number, df: number) => upperGammaQ(df / 2, statistic / 2)

function chiSquare(counts: number[], expected: number): number {
  return counts.reduce((acc, o) => acc + (o - expected) ** 2 / expected, 0)
}

describe('chi-square helper', () => {
  it('matches closed forms', () => {
    // df = 2: Q = exp(-x/2) exactly; df = 1 at x = 3.841459 is the classic 5 % point.
    expect(chiSquarePValue(10, 2)).toBeCloseTo(Math.exp(-5), 10)
    expect(chiSquarePValue(3.841459, 1)).toBeCloseTo(0.05, 6)
    expect(chiSquarePValue(46, 46)).toBeGreaterThan(0.4)
    expect(chiSquarePValue(150, 46)).toBeLessThan(1e-11)
  })
})

describe('shuffle', () => {
  it('is uniform over many shuffles with the real crypto source (chi-square, false alarm ≤ 1e-6)', () => {
    const keys = CHARACTER_KEYS
    const n = keys.length
    const rounds = n * 120 // 120 expected hits per (key, position) cell
    const positions = new Map(keys.map((k) => [k, new Array<number>(n).fill(0)]))
    for (let r = 0; r < rounds; r++) {
      const order = shuffle(keys)
      // Every key exactly once, every time.
      expect(order).toHaveLength(n)
      expect(new Set(order).size).toBe(n)
      order.forEach((k, i) => positions.get(k)![i]!++)
    }
    // Bonferroni: n tests at 1e-6 / n each keep the whole test's false-alarm probability ≤ 1e-6.
    const alpha = 1e-6 / n
    for (const [key, counts] of positions) {
      const p = chiSquarePValue(chiSquare(counts, rounds / n), n - 1)
      expect(p, `key ${key} position frequencies`).toBeGreaterThan(alpha)
    }
  })

  it('is deterministic for an injected source and does not touch its input', () => {
    const input = [...CHARACTER_KEYS]
    const a = shuffle(input, seededSource(7))
    const b = shuffle(input, seededSource(7))
    const c = shuffle(input, seededSource(8))
    expect(a).toEqual(b)
    expect(a).not.toEqual(c)
    expect(input).toEqual([...CHARACTER_KEYS])
    // All-zero draws swap each position with the first: a rotation by one, computed by hand.
    expect(shuffle(['a', 'b', 'c', 'd'], replay([0, 0, 0]))).toEqual(['b', 'c', 'd', 'a'])
  })
})

describe('randomBelow (rejection sampling)', () => {
  it('rejects the top partial block for a non-power-of-two range and redraws', () => {
    // 2^32 mod 3 = 1, so the accepted values are [0, 2^32 - 1): exactly (2^32 - 1) / 3 per residue.
    const source = replay([2 ** 32 - 1, 5])
    expect(randomBelow(3, source)).toBe(2)
    expect(source.used).toBe(2)
    const edge = replay([2 ** 32 - 2])
    expect(randomBelow(3, edge)).toBe((2 ** 32 - 2) % 3)
    expect(edge.used).toBe(1)
  })

  it('never rejects for powers of two', () => {
    const source = replay([2 ** 32 - 1])
    expect(randomBelow(8, source)).toBe(7)
    expect(source.used).toBe(1)
  })

  it('accepts exactly a multiple of n values, so every result has the same number of preimages', () => {
    for (const n of [3, 5, 6, 7, 10, 47, 1000, 3 * 2 ** 30]) {
      const limit = 2 ** 32 - (2 ** 32 % n)
      expect(limit % n).toBe(0)
      expect(randomBelow(n, replay([limit - 1]))).toBe(n - 1)
      const rejected = replay([limit, 0])
      expect(randomBelow(n, rejected)).toBe(0)
      expect(rejected.used).toBe(2)
    }
  })

  it('is unbiased where plain modulo would be badly biased (n = 3·2^30)', () => {
    // With `v % n`, results below 2^30 would come up half the time; unbiased, a third of the time.
    const n = 3 * 2 ** 30
    const draws = 30_000
    const source = cryptoRandomSource()
    let low = 0
    for (let i = 0; i < draws; i++) if (randomBelow(n, source) < 2 ** 30) low++
    const sd = Math.sqrt(draws * (1 / 3) * (2 / 3))
    // 5 standard deviations: a false alarm about once in 1.7 million runs.
    expect(Math.abs(low - draws / 3)).toBeLessThan(5 * sd)
  })

  it('is uniform for small ranges with the real source (chi-square, false alarm ≤ 1e-7 each)', () => {
    const source = cryptoRandomSource()
    for (const n of [3, 6, 7, 47]) {
      const counts = new Array<number>(n).fill(0)
      const draws = n * 2000
      for (let i = 0; i < draws; i++) counts[randomBelow(n, source)]!++
      expect(chiSquarePValue(chiSquare(counts, 2000), n - 1)).toBeGreaterThan(1e-7)
    }
  })

  it('refuses empty or fractional ranges', () => {
    expect(() => randomBelow(0, cryptoRandomSource())).toThrow(RangeError)
    expect(() => randomBelow(2.5, cryptoRandomSource())).toThrow(RangeError)
  })
})
