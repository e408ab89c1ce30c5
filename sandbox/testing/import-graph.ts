import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

// Every `import … from` and `export … from`, type-only ones included: a type circle is still a circle.
const SPECIFIER = /^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : tsFiles(path)
    return e.name.endsWith('.ts') ? [path] : []
  })
}

function resolveRelative(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier)
  return [`${base}.ts`, join(base, 'index.ts'), base].find((f) => f.endsWith('.ts') && existsSync(f))
}

/** The relative imports between the .ts files under `root`, as paths relative to it. */
export function importGraph(root: string): Map<string, string[]> {
  const files = tsFiles(root)
  return new Map(
    files.map((file) => {
      const targets = [...readFileSync(file, 'utf8').matchAll(SPECIFIER)]
        .map((m) => m[1]!)
        .filter((s) => s.startsWith('.'))
        .map((s) => resolveRelative(file, s))
        .filter((t): t is string => t !== undefined && t.startsWith(root))
      return [relative(root, file), targets.map((t) => relative(root, t))]
    }),
  )
}

/**
 * Import circles, as the files along each (depth-first search: every circle has an edge back into the
 * search's stack, so the list is empty exactly when there is none).
 */
export function importCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = []
  const done = new Set<string>()
  const stack: string[] = []
  const visit = (file: string) => {
    const at = stack.indexOf(file)
    if (at >= 0) return void cycles.push([...stack.slice(at), file])
    if (done.has(file)) return
    stack.push(file)
    for (const next of graph.get(file) ?? []) visit(next)
    stack.pop()
    done.add(file)
  }
  for (const file of [...graph.keys()].sort()) visit(file)
  return cycles
}
