import { readFileSync } from 'node:fs'
import type { PublicConfig } from '../../shared/config/kiosk-config'
import { bootConfigElement } from '../../shared/ipc/boot-config'
import type { IpcRegistry } from '../ipc/registry'

/**
 * The renderer's index.html, read once, served with the public configuration written in before
 * `</head>`: the welcome screen then has what it shows without a `config.get` round trip (issue 8).
 */
export function createIndexPage(indexPath: string, registry: IpcRegistry) {
  const html = readFileSync(indexPath, 'utf8')
  // Module scripts run after parsing, so anywhere in the document would do; the head is tidiest.
  const head = html.indexOf('</head>')
  const at = head < 0 ? html.length : head
  return {
    /** The page to serve now; without the block if main cannot answer (the renderer then asks itself). */
    async render(): Promise<string> {
      // Through the registry like any caller: the same audience rule and output validation apply.
      const answer = await registry.dispatch('config.get', undefined)
      if (!answer.ok) return html
      return html.slice(0, at) + bootConfigElement(answer.data as PublicConfig) + html.slice(at)
    },
  }
}
