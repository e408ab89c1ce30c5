import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { importCycles, importGraph } from '../testing/import-graph'

const SANDBOX = fileURLToPath(new URL('..', import.meta.url))

describe('sandbox imports', () => {
  it('form no circle, type-only imports included', () => {
    const graph = importGraph(SANDBOX)
    expect(graph.get('server.ts')?.length).toBeGreaterThan(0) // the scan reads imports at all
    expect(importCycles(graph)).toEqual([])
  })

  it('are read by the scan, circles included', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ])
    expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']])
  })
})
