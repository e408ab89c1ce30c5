// A sandbox and browser shells for the bench, started the way test/e2e/support/stack.ts starts them but
// as plain `node --import tsx` processes: no tsx wrapper in between, so a child's pid is the process
// whose memory we read.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ChildProcess } from 'node:child_process'
import { startService, stop } from '../lib/run.mjs'
import type { KioskConfigInput } from '../../shared/config/kiosk-config'

export interface Service {
  child: ChildProcess
  url: string
  launchUrl: string
}

const tsx = (args: string[], name: string) =>
  startService(process.execPath, ['--import', 'tsx', ...args], { name })

export async function startSandbox(dir: string, extra: string[] = []): Promise<Service> {
  const s = await tsx(
    [
      'sandbox/cli.ts',
      ...['--port', '0', '--data', join(dir, 'sandbox.db'), '--reset', '--quiet', '--dev-unsigned'],
      ...extra,
    ],
    'sandbox',
  )
  return { child: s.child, url: s.info.url, launchUrl: '' }
}

/** A browser shell on the sandbox; `renderer` serves another built app through the same server. */
export async function startShell(
  dir: string,
  sandboxUrl: string,
  {
    config = {},
    renderer,
    name = 'browser shell',
  }: { config?: KioskConfigInput; renderer?: string; name?: string } = {},
): Promise<Service> {
  const configFile = join(dir, `${name.replace(/\W+/g, '-')}.json`)
  writeFileSync(
    configFile,
    JSON.stringify({ ...config, api: { baseUrl: sandboxUrl, timeoutMs: 5000, retries: 0, ...config.api } }),
  )
  const s = await tsx(
    [
      'electron/web/cli.ts',
      '--dev-unsigned',
      '--config',
      configFile,
      '--port',
      '0',
      '--no-open',
      '--log-level',
      'error',
      ...(renderer ? ['--renderer', renderer] : []),
    ],
    name,
  )
  return { child: s.child, url: s.info.url, launchUrl: String(s.info.launchUrl) }
}

export const stopService = (s: Service | undefined) => stop(s?.child)

/** Resident set size of a process, in bytes (Linux: VmRSS in /proc/<pid>/status). */
export function rssBytes(pid: number | undefined): number {
  if (!pid) return NaN
  try {
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return kb ? Number(kb) * 1024 : NaN
  } catch {
    return NaN
  }
}
