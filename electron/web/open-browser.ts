import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ServiceLogger } from '../services/logger'
import { browserArgs } from './find-browser'

export interface OpenedBrowser {
  readonly child: ChildProcess
  /** Resolves when the browser process has exited (the window was closed). */
  readonly exited: Promise<void>
  /** Closes the browser and removes its throw-away profile. */
  close(): Promise<void>
}

/** Starts the browser on a fresh temporary profile: no history, cookies or extensions from elsewhere. */
export function openBrowser(opts: {
  executable: string
  launchUrl: string
  kiosk: boolean
  logger: ServiceLogger
}): OpenedBrowser {
  const userDataDir = mkdtempSync(join(tmpdir(), 'kiosk-browser-'))
  // Chromium will not start as root without it; a kiosk should not run as root anyway.
  const noSandbox = process.getuid?.() === 0
  if (noSandbox) opts.logger.warn({}, 'browser: running as root, Chromium sandbox disabled')
  const child = spawn(
    opts.executable,
    browserArgs({ launchUrl: opts.launchUrl, userDataDir, kiosk: opts.kiosk, noSandbox }),
    { stdio: 'ignore' },
  )
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve())
    child.once('error', (e) => {
      opts.logger.error({ err: e.message }, 'browser: failed to start')
      resolve()
    })
  })
  opts.logger.info({ executable: opts.executable, pid: child.pid }, 'browser: started')
  const removeProfile = () => rmSync(userDataDir, { recursive: true, force: true })
  void exited.then(removeProfile)
  return {
    child,
    exited,
    async close() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      await exited
      removeProfile()
    },
  }
}
