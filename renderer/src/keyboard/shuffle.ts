/** Yields uniformly random 32-bit unsigned integers. */
export interface RandomSource {
  nextUint32(): number
}

const UINT32_RANGE = 2 ** 32

/** Draws from `crypto.getRandomValues` in batches (one call per 64 draws instead of one per draw). */
export function cryptoRandomSource(): RandomSource {
  const batch = new Uint32Array(64)
  let next = batch.length
  return {
    nextUint32() {
      if (next === batch.length) {
        crypto.getRandomValues(batch)
        next = 0
      }
      return batch[next++] as number
    },
  }
}

/**
 * A uniform integer in [0, n). Rejection sampling: values at or above the largest multiple of n below
 * 2^32 are drawn again, so `% n` maps equally many values onto every result (no modulo bias).
 */
export function randomBelow(n: number, source: RandomSource): number {
  if (!Number.isInteger(n) || n < 1 || n > UINT32_RANGE) throw new RangeError(`bad range: ${n}`)
  const limit = UINT32_RANGE - (UINT32_RANGE % n)
  for (;;) {
    const v = source.nextUint32()
    if (v < limit) return v % n
  }
}

/** Fisher–Yates: a new array, each of the n! orders equally likely given a uniform source. */
export function shuffle<T>(items: readonly T[], source: RandomSource = cryptoRandomSource()): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomBelow(i + 1, source)
    const tmp = out[i] as T
    out[i] = out[j] as T
    out[j] = tmp
  }
  return out
}
