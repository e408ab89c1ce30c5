/**
 * A private OpenLDAP server (Debian's slapd) for tests: its own temp folder, a slapd.conf started with
 * `-f`, an mdb database loaded offline with `slapadd`, listening on a free 127.0.0.1 port. It runs as
 * whoever runs the tests (root or not: every file is in the temp folder). One per test file.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Client } from 'ldapts'
import { DEMO_STAFF, type DemoStaff } from '../staff/demo-staff'
import { LdapGroupsSchema, type LdapOptionsInput } from '../staff/ldap-options'

export const TEST_BASE_DN = 'dc=losandes,dc=coop'
const ADMIN_DN = `cn=admin,${TEST_BASE_DN}`
/** The service account the sandbox searches with (read-only by the ACL below). */
export const TEST_SERVICE_DN = `cn=kiosk-api,ou=services,${TEST_BASE_DN}`
const SERVICE_PASSWORD = 'servicio-de-prueba'
const GROUPS = LdapGroupsSchema.parse({})
/** A group with no role of its own: its members are directory users, not staff. */
const UNMAPPED_GROUP = 'contabilidad'

export interface LdapDirectory {
  url: string
  baseDn: string
  /** What the sandbox's `ldap` option needs to use this directory. */
  options: LdapOptionsInput
  stop(): Promise<void>
}

const sbin = (cmd: string) => (existsSync(`/usr/sbin/${cmd}`) ? `/usr/sbin/${cmd}` : cmd)

/** `{SSHA}` as slappasswd writes it: sha1(password + salt) followed by the salt, base64. */
function ssha(password: string): string {
  const salt = randomBytes(8)
  const digest = createHash('sha1').update(password, 'utf8').update(salt).digest()
  return `{SSHA}${Buffer.concat([digest, salt]).toString('base64')}`
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64')
const personDn = (s: DemoStaff) => `uid=${s.username},ou=people,${TEST_BASE_DN}`

/** The directory: people from DEMO_STAFF, one groupOfNames per role, the disabled group, accounting. */
export function directoryLdif(staff: readonly DemoStaff[] = DEMO_STAFF): string {
  const entries = [
    `dn: ${TEST_BASE_DN}\nobjectClass: dcObject\nobjectClass: organization\ndc: losandes\no: Cooperativa Los Andes`,
    `dn: ou=people,${TEST_BASE_DN}\nobjectClass: organizationalUnit\nou: people`,
    `dn: ou=groups,${TEST_BASE_DN}\nobjectClass: organizationalUnit\nou: groups`,
    `dn: ou=services,${TEST_BASE_DN}\nobjectClass: organizationalUnit\nou: services`,
    `dn: ${TEST_SERVICE_DN}\nobjectClass: applicationProcess\nobjectClass: simpleSecurityObject\ncn: kiosk-api\nuserPassword: ${ssha(SERVICE_PASSWORD)}`,
  ]
  for (const s of staff) {
    const [given, ...rest] = s.displayName.split(' ')
    // Names with accents are not plain LDIF: `::` carries them base64-encoded.
    entries.push(
      [
        `dn: ${personDn(s)}`,
        'objectClass: inetOrgPerson',
        `uid: ${s.username}`,
        `cn:: ${b64(s.displayName)}`,
        `givenName:: ${b64(given!)}`,
        `sn:: ${b64(rest.join(' ') || given!)}`,
        `displayName:: ${b64(s.displayName)}`,
        `userPassword: ${ssha(s.password)}`,
      ].join('\n'),
    )
  }
  const members = (cn: string, who: readonly DemoStaff[]) => {
    // groupOfNames needs at least one member: the service account stands in for an empty group.
    const dns = who.length ? who.map(personDn) : [TEST_SERVICE_DN]
    return [
      `dn: cn=${cn},ou=groups,${TEST_BASE_DN}`,
      'objectClass: groupOfNames',
      `cn: ${cn}`,
      ...dns.map((d) => `member: ${d}`),
    ].join('\n')
  }
  for (const role of ['teller', 'supervisor', 'it'] as const)
    entries.push(
      members(
        GROUPS[role],
        staff.filter((s) => s.roles.includes(role)),
      ),
    )
  entries.push(
    members(
      GROUPS.disabled,
      staff.filter((s) => s.disabled),
    ),
  )
  entries.push(
    members(
      UNMAPPED_GROUP,
      staff.filter((s) => s.roles.length === 0),
    ),
  )
  return entries.join('\n\n') + '\n'
}

function slapdConf(dir: string): string {
  return `include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
pidfile ${join(dir, 'slapd.pid')}
argsfile ${join(dir, 'slapd.args')}
modulepath /usr/lib/ldap
moduleload back_mdb
disallow bind_anon

database mdb
maxsize 16777216
suffix "${TEST_BASE_DN}"
rootdn "${ADMIN_DN}"
rootpw ${ssha(randomBytes(12).toString('hex'))}
directory ${join(dir, 'data')}
# Passwords: only a bind may use them. Everything else: the service account and signed-in users read.
access to attrs=userPassword by anonymous auth by * none
access to * by dn.exact="${TEST_SERVICE_DN}" read by users read by * none
`
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/** Resolves once the service account can bind (slapd answers), or rejects with slapd's own output. */
async function untilAnswering(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 10_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`slapd exited (${child.exitCode}): ${output()}`)
    const client = new Client({ url, connectTimeout: 500, timeout: 1000 })
    try {
      await client.bind(TEST_SERVICE_DN, SERVICE_PASSWORD)
      return
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`slapd did not answer at ${url}: ${String(e)}\n${output()}`)
      await new Promise((r) => setTimeout(r, 50))
    } finally {
      await client.unbind().catch(() => {})
    }
  }
}

/** Starts a seeded slapd; `stop` ends it (SIGTERM, then waits) and removes its folder. */
export async function startLdapDirectory(staff: readonly DemoStaff[] = DEMO_STAFF): Promise<LdapDirectory> {
  const dir = mkdtempSync(join(tmpdir(), 'coop-slapd-'))
  const remove = () => rmSync(dir, { recursive: true, force: true })
  try {
    mkdirSync(join(dir, 'data'))
    const conf = join(dir, 'slapd.conf')
    writeFileSync(conf, slapdConf(dir))
    writeFileSync(join(dir, 'directory.ldif'), directoryLdif(staff))
    const load = spawnSync(sbin('slapadd'), ['-f', conf, '-l', join(dir, 'directory.ldif')], {
      encoding: 'utf8',
    })
    if (load.error) throw new Error(`slapadd could not run (apt-get install slapd): ${load.error.message}`)
    if (load.status !== 0) throw new Error(`slapadd failed: ${load.stderr}`)

    const port = await freePort()
    const url = `ldap://127.0.0.1:${port}`
    // -d 0 keeps slapd in the foreground (a child we can stop) without debug output.
    const child = spawn(sbin('slapd'), ['-f', conf, '-h', `${url}/`, '-d', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()))
    const exited = new Promise<void>((r) => child.once('exit', () => r()))
    try {
      await untilAnswering(url, child, () => output)
    } catch (e) {
      child.kill('SIGKILL')
      await exited
      throw e
    }
    return {
      url,
      baseDn: TEST_BASE_DN,
      options: { url, baseDn: TEST_BASE_DN, bindDn: TEST_SERVICE_DN, bindPassword: SERVICE_PASSWORD },
      async stop() {
        if (child.exitCode === null) {
          child.kill('SIGTERM')
          await exited
        }
        remove()
      },
    }
  } catch (e) {
    remove()
    throw e
  }
}
