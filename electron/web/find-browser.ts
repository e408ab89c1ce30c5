import { accessSync, constants, statSync } from 'node:fs'
import { posix, win32 } from 'node:path'

export interface BrowserSearch {
  platform: NodeJS.Platform
  env: Readonly<Record<string, string | undefined>>
  /** Whether an executable file exists at this path. */
  isExecutable(path: string): boolean
}

const LINUX_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']
const LINUX_DIRS = ['/usr/bin', '/usr/local/bin', '/snap/bin']

const MAC_APPS = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
]

/** Where Chromium-family browsers (all of which support --app and --kiosk) are installed, in order of preference. */
export function browserCandidates({ platform, env }: Pick<BrowserSearch, 'platform' | 'env'>): string[] {
  const override = env.KIOSK_BROWSER ? [env.KIOSK_BROWSER] : []
  if (platform === 'win32') {
    const roots = [env.ProgramFiles, env['ProgramFiles(x86)'], env.LOCALAPPDATA].filter(
      (r): r is string => !!r,
    )
    const apps = [
      ['Google', 'Chrome', 'Application', 'chrome.exe'],
      ['Chromium', 'Application', 'chrome.exe'],
      ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
    ]
    return [...override, ...apps.flatMap((parts) => roots.map((root) => win32.join(root, ...parts)))]
  }
  if (platform === 'darwin') {
    const home = env.HOME ? MAC_APPS.map((app) => posix.join(env.HOME as string, app)) : []
    return [...override, ...MAC_APPS, ...home]
  }
  const pathDirs = (env.PATH ?? '').split(':').filter((d) => d.startsWith('/'))
  const dirs = [...new Set([...LINUX_DIRS, ...pathDirs])]
  return [...override, ...LINUX_NAMES.flatMap((name) => dirs.map((dir) => posix.join(dir, name)))]
}

/** The first installed Chromium-family browser, or null. */
export function findBrowser(search: BrowserSearch = systemBrowserSearch()): string | null {
  return browserCandidates(search).find((p) => search.isExecutable(p)) ?? null
}

/** Whether a window can be shown at all: a Linux box without X11 or Wayland (SSH, CI) cannot. */
export function canOpenWindow({ platform, env }: Pick<BrowserSearch, 'platform' | 'env'>): boolean {
  if (platform === 'win32' || platform === 'darwin') return true
  return !!(env.DISPLAY || env.WAYLAND_DISPLAY)
}

export interface BrowserLaunch {
  launchUrl: string
  userDataDir: string
  /** Full-screen kiosk mode instead of a chromeless app window. */
  kiosk?: boolean
  /** Chromium refuses to run as root without it; only then is it added. */
  noSandbox?: boolean
}

/** Arguments for a clean, quiet, single-purpose browser window on the launch URL. */
export function browserArgs({
  launchUrl,
  userDataDir,
  kiosk = false,
  noSandbox = false,
}: BrowserLaunch): string[] {
  return [
    kiosk ? '--kiosk' : `--app=${launchUrl}`,
    `--user-data-dir=${userDataDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(noSandbox ? ['--no-sandbox'] : []),
    ...(kiosk ? [launchUrl] : []),
  ]
}

export function systemBrowserSearch(): BrowserSearch {
  return {
    platform: process.platform,
    env: process.env,
    isExecutable(path) {
      try {
        if (!statSync(path).isFile()) return false
        if (process.platform !== 'win32') accessSync(path, constants.X_OK)
        return true
      } catch {
        return false
      }
    },
  }
}
