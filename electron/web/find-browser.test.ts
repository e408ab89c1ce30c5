import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  browserArgs,
  browserCandidates,
  canOpenWindow,
  findBrowser,
  systemBrowserSearch,
} from './find-browser'

const only =
  (...paths: string[]) =>
  (p: string) =>
    paths.includes(p)

describe('findBrowser', () => {
  it('prefers Debian chromium, then chromium-browser, then Google Chrome', () => {
    const env = { PATH: '/usr/bin:/bin' }
    expect(
      findBrowser({
        platform: 'linux',
        env,
        isExecutable: only('/usr/bin/chromium', '/usr/bin/google-chrome'),
      }),
    ).toBe('/usr/bin/chromium')
    expect(findBrowser({ platform: 'linux', env, isExecutable: only('/usr/bin/chromium-browser') })).toBe(
      '/usr/bin/chromium-browser',
    )
    expect(
      findBrowser({ platform: 'linux', env, isExecutable: only('/opt/x/google-chrome-stable') }),
    ).toBeNull()
    expect(
      findBrowser({
        platform: 'linux',
        env: { PATH: '/opt/x' },
        isExecutable: only('/opt/x/google-chrome-stable'),
      }),
    ).toBe('/opt/x/google-chrome-stable')
  })

  it('returns null when nothing is installed', () => {
    expect(findBrowser({ platform: 'linux', env: {}, isExecutable: () => false })).toBeNull()
  })

  it('honours KIOSK_BROWSER first', () => {
    const env = { KIOSK_BROWSER: '/opt/kiosk/chrome' }
    expect(findBrowser({ platform: 'linux', env, isExecutable: () => true })).toBe('/opt/kiosk/chrome')
  })

  it('knows the Windows install locations, including per-user Chrome and Edge', () => {
    const env = {
      ProgramFiles: 'C:\\Program Files',
      'ProgramFiles(x86)': 'C:\\Program Files (x86)',
      LOCALAPPDATA: 'C:\\Users\\k\\AppData\\Local',
    }
    const list = browserCandidates({ platform: 'win32', env })
    expect(list[0]).toBe('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe')
    expect(list).toContain('C:\\Users\\k\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe')
    expect(list).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe')
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'
    expect(findBrowser({ platform: 'win32', env, isExecutable: only(edge) })).toBe(edge)
  })

  it('knows the macOS application bundles', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
    expect(browserCandidates({ platform: 'darwin', env: {} })[0]).toBe(chrome)
    expect(findBrowser({ platform: 'darwin', env: {}, isExecutable: only(chrome) })).toBe(chrome)
  })

  it('checks real files: executable regular files only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-browser-'))
    try {
      mkdirSync(join(dir, 'chromium'))
      writeFileSync(join(dir, 'chromium-browser'), '#!/bin/sh\n')
      writeFileSync(join(dir, 'google-chrome'), '#!/bin/sh\n')
      chmodSync(join(dir, 'google-chrome'), 0o755)
      const search = { ...systemBrowserSearch(), platform: 'linux' as const, env: { PATH: dir } }
      const found = findBrowser({
        ...search,
        isExecutable: (p) => p.startsWith(dir) && search.isExecutable(p),
      })
      expect(found).toBe(join(dir, 'google-chrome'))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('canOpenWindow', () => {
  it('needs X11 or Wayland on Linux', () => {
    expect(canOpenWindow({ platform: 'linux', env: {} })).toBe(false)
    expect(canOpenWindow({ platform: 'linux', env: { DISPLAY: ':0' } })).toBe(true)
    expect(canOpenWindow({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' } })).toBe(true)
    expect(canOpenWindow({ platform: 'win32', env: {} })).toBe(true)
    expect(canOpenWindow({ platform: 'darwin', env: {} })).toBe(true)
  })
})

describe('browserArgs', () => {
  const base = { launchUrl: 'http://127.0.0.1:5000/?launch=t', userDataDir: '/tmp/p' }
  it('opens an app window on a fresh, quiet profile', () => {
    expect(browserArgs(base)).toEqual([
      '--app=http://127.0.0.1:5000/?launch=t',
      '--user-data-dir=/tmp/p',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ])
  })
  it('uses --kiosk with the URL as the page to open', () => {
    const args = browserArgs({ ...base, kiosk: true, noSandbox: true })
    expect(args[0]).toBe('--kiosk')
    expect(args.at(-1)).toBe(base.launchUrl)
    expect(args).toContain('--no-sandbox')
    expect(args.some((a) => a.startsWith('--app='))).toBe(false)
  })
})
