import { Client, InvalidCredentialsError } from 'ldapts'
import { KioskError } from '../../shared/ipc/errors'
import type { StaffRole } from '../../shared/api/staff'
import type { StaffDirectory } from './directory'
import { roleOfGroup, type LdapOptions } from './ldap-options'

/** RFC 4515: a value inside a search filter must escape these. */
const escapeFilter = (v: string) =>
  v.replace(/[\\*()\0]/g, (c) => `\\${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
const text = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined

/**
 * Staff sign-in by an LDAP bind, as a core does against Active Directory / OpenLDAP: the service account
 * finds the user's DN by uid, the user's own bind proves the password, and the groups naming the user
 * (groupOfNames under ou=groups) give the roles. The directory being down is SERVER_ERROR, never a
 * wrong password.
 */
export function createLdapDirectory(opts: LdapOptions): StaffDirectory {
  const client = () => new Client({ url: opts.url, timeout: opts.timeoutMs, connectTimeout: opts.timeoutMs })
  const unreachable = (e: unknown) =>
    new KioskError(
      'SERVER_ERROR',
      `staff directory unavailable: ${e instanceof Error ? e.message : String(e)}`,
    )

  return {
    async authenticate(username, password) {
      const service = client()
      try {
        if (opts.bindDn) await service.bind(opts.bindDn, opts.bindPassword!)
        const { searchEntries: people } = await service.search(`ou=people,${opts.baseDn}`, {
          scope: 'one',
          filter: `(&(objectClass=inetOrgPerson)(uid=${escapeFilter(username)}))`,
          attributes: ['uid', 'displayName', 'cn'],
          sizeLimit: 2,
        })
        if (people.length !== 1) return { ok: false }
        const person = people[0]!

        const user = client()
        try {
          // An empty password would be an anonymous bind that "succeeds": never let it through.
          if (password.length === 0) return { ok: false }
          await user.bind(person.dn, password)
        } catch (e) {
          if (e instanceof InvalidCredentialsError) return { ok: false }
          throw e
        } finally {
          await user.unbind().catch(() => {})
        }

        const { searchEntries: groups } = await service.search(`ou=groups,${opts.baseDn}`, {
          scope: 'one',
          filter: `(&(objectClass=groupOfNames)(member=${escapeFilter(person.dn)}))`,
          attributes: ['cn'],
        })
        const cns = groups.map((g) => text(g.cn)).filter((cn): cn is string => cn !== undefined)
        const roles = [...new Set(cns.map((cn) => roleOfGroup(opts.groups, cn)))].filter(
          (r): r is StaffRole => r !== undefined,
        )
        return {
          ok: true,
          username: text(person.uid) ?? username,
          displayName: text(person.displayName) ?? text(person.cn) ?? username,
          roles,
          disabled: cns.includes(opts.groups.disabled),
        }
      } catch (e) {
        throw e instanceof KioskError ? e : unreachable(e)
      } finally {
        await service.unbind().catch(() => {})
      }
    },
  }
}
