// What the tests need from the operating system, and how to get it on Debian/Ubuntu.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
]

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0
// slapd lives in /usr/sbin, which a non-root PATH often leaves out.
const hasSbin = (cmd) => has(cmd) || existsSync(`/usr/sbin/${cmd}`)

export function findChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null
}

/** Each need: a check and the Debian package that satisfies it. */
const NEEDS = [
  { what: 'Chromium (end-to-end tests, benchmark)', ok: () => findChromium() !== null, pkg: 'chromium' },
  { what: 'pdftotext (reading PDFs back)', ok: () => has('pdftotext'), pkg: 'poppler-utils' },
  {
    what: 'gnome-keyring-daemon (OS keychain test)',
    ok: () => has('gnome-keyring-daemon'),
    pkg: 'gnome-keyring',
  },
  {
    what: 'dbus-run-session (headless D-Bus for the keychain)',
    ok: () => has('dbus-run-session'),
    pkg: 'dbus-x11',
  },
  {
    what: 'slapd and slapadd (a real LDAP directory for the staff sign-in tests)',
    ok: () => hasSbin('slapd') && hasSbin('slapadd'),
    pkg: 'slapd',
  },
  {
    what: 'ldapsearch (checking the test directory answers)',
    ok: () => has('ldapsearch'),
    pkg: 'ldap-utils',
  },
]

export function missingSystemDeps() {
  return NEEDS.filter((n) => !n.ok())
}

/** Installs what is missing with apt-get when this is Debian/Ubuntu and we may; else explains exactly what to do. */
export function ensureSystemDeps(log = console.log) {
  let missing = missingSystemDeps()
  if (missing.length === 0) return true
  const pkgs = [...new Set(missing.map((m) => m.pkg))]
  const root = typeof process.getuid === 'function' && process.getuid() === 0
  const sudo = !root && has('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0
  if (has('apt-get') && (root || sudo)) {
    log(`Installing system packages for the tests: ${pkgs.join(' ')}`)
    const pre = root ? [] : ['sudo', '-n']
    const run = (args) =>
      execFileSync(pre[0] ?? args[0], pre.length ? [...pre.slice(1), ...args] : args.slice(1), {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      })
    run(['apt-get', 'update', '-qq'])
    run(['apt-get', 'install', '-y', '-qq', ...pkgs])
    missing = missingSystemDeps()
    if (missing.length === 0) return true
  }
  console.error('\nThe tests need these system packages, which are missing:')
  for (const m of missing) console.error(`  - ${m.what}: Debian/Ubuntu package "${m.pkg}"`)
  console.error(
    `\nInstall them (e.g. "sudo apt-get install -y ${[...new Set(missing.map((m) => m.pkg))].join(' ')}")` +
      ', or set CHROMIUM_PATH to a Chromium/Chrome binary, then run "npm test" again.',
  )
  return false
}

/** Flags for Chromium on these machines: without the networking ones it hammers the closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** For Playwright: Chromium's path, or a clear error naming the fix. */
export function chromiumPath() {
  const found = findChromium()
  if (!found) throw new Error('No Chromium found: run "npm test" (it installs chromium) or set CHROMIUM_PATH')
  return found
}
