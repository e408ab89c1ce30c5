import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// No module imports itself back, not even for a type: a circle means a shared type lives in the wrong
// file, and it is the first thing that breaks lazy loading and tree-shaking.

const ROOT = process.cwd()
const SOURCES = ['electron', 'shared', 'renderer/src', 'sandbox', 'test', 'scripts']
const ALIASES: Record<string, string> = { '@shared/': 'shared/', '@/': 'renderer/src/' }
const EXTENSIONS = ['', '.ts', '.vue', '.mts', '.mjs', '/index.ts']

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : files(path)
    return /\.(ts|vue|mts|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : []
  })
}

/** Relative and aliased specifiers of a file, resolved to files of the repository. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  // `import … from '…'`, `export … from '…'` (type-only ones included) and bare `import '…'`.
  const specifiers = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g),
    ...text.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g),
  ].map((m) => m[1]!)
  return specifiers.flatMap((spec) => {
    const alias = Object.keys(ALIASES).find((a) => spec.startsWith(a))
    const base = alias
      ? join(ROOT, ALIASES[alias]!, spec.slice(alias.length))
      : spec.startsWith('.')
        ? resolve(dirname(file), spec)
        : null
    if (!base) return []
    const found = EXTENSIONS.map((ext) => base + ext).find((p) => existsSync(p) && statSync(p).isFile())
    return found ? [found] : []
  })
}

/** Strongly connected components with more than one file (Tarjan). */
function circles(graph: Map<string, string[]>): string[][] {
  let index = 0
  const stack: string[] = []
  const onStack = new Set<string>()
  const idx = new Map<string, number>()
  const low = new Map<string, number>()
  const found: string[][] = []
  const visit = (v: string) => {
    idx.set(v, index)
    low.set(v, index++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!))
    }
    if (low.get(v) === idx.get(v)) {
      const component: string[] = []
      let w: string
      do {
        w = stack.pop()!
        onStack.delete(w)
        component.push(relative(ROOT, w))
      } while (w !== v)
      if (component.length > 1) found.push(component.sort())
    }
  }
  for (const v of graph.keys()) if (!idx.has(v)) visit(v)
  return found
}

describe('import graph', () => {
  const graph = new Map(SOURCES.flatMap((d) => files(join(ROOT, d))).map((f) => [f, importsOf(f)]))

  it('reads the repository (the resolver finds imports)', () => {
    expect(graph.size).toBeGreaterThan(300)
    const registry = graph.get(join(ROOT, 'electron/ipc/registry.ts'))!
    expect(registry.map((f) => relative(ROOT, f))).toContain('shared/ipc/contract.ts')
  })

  it('has no circles', () => {
    expect(circles(graph)).toEqual([])
  })

  it('would see one', () => {
    const a = join(ROOT, 'a.ts')
    const b = join(ROOT, 'b.ts')
    expect(
      circles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([['a.ts', 'b.ts']])
  })
})
