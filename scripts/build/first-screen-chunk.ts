import type { Plugin } from 'vite'

/**
 * Puts everything the entry imports statically (Vue, the router, the stores, the welcome screen) into
 * one chunk. Left to itself the bundler splits that graph wherever a lazy screen shares a module, and
 * the welcome screen waited on a dozen small requests; lazy screens still get chunks of their own.
 */
export function firstScreenChunk(name = 'first-screen'): Plugin {
  const firstScreen = new Set<string>()
  return {
    name: 'kiosk:first-screen-chunk',
    apply: 'build',
    buildEnd() {
      firstScreen.clear()
      const pending = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry)
      while (pending.length > 0) {
        const id = pending.pop()!
        if (firstScreen.has(id)) continue
        firstScreen.add(id)
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []))
      }
    },
    outputOptions(options) {
      return {
        ...options,
        codeSplitting: {
          groups: [{ name, test: (id: string) => firstScreen.has(id) }],
        },
      } as typeof options
    },
  }
}
