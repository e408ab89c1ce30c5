/**
 * Cursor paging with a way back: the API pages forward by cursor, the screen keeps the cursor that opened
 * each page it has shown (page 1 opens with none).
 */
export interface PageTrail {
  /** cursors[i] opened page i + 1. */
  cursors: (string | null)[]
  index: number
}

export const firstPage = (): PageTrail => ({ cursors: [null], index: 0 })
export const currentCursor = (t: PageTrail) => t.cursors[t.index] ?? null

/** After the page at `t.index` loaded with `nextCursor`, the trail can go forward. */
export function forward(t: PageTrail, nextCursor: string): PageTrail {
  const cursors = t.cursors.slice(0, t.index + 1)
  cursors.push(nextCursor)
  return { cursors, index: t.index + 1 }
}
export const back = (t: PageTrail): PageTrail => ({ cursors: t.cursors, index: Math.max(0, t.index - 1) })

/** Pages needed for `count` items of `size` (at least one, so "page 1 of 1" reads right when empty). */
export const pageCount = (count: number, size: number) => Math.max(1, Math.ceil(count / size))
