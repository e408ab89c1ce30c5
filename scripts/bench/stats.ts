// Small numeric helpers for the bench's figures.
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN
}
export const median = (xs: readonly number[]) => quantile(xs, 0.5)
export const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`
export const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`
